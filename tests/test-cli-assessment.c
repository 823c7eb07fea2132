/* test-cli-assessment.c — the assessment commands of lacuna-cli, as a
 * script or a person at a terminal uses them
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-runner.h"
#include "report-files.h"

static char *directory;

static char *
in_tmp (const char *name)
{
  return g_build_filename (directory, name, NULL);
}

static JsonObject *
find_measure (JsonParser *parser,
              const char *id)
{
  JsonArray *measures = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "measures");

  for (guint i = 0; i < json_array_get_length (measures); i++)
    {
      JsonObject *measure = json_array_get_object_element (measures, i);
      if (g_str_equal (json_object_get_string_member (measure, "id"), id))
        return measure;
    }
  return NULL;
}

static JsonParser *
show_json (const char *file)
{
  g_autoptr(CliResult) shown = run_cli (NULL, "show", file, "--json", NULL);
  JsonParser *parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (shown->status, ==, 0);
  json_parser_load_from_data (parser, shown->out, -1, &error);
  g_assert_no_error (error);
  return parser;
}

static void
test_new_set_show (void)
{
  g_autofree char *file = in_tmp ("a.lacuna");
  g_autoptr(CliResult) created = run_cli (NULL, "new", file, "--country", "KE", "--title", "Kenya 2026", NULL);
  g_autoptr(CliResult) again = run_cli (NULL, "new", file, "--country", "KE", NULL);
  g_autoptr(CliResult) set = run_cli (NULL, "set", file, "TIP-P1-01", "--law", "partial", "--practice", "none",
                                      "--evidence", "Penal Code s. 3", "--notes", "Ask the DPP", "--by", "Wanjiru", NULL);
  g_autoptr(CliResult) digits = run_cli (NULL, "set", file, "TIP-P1-03", "--law", "3", "--practice", "unknown", NULL);
  g_autoptr(CliResult) bad_level = run_cli (NULL, "set", file, "TIP-P1-01", "--law", "mostly", NULL);
  g_autoptr(CliResult) bad_measure = run_cli (NULL, "set", file, "TIP-P9-99", "--law", "full", NULL);
  g_autoptr(CliResult) na_no_reason = run_cli (NULL, "set", file, "TIP-P1-02", "--law", "not-applicable", NULL);
  g_autoptr(CliResult) text = run_cli (NULL, "show", file, NULL);
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *measure;

  g_assert_cmpint (created->status, ==, 0);
  g_assert_cmpint (again->status, ==, 1);
  g_assert_nonnull (strstr (again->err, "already exists"));
  g_assert_cmpint (set->status, ==, 0);
  g_assert_cmpint (digits->status, ==, 0);
  g_assert_cmpint (bad_level->status, ==, 2);
  g_assert_cmpint (bad_measure->status, ==, 1);
  g_assert_nonnull (strstr (bad_measure->err, "TIP-P9-99"));
  g_assert_cmpint (na_no_reason->status, ==, 1);
  g_assert_nonnull (strstr (na_no_reason->err, "say why"));
  g_assert_nonnull (strstr (text->out, "Kenya 2026"));
  g_assert_nonnull (strstr (text->out, "TIP-P1-01  partial      none"));

  parser = show_json (file);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_node_get_object (json_parser_get_root (parser)), "measures")), ==, 124);
  measure = find_measure (parser, "TIP-P1-01");
  g_assert_cmpstr (json_object_get_string_member (measure, "framework"), ==, "tip");
  g_assert_cmpstr (json_object_get_string_member (measure, "pillar"), ==, "TIP-P1");
  g_assert_cmpstr (json_object_get_string_member (measure, "obligation"), ==, "mandatory");
  g_assert_cmpstr (json_object_get_string_member (measure, "law"), ==, "partial");
  g_assert_cmpstr (json_object_get_string_member (measure, "practice"), ==, "none");
  g_assert_cmpstr (json_object_get_string_member (measure, "evidence"), ==, "Penal Code s. 3");
  g_assert_cmpstr (json_object_get_string_member (measure, "notes"), ==, "Ask the DPP");
  g_assert_true (json_object_has_member (measure, "title"));
  measure = find_measure (parser, "TIP-P1-03");
  g_assert_cmpstr (json_object_get_string_member (measure, "law"), ==, "full");
  g_assert_cmpstr (json_object_get_string_member (measure, "practice"), ==, "unknown");
  measure = find_measure (parser, "TIP-P1-04");
  g_assert_true (json_object_get_null_member (measure, "law"));
}

static void
test_history_and_instruments (void)
{
  g_autofree char *file = in_tmp ("b.lacuna");
  g_autoptr(CliResult) created = run_cli (NULL, "new", file, "--country", "SEN", NULL);
  g_autoptr(CliResult) set = run_cli (NULL, "set", file, "SOM-P1-01", "--law", "none", "--by", "Awa", NULL);
  g_autoptr(CliResult) added = run_cli (NULL, "instrument", "add", file, "--type", "law", "--title", "Loi n° 2005-06",
                                        "--adopted", "2005-05-10", "--measure", "TIP-P1-01", NULL);
  g_autoptr(CliResult) bad_date = run_cli (NULL, "instrument", "add", file, "--title", "X", "--adopted", "10/05/2005", NULL);
  g_autoptr(CliResult) linked = NULL;
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) history = run_cli (NULL, "history", file, "--measure", "SOM-P1-01", NULL);
  g_autofree char *prefix = NULL;

  g_assert_cmpint (created->status, ==, 0);
  g_assert_cmpint (set->status, ==, 0);
  g_assert_cmpint (added->status, ==, 0);
  g_assert_cmpint (bad_date->status, ==, 1);
  g_assert_nonnull (strstr (bad_date->err, "YYYY-MM-DD"));
  g_assert_nonnull (strstr (history->out, "Awa"));
  g_assert_nonnull (strstr (history->out, "∅ → none"));

  /* Instruments can be named by the start of their id, as "list" shows. */
  prefix = g_strndup (added->out, 8);
  linked = run_cli (NULL, "instrument", "link", file, prefix, "SOM-P1-01", NULL);
  g_assert_cmpint (linked->status, ==, 0);
  listed = run_cli (NULL, "instrument", "list", file, "--measure", "SOM-P1-01", NULL);
  g_assert_nonnull (strstr (listed->out, "Loi n° 2005-06"));
  g_assert_nonnull (strstr (listed->out, "SOM-P1-01, TIP-P1-01"));
}

static void
test_export_import_merge (void)
{
  g_autofree char *file = in_tmp ("c.lacuna");
  g_autofree char *json = in_tmp ("c.json");
  g_autofree char *csv = in_tmp ("c.csv");
  g_autofree char *restored = in_tmp ("c-restored.lacuna");
  g_autofree char *restored_json = in_tmp ("c-restored.json");
  g_autofree char *copy = in_tmp ("c-copy.lacuna");
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(CliResult) created = run_cli (NULL, "new", file, "--country", "PHL", NULL);
  g_autoptr(CliResult) set = run_cli (NULL, "set", file, "TIP-P2-01", "--law", "largely", "--practice", "partial",
                                      "--notes", "Line one\nline \"two\", with a comma", NULL);
  g_autoptr(CliResult) exported = run_cli (NULL, "export", file, "--format", "json", "-o", json, NULL);
  g_autoptr(CliResult) exported_csv = run_cli (NULL, "export", file, "--format", "csv", "-o", csv, NULL);
  g_autoptr(CliResult) imported = run_cli (NULL, "import", restored, json, NULL);
  g_autoptr(CliResult) exported_again = run_cli (NULL, "export", restored, "--format", "json", "-o", restored_json, NULL);
  g_autoptr(CliResult) bad_format = run_cli (NULL, "export", file, "--format", "xml", NULL);
  g_autoptr(CliResult) copied = NULL;
  g_autoptr(CliResult) theirs = NULL;
  g_autoptr(CliResult) mine = NULL;
  g_autoptr(CliResult) merged = NULL;
  g_autoptr(CliResult) settled = NULL;

  g_assert_cmpint (created->status, ==, 0);
  g_assert_cmpint (set->status, ==, 0);
  g_assert_cmpint (exported->status, ==, 0);
  g_assert_cmpint (exported_csv->status, ==, 0);
  g_assert_cmpint (imported->status, ==, 0);
  g_assert_cmpint (exported_again->status, ==, 0);
  g_assert_cmpint (bad_format->status, ==, 2);
  g_assert_true (g_file_get_contents (json, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (restored_json, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);

  /* A copy edited elsewhere, merged back. */
  copied = run_cli (NULL, "import", copy, json, NULL);
  g_assert_cmpint (copied->status, ==, 0);
  theirs = run_cli (NULL, "set", copy, "TIP-P2-01", "--law", "full", "--by", "Ligaya", NULL);
  mine = run_cli (NULL, "set", file, "TIP-P2-01", "--law", "none", "--by", "Jose", NULL);
  merged = run_cli (NULL, "merge", file, copy, NULL);
  g_assert_cmpint (merged->status, ==, 1);
  g_assert_nonnull (strstr (merged->out, "CONFLICT TIP-P2-01"));
  g_assert_nonnull (strstr (merged->out, "(Ligaya)"));
  settled = run_cli (NULL, "merge", file, copy, "--take-theirs", "TIP-P2-01", NULL);
  g_assert_cmpint (settled->status, ==, 0);
  g_assert_nonnull (strstr (settled->out, "1 conflict(s) settled"));
}

static void
test_import_bad_csv (void)
{
  g_autofree char *file = in_tmp ("d.lacuna");
  g_autofree char *csv = in_tmp ("bad.csv");
  g_autoptr(CliResult) created = run_cli (NULL, "new", file, "--country", "MEX", NULL);
  g_autoptr(CliResult) imported = NULL;
  g_autoptr(CliResult) history = NULL;

  g_assert_true (g_file_set_contents (csv, "measure_id,law\nTIP-P1-01,full\nTIP-P1-02,sometimes\n", -1, NULL));
  imported = run_cli (NULL, "import", file, csv, NULL);
  g_assert_cmpint (created->status, ==, 0);
  g_assert_cmpint (imported->status, ==, 1);
  g_assert_nonnull (strstr (imported->err, "line 3, column law"));
  g_assert_nonnull (strstr (imported->err, "nothing was imported"));
  history = run_cli (NULL, "history", file, "--measure", "TIP-P1-01", NULL);
  g_assert_cmpstr (history->out, ==, "");
}

static void
test_refusals_and_read_only (void)
{
  g_autofree char *text_file = in_tmp ("notes.lacuna");
  g_autofree char *file = in_tmp ("e.lacuna");
  g_autoptr(CliResult) not_assessment = NULL;
  g_autoptr(CliResult) created = run_cli (NULL, "new", file, "--country", "NPL", NULL);
  g_autoptr(CliResult) refused = NULL;
  g_autoptr(CliResult) shown = NULL;

  g_assert_true (g_file_set_contents (text_file, "just some notes", -1, NULL));
  not_assessment = run_cli (NULL, "show", text_file, NULL);
  g_assert_cmpint (not_assessment->status, ==, 1);
  g_assert_nonnull (strstr (not_assessment->err, "not a Lacuna assessment"));

  g_assert_cmpint (g_chmod (file, 0444), ==, 0);
  refused = run_cli (NULL, "set", file, "TIP-P1-01", "--law", "full", NULL);
  g_assert_cmpint (refused->status, ==, 1);
  g_assert_nonnull (strstr (refused->err, "read-only"));
  shown = run_cli (NULL, "show", file, NULL);
  g_assert_cmpint (shown->status, ==, 0);
  g_chmod (file, 0644);
}

/* Bad values on the command line: each refused with a message naming the
 * value and what would do, nothing saved; control characters, which are
 * text, are kept exactly and escaped in the JSON export. */
static void
test_bad_fields (void)
{
  static const struct {
    const char *args[12];
    int         status;
    const char *fragment;
  } cases[] = {
    { { "set", "FILE", "TIP-P1-01", "--law", "maybe" }, 2, "“maybe” is not a level" },
    { { "set", "FILE", "TIP-P1-01", "--practice", "7" }, 2, "“7” is not a level" },
    { { "set", "FILE", "TIP-P9-99", "--law", "full" }, 1, "There is no measure “TIP-P9-99”" },
    { { "set", "FILE", "TIP-P1-01", "--urgency", "extreme" }, 2, "not “extreme”" },
    { { "set", "FILE", "TIP-P1-01", "--notes", "bad \xFF\xFE bytes" }, 2, "Invalid byte sequence" },
    { { "set", "FILE", "TIP-P1-01", "--law" }, 2, "Missing argument for --law" },
    { { "set", "FILE" }, 2, "needs a FILE and a MEASURE" },
    { { "set", "FILE", "TIP-P1-01", "--lwa", "full" }, 2, "Unknown option --lwa" },
    { { "instrument", "add", "FILE", "--title", "Act", "--adopted", "31/12/2020" }, 1, "“31/12/2020” is not a date" },
    { { "instrument", "add", "FILE" }, 2, "needs a FILE and --title" },
    { { "participant", "add", "FILE", "--name", "Ana", "--extra" }, 2, "Unknown option --extra" },
  };
  g_autofree char *file = in_tmp ("fields.lacuna");
  g_autofree char *bad_date = in_tmp ("bad-date.lacuna");
  g_autoptr(CliResult) created = run_cli (NULL, "new", file, "--country", "NPL", NULL);
  g_autoptr(CliResult) dated = run_cli (NULL, "new", bad_date, "--country", "NPL", "--period-start", "2026-13-45", NULL);
  g_autoptr(CliResult) untitled = run_cli (NULL, "new", bad_date, "--country", "NPL", "--title", "", NULL);
  g_autoptr(CliResult) control = NULL;
  g_autoptr(CliResult) exported = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  g_assert_cmpint (created->status, ==, 0);
  g_assert_cmpint (dated->status, ==, 1);
  g_assert_nonnull (strstr (dated->err, "“2026-13-45” is not a date"));
  g_assert_cmpint (untitled->status, ==, 1);
  g_assert_nonnull (strstr (untitled->err, "The assessment needs a title."));
  g_assert_false (g_file_test (bad_date, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_get_contents (file, &before, &before_length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[12] = { NULL };
      g_autoptr(CliResult) result = NULL;

      /* "FILE" stands for the assessment. */
      for (guint a = 0; a < 12 && cases[i].args[a] != NULL; a++)
        args[a] = g_str_equal (cases[i].args[a], "FILE") ? file : cases[i].args[a];
      result = run_cli (NULL, args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], NULL);
      g_test_message ("%s %s: %s", args[0], args[1], result->err);
      g_assert_cmpint (result->status, ==, cases[i].status);
      g_assert_nonnull (strstr (result->err, cases[i].fragment));
    }
  g_assert_true (g_file_get_contents (file, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);

  control = run_cli (NULL, "set", file, "TIP-P1-01", "--law", "full", "--notes", "bell\a escape\033[31m end", NULL);
  g_assert_cmpint (control->status, ==, 0);
  exported = run_cli (NULL, "export", file, "--format", "json", NULL);
  g_assert_cmpint (exported->status, ==, 0);
  g_assert_nonnull (strstr (exported->out, "bell\\u0007 escape\\u001b[31m end"));
}

/* "-o" given the assessment's own name (or any database's) writes nothing
 * over it: the report and the exports are refused, the file unchanged. */
static void
test_never_written_over (void)
{
  g_autofree char *file = in_tmp ("kept.lacuna");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CliResult) created = run_cli (NULL, "new", file, "--country", "NPL", NULL);
  g_autoptr(CliResult) report = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) csv = NULL;
  g_autoptr(CliResult) shown = NULL;
  gsize before_length, after_length;

  g_assert_cmpint (created->status, ==, 0);
  g_assert_true (g_file_get_contents (file, &before, &before_length, NULL));
  report = run_cli (NULL, "report", file, "-o", file, NULL);
  json = run_cli (NULL, "export", file, "--format", "json", "-o", file, NULL);
  csv = run_cli (NULL, "export", file, "--format", "csv", "-o", file, NULL);
  for (CliResult **result = (CliResult *[]) { report, json, csv, NULL }; *result != NULL; result++)
    {
      g_assert_cmpint ((*result)->status, ==, 1);
      g_assert_nonnull (strstr ((*result)->err, "is a database"));
      g_assert_nonnull (strstr ((*result)->err, "nothing was written"));
    }
  g_assert_true (g_file_get_contents (file, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  shown = run_cli (NULL, "show", file, NULL);
  g_assert_cmpint (shown->status, ==, 0);
}

static void
test_sample (void)
{
  g_autofree char *file = in_tmp ("sample.lacuna");
  g_autoptr(CliResult) written = run_cli (NULL, "sample", file, NULL);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(CliResult) instruments = NULL;
  g_autoptr(CliResult) participants = NULL;
  JsonArray *measures;
  guint answered = 0, unknown = 0, not_applicable = 0;

  g_assert_cmpint (written->status, ==, 0);
  parser = show_json (file);
  measures = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "measures");
  for (guint i = 0; i < json_array_get_length (measures); i++)
    {
      JsonObject *measure = json_array_get_object_element (measures, i);
      const char *law = json_object_get_string_member_with_default (measure, "law", NULL);
      const char *practice = json_object_get_string_member_with_default (measure, "practice", NULL);

      answered += law != NULL || practice != NULL || json_object_get_boolean_member (measure, "not_applicable");
      unknown += g_strcmp0 (law, "unknown") == 0 || g_strcmp0 (practice, "unknown") == 0;
      not_applicable += json_object_get_boolean_member (measure, "not_applicable");
    }
  /* Realistic and varied: most measures answered, with data gaps and
   * measures that do not apply. */
  g_assert_cmpuint (answered, >=, 100);
  g_assert_cmpuint (unknown, >=, 5);
  g_assert_cmpuint (not_applicable, >=, 1);
  instruments = run_cli (NULL, "instrument", "list", file, NULL);
  participants = run_cli (NULL, "participant", "list", file, NULL);
  {
    g_auto(GStrv) lines = g_strsplit (instruments->out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), >, 10);
  }
  g_assert_cmpuint (strlen (participants->out), >, 200);
}

static void
test_analyse_and_compare (void)
{
  g_autofree char *baseline = in_tmp ("baseline.lacuna");
  g_autofree char *follow_up = in_tmp ("follow-up.lacuna");
  g_autoptr(CliResult) sample = run_cli (NULL, "sample", baseline, NULL);
  g_autoptr(CliResult) analysed = run_cli (NULL, "analyse", baseline, "--json", NULL);
  g_autoptr(CliResult) text = run_cli (NULL, "analyse", baseline, NULL);
  g_autoptr(CliResult) created = run_cli (NULL, "new", follow_up, "--baseline", baseline, NULL);
  g_autoptr(CliResult) confirmed = run_cli (NULL, "set", follow_up, "SOM-P1-06", "--law", "full", "--practice", "largely", NULL);
  g_autoptr(CliResult) compared = run_cli (NULL, "compare", baseline, follow_up, "--json", NULL);
  g_autoptr(CliResult) upgraded = run_cli (NULL, "upgrade", follow_up, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) comparison = json_parser_new ();
  g_autoptr(JsonParser) follow_up_show = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *root, *framework, *first, *counts;
  JsonArray *recommendations, *frameworks;
  double overall, sum = 0;

  g_assert_cmpint (sample->status, ==, 0);
  g_assert_cmpint (analysed->status, ==, 0);
  json_parser_load_from_data (parser, analysed->out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  overall = json_object_get_double_member (root, "overall");
  g_assert_cmpfloat (overall, >, 0);
  g_assert_cmpfloat (overall, <, 100);
  frameworks = json_object_get_array_member (root, "frameworks");
  g_assert_cmpuint (json_array_get_length (frameworks), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      framework = json_array_get_object_element (frameworks, i);
      sum += json_object_get_double_member (framework, "score");
      g_assert_true (json_object_has_member (framework, "law_index"));
      g_assert_true (json_object_has_member (framework, "practice_index"));
      g_assert_true (json_object_has_member (framework, "coverage"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (framework, "pillars")), ==, 5);
    }
  /* overall is the mean of the framework scores. */
  g_assert_cmpfloat_with_epsilon (overall, sum / 2, 0.01);
  g_assert_true (json_object_has_member (root, "critical_gaps"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "data_gaps")), >, 0);
  g_assert_true (json_object_has_member (root, "warnings"));
  recommendations = json_object_get_array_member (root, "recommendations");
  first = json_array_get_object_element (recommendations, 0);
  g_assert_cmpint (json_object_get_int_member (first, "rank"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (first, "tier"), ==, "urgent");
  g_assert_true (json_object_has_member (first, "measure_id"));
  g_assert_true (json_object_has_member (first, "framework"));
  g_assert_true (json_object_has_member (first, "pillar"));
  g_assert_true (json_object_has_member (first, "obligation"));
  g_assert_true (json_object_has_member (first, "priority"));
  g_assert_true (strlen (json_object_get_string_member (first, "rationale")) > 20);
  g_assert_true (strlen (json_object_get_string_member (first, "action")) > 20);
  g_assert_nonnull (strstr (text->out, "Recommendations in priority order"));

  g_assert_cmpint (created->status, ==, 0);
  g_assert_cmpint (confirmed->status, ==, 0);
  follow_up_show = show_json (follow_up);
  g_assert_true (json_object_get_boolean_member (find_measure (follow_up_show, "TIP-P1-01"), "to_reconfirm"));
  g_assert_false (json_object_get_boolean_member (find_measure (follow_up_show, "SOM-P1-06"), "to_reconfirm"));

  g_assert_cmpint (compared->status, ==, 0);
  json_parser_load_from_data (comparison, compared->out, -1, &error);
  g_assert_no_error (error);
  counts = json_object_get_object_member (json_node_get_object (json_parser_get_root (comparison)), "counts");
  g_assert_cmpint (json_object_get_int_member (counts, "improved"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (counts, "regressed"), ==, 0);

  g_assert_cmpint (upgraded->status, ==, 0);
  g_assert_nonnull (strstr (upgraded->out, "already uses the installed frameworks"));
}

static void
test_report (void)
{
  g_autofree char *file = in_tmp ("r.lacuna");
  g_autofree char *follow_up = in_tmp ("r2.lacuna");
  g_autofree char *pdf = in_tmp ("r.pdf");
  g_autofree char *public_pdf = in_tmp ("r-public.pdf");
  g_autofree char *progress_pdf = in_tmp ("r-progress.pdf");
  g_autofree char *nowhere = in_tmp ("no/such/folder/r.pdf");
  g_autoptr(CliResult) sample = run_cli (NULL, "sample", file, NULL);
  g_autoptr(CliResult) internal = run_cli (NULL, "report", file, "-o", pdf, NULL);
  g_autoptr(CliResult) public_edition = run_cli (NULL, "report", file, "-o", public_pdf, "--public", "--lang", "en", NULL);
  g_autoptr(CliResult) created = run_cli (NULL, "new", follow_up, "--baseline", file, NULL);
  g_autoptr(CliResult) changed = run_cli (NULL, "set", follow_up, "TIP-P1-17", "--law", "full", "--practice", "largely", NULL);
  g_autoptr(CliResult) progress = run_cli (NULL, "report", follow_up, "-o", progress_pdf, "--baseline", file, NULL);
  g_autoptr(CliResult) missing_output = run_cli (NULL, "report", file, NULL);
  g_autoptr(CliResult) unwritable = run_cli (NULL, "report", file, "-o", nowhere, NULL);
  g_autofree char *head = NULL;
  g_autofree char *internal_text = NULL;
  g_autofree char *public_text = NULL;

  g_assert_cmpint (sample->status, ==, 0);
  g_assert_cmpint (internal->status, ==, 0);
  g_assert_cmpint (public_edition->status, ==, 0);
  /* --public really leaves the notes out: what a ministry may circulate. */
  internal_text = pdf_reader_text (pdf);
  public_text = pdf_reader_text (public_pdf);
  g_assert_nonnull (strstr (internal_text, "Internal edition"));
  g_assert_null (strstr (public_text, "Internal edition"));
  g_assert_nonnull (strstr (public_text, "Public edition"));
  g_assert_true (g_file_get_contents (pdf, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_assert_cmpint (created->status, ==, 0);
  g_assert_cmpint (changed->status, ==, 0);
  g_assert_cmpint (progress->status, ==, 0);
  g_assert_true (g_file_test (progress_pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (missing_output->status, ==, 2);
  g_assert_cmpint (unwritable->status, ==, 1);
  g_assert_nonnull (strstr (unwritable->err, "Cannot write in the folder"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("LACUNA_CLI"));
  directory = g_dir_make_tmp ("lacuna-cli-XXXXXX", NULL);

  g_test_add_func ("/cli-assessment/new-set-show", test_new_set_show);
  g_test_add_func ("/cli-assessment/history-and-instruments", test_history_and_instruments);
  g_test_add_func ("/cli-assessment/export-import-merge", test_export_import_merge);
  g_test_add_func ("/cli-assessment/import-bad-csv", test_import_bad_csv);
  g_test_add_func ("/cli-assessment/refusals-and-read-only", test_refusals_and_read_only);
  g_test_add_func ("/cli-assessment/never-written-over", test_never_written_over);
  g_test_add_func ("/cli-assessment/bad-fields", test_bad_fields);
  g_test_add_func ("/cli-assessment/sample", test_sample);
  g_test_add_func ("/cli-assessment/analyse-and-compare", test_analyse_and_compare);
  g_test_add_func ("/cli-assessment/report", test_report);
  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
    const char *name;
    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (directory, name, NULL);
        g_unlink (path);
      }
    g_rmdir (directory);
  }
  return status;
}
