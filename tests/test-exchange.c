/* test-exchange.c — JSON and CSV export and import, and merging copies
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "export-csv.h"
#include "export-json.h"
#include "framework-loader.h"
#include "import.h"
#include "merge.h"
#include "store.h"

typedef struct {
  char          *directory;
  LacunaCatalog *catalog;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->directory = g_dir_make_tmp ("lacuna-exchange-XXXXXX", NULL);
  fixture->catalog = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->directory, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->directory, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->directory);
  g_free (fixture->directory);
  lacuna_catalog_unref (fixture->catalog);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->directory, name, NULL);
}

static LacunaStore *
new_store (Fixture    *fixture,
           const char *name)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (fixture, name);
  LacunaStore *store;

  details->values[LACUNA_DETAIL_TITLE] = g_strdup ("Exchange test");
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("KEN");
  details->values[LACUNA_DETAIL_PERIOD_START] = g_strdup ("2025-01-01");
  store = lacuna_store_create (path, fixture->catalog, details, "Creator", &error);
  g_assert_no_error (error);
  return store;
}

static void
set_answer (LacunaStore *store,
            const char  *measure_id,
            LacunaLevel  law,
            LacunaLevel  practice,
            const char  *notes,
            const char  *by)
{
  g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure_id);
  g_autoptr(GError) error = NULL;

  answer->law = law;
  answer->practice = practice;
  g_free (answer->notes);
  answer->notes = g_strdup (notes);
  g_assert_true (lacuna_store_set_answer (store, answer, by, &error));
  g_assert_no_error (error);
}

/* An assessment using every kind of data the file holds. */
static void
fill_store (LacunaStore *store)
{
  g_autoptr(LacunaAnswer) rich = lacuna_store_get_answer (store, "TIP-P1-06");
  g_autoptr(LacunaAnswer) na = lacuna_store_get_answer (store, "TIP-P3-11");
  g_autoptr(LacunaParticipant) participant = lacuna_participant_new ();
  g_autoptr(LacunaNationalInstrument) instrument = lacuna_national_instrument_new ();
  g_autoptr(GError) error = NULL;

  set_answer (store, "TIP-P1-01", LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_PARTIAL, "Quoted \"text\", commas, and\nlines", "Ana");
  set_answer (store, "SOM-P1-01", LACUNA_LEVEL_NONE, LACUNA_LEVEL_UNKNOWN, "=SUM(A1) is not a formula", "Ben");
  rich->law = LACUNA_LEVEL_FULL;
  rich->practice = LACUNA_LEVEL_NONE;
  rich->evidence = g_strdup ("Code pénal, art. 225-4-1 ; données 2024 : 12 condamnations.");
  rich->responsible = g_strdup ("Ministère de la Justice");
  rich->ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_DATA_SYSTEMS | LACUNA_TA_OTHER;
  rich->ta_other = g_strdup ("Study visit");
  rich->urgency = LACUNA_URGENCY_HIGHER;
  rich->urgency_reason = g_strdup ("Review next year");
  rich->timeframe = g_strdup ("12 months");
  rich->confidential = TRUE;
  g_assert_true (lacuna_store_set_answer (store, rich, "Chloé", &error));
  na->not_applicable = TRUE;
  na->na_reason = g_strdup ("No personnel deployed abroad.");
  g_assert_true (lacuna_store_set_answer (store, na, "Chloé", &error));

  participant->name = g_strdup ("Dana Okafor");
  participant->institution = g_strdup ("Office of the Prosecutor");
  g_strfreev (participant->pillars);
  participant->pillars = g_strsplit ("TIP-P1 SOM-P1", " ", -1);
  g_assert_true (lacuna_store_save_participant (store, participant, "Ana", &error));

  instrument->type = LACUNA_NATIONAL_INSTRUMENT_LAW;
  instrument->title = g_strdup ("Counter-Trafficking Act");
  instrument->adopted = g_strdup ("2010-06-30");
  g_strfreev (instrument->measures);
  instrument->measures = g_strsplit ("TIP-P1-01 TIP-P1-06", " ", -1);
  g_assert_true (lacuna_store_save_instrument (store, instrument, "Ana", &error));
  g_assert_no_error (error);
}

static char *
export_text (LacunaStore *store)
{
  g_autoptr(JsonNode) root = lacuna_export_json (store);
  return lacuna_json_to_text (root);
}

static void
test_json_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LacunaStore) original = new_store (fixture, "original.lacuna");
  g_autoptr(LacunaStore) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *restored_path = path_in (fixture, "restored.lacuna");

  fill_store (original);
  first = export_text (original);
  restored = lacuna_import_json_new (restored_path, first, strlen (first), fixture->catalog, "Importer", &error);
  g_assert_no_error (error);
  second = export_text (restored);

  /* Everything, history and ids included, comes back identical. */
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "\"history\""));
  g_assert_nonnull (strstr (first, "Dana Okafor"));
}

static void
test_json_bad_data_imports_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(LacunaStore) original = new_store (fixture, "original.lacuna");
  g_autoptr(LacunaStore) target = new_store (fixture, "target.lacuna");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *new_path = path_in (fixture, "never.lacuna");
  char *law;

  fill_store (original);
  text = export_text (original);
  /* The second answer's legal basis becomes a word Lacuna does not know. */
  law = strstr (strstr (text, "\"SOM-P1-01\""), "\"none\"");
  broken = g_strdup (text);
  memcpy (broken + (law - text), "\"nine\"", 6);

  g_assert_null (lacuna_import_json_new (new_path, broken, strlen (broken), fixture->catalog, "X", &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "answers[0].law"));
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  before = lacuna_store_list_history (target, NULL, NULL);
  g_assert_false (lacuna_import_json_into (target, broken, strlen (broken), "X", &error));
  g_assert_nonnull (strstr (error->message, "answers[0].law"));
  after = lacuna_store_list_history (target, NULL, NULL);
  g_assert_cmpuint (before->len, ==, after->len);
  g_clear_error (&error);

  {
    const char *other = "{\"format\": \"something else\"}";
    g_assert_false (lacuna_import_json_into (target, other, strlen (other), "X", &error));
  }
  g_assert_nonnull (strstr (error->message, "not an assessment exported by Lacuna"));
  g_clear_error (&error);
  g_assert_false (lacuna_import_json_into (target, "{ not json", 10, "X", &error));
  g_assert_nonnull (strstr (error->message, "not valid JSON"));
  g_clear_error (&error);
  /* Blank text parses without error but holds no document (found by
   * fuzzing: it used to reach json-glib with a NULL root). */
  g_assert_false (lacuna_import_json_into (target, " \n", 2, "X", &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_clear_error (&error);
  /* Brackets nested this deep used to overflow the stack in json-glib's
   * recursive parser and crash. */
  {
    g_autofree char *deep = g_strnfill (200000, '[');
    g_assert_false (lacuna_import_json_into (target, deep, strlen (deep), "X", &error));
    g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "nests"));
    g_clear_error (&error);
  }
  /* Brackets inside text, after an escaped quote, are not nesting. */
  {
    g_autofree char *brackets = g_strnfill (200, '[');
    g_autofree char *document = g_strdup_printf ("{\"format\": \"lacuna-assessment\", \"format_version\": 1,"
                                                 " \"answers\": [{\"measure_id\": \"TIP-P1-01\","
                                                 " \"notes\": \"\\\"%s\"}]}", brackets);
    g_autoptr(LacunaAnswer) answer = NULL;

    g_assert_true (lacuna_import_json_into (target, document, strlen (document), "X", &error));
    g_assert_no_error (error);
    answer = lacuna_store_get_answer (target, "TIP-P1-01");
    g_assert_true (g_str_has_suffix (answer->notes, brackets));
  }
}

static void
test_csv_round_trip (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LacunaStore) original = new_store (fixture, "original.lacuna");
  g_autoptr(LacunaStore) copy = new_store (fixture, "copy.lacuna");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  fill_store (original);
  csv = lacuna_export_csv (original);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "framework,pillar,"));
  g_assert_nonnull (strstr (csv, "\r\n"));
  /* A cell a spreadsheet would run as a formula is marked as text. */
  g_assert_nonnull (strstr (csv, ",'=SUM(A1) is not a formula,"));

  rows = lacuna_csv_parse (csv, strlen (csv), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1 + 124);

  g_assert_true (lacuna_import_csv_into (copy, csv, strlen (csv), "Importer", &error));
  g_assert_no_error (error);
  answers = lacuna_store_list_answers (original);
  for (guint i = 0; i < answers->len; i++)
    {
      LacunaAnswer *expected = g_ptr_array_index (answers, i);
      g_autoptr(LacunaAnswer) imported = lacuna_store_get_answer (copy, expected->measure_id);
      g_assert_true (lacuna_answer_equal (expected, imported));
    }
}

typedef struct {
  const char *csv;
  const char *message;
} BadCsv;

static void
test_csv_bad_data_imports_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const BadCsv cases[] = {
    { "measure_id,law\r\nTIP-P1-01,full\r\nTIP-P1-02,maybe\r\n", "line 3, column law: “maybe” is not a level" },
    { "measure_id,law\nTIP-P1-01,full\nNOPE-1,full\n", "line 3, column measure_id: there is no measure “NOPE-1”" },
    { "measure_id,colour\nTIP-P1-01,red\n", "line 1, column 2: “colour” is not a column" },
    { "law\nfull\n", "no “measure_id” column" },
    { "measure_id,notes\nTIP-P1-01,\"never closed\n", "line 2: a quoted field is never closed" },
    { "measure_id,law,practice\nTIP-P1-01,full\n", "line 2: 2 fields where the header has 3" },
    { "measure_id,not_applicable\nTIP-P1-01,yes\n", "line 2 (TIP-P1-01): " },
    { "measure_id,law\nTIP-P1-01,full\nTIP-P1-01,none\n", "line 3, column measure_id: “TIP-P1-01” appears twice" },
    { "measure_id,notes\nTIP-P1-01,caf\xE9\n", "not UTF-8" },
  };
  g_autoptr(LacunaStore) store = new_store (fixture, "target.lacuna");
  g_autoptr(GPtrArray) before = lacuna_store_list_history (store, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) after = NULL;

      g_assert_false (lacuna_import_csv_into (store, cases[i].csv, strlen (cases[i].csv), "X", &error));
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      after = lacuna_store_list_history (store, NULL, NULL);
      g_assert_cmpuint (after->len, ==, before->len);
    }
}

static LacunaStore *
copy_of (Fixture     *fixture,
         LacunaStore *store,
         const char  *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  LacunaStore *copy;

  g_assert_true (lacuna_store_save_copy (store, path, &error));
  copy = lacuna_store_open (path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return copy;
}

static void
test_merge_without_conflicts (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(LacunaStore) main_copy = new_store (fixture, "main.lacuna");
  g_autoptr(LacunaStore) justice = NULL;
  g_autoptr(LacunaStore) interior = NULL;
  g_autoptr(LacunaMergeReport) first = NULL;
  g_autoptr(LacunaMergeReport) second = NULL;
  g_autoptr(LacunaMergeReport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaAnswer) a = NULL;
  g_autoptr(LacunaAnswer) b = NULL;
  g_autoptr(LacunaAnswer) c = NULL;
  g_autoptr(LacunaAnswer) d = NULL;
  g_autoptr(GPtrArray) history = NULL;

  set_answer (main_copy, "TIP-P1-01", LACUNA_LEVEL_PARTIAL, LACUNA_LEVEL_NONE, NULL, "Lead");
  justice = copy_of (fixture, main_copy, "justice.lacuna");
  interior = copy_of (fixture, main_copy, "interior.lacuna");

  set_answer (justice, "TIP-P1-02", LACUNA_LEVEL_FULL, LACUNA_LEVEL_LARGELY, "Justice", "Justice");
  set_answer (interior, "TIP-P5-05", LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_PARTIAL, "Interior", "Interior");
  /* Both changed the same measure the same way: no conflict. */
  set_answer (justice, "SOM-P1-01", LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE, NULL, "Justice");
  set_answer (interior, "SOM-P1-01", LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE, NULL, "Interior");
  set_answer (main_copy, "TIP-P4-02", LACUNA_LEVEL_FULL, LACUNA_LEVEL_FULL, NULL, "Lead");

  first = lacuna_store_merge (main_copy, lacuna_store_get_path (justice), NULL, "Lead", &error);
  g_assert_no_error (error);
  second = lacuna_store_merge (main_copy, lacuna_store_get_path (interior), NULL, "Lead", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->conflicts->len, ==, 0);
  g_assert_cmpuint (second->conflicts->len, ==, 0);
  g_assert_cmpuint (first->taken, ==, 2);
  g_assert_cmpuint (second->taken, ==, 1);

  a = lacuna_store_get_answer (main_copy, "TIP-P1-02");
  b = lacuna_store_get_answer (main_copy, "TIP-P5-05");
  c = lacuna_store_get_answer (main_copy, "TIP-P4-02");
  d = lacuna_store_get_answer (main_copy, "TIP-P1-01");
  g_assert_cmpint (a->law, ==, LACUNA_LEVEL_FULL);
  g_assert_cmpstr (a->changed_by, ==, "Justice");
  g_assert_cmpint (b->practice, ==, LACUNA_LEVEL_PARTIAL);
  g_assert_cmpint (c->law, ==, LACUNA_LEVEL_FULL);
  g_assert_cmpint (d->law, ==, LACUNA_LEVEL_PARTIAL);

  /* The contributors' history came along, attributed to them. */
  history = lacuna_store_list_history (main_copy, "answer", "TIP-P5-05");
  g_assert_cmpuint (history->len, >=, 2);
  g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (history, 0))->by, ==, "Interior");

  /* Merging the same copy again changes nothing. */
  again = lacuna_store_merge (main_copy, lacuna_store_get_path (justice), NULL, "Lead", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->taken, ==, 0);
  g_assert_cmpuint (again->conflicts->len, ==, 0);
}

static void
test_merge_with_conflicts (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(LacunaStore) mine = new_store (fixture, "mine.lacuna");
  g_autoptr(LacunaStore) theirs = NULL;
  g_autoptr(LacunaMergeReport) report = NULL;
  g_autoptr(LacunaMergeReport) settled = NULL;
  g_autoptr(LacunaMergeReport) after = NULL;
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaAnswer) kept = NULL;
  g_autoptr(LacunaAnswer) taken = NULL;
  LacunaMergeConflict *conflict;

  theirs = copy_of (fixture, mine, "theirs.lacuna");
  set_answer (mine, "TIP-P1-01", LACUNA_LEVEL_FULL, LACUNA_LEVEL_PARTIAL, NULL, "Here");
  set_answer (theirs, "TIP-P1-01", LACUNA_LEVEL_PARTIAL, LACUNA_LEVEL_PARTIAL, NULL, "There");
  set_answer (mine, "TIP-P1-02", LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE, NULL, "Here");
  set_answer (theirs, "TIP-P1-02", LACUNA_LEVEL_FULL, LACUNA_LEVEL_FULL, NULL, "There");
  set_answer (theirs, "TIP-P1-03", LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_LARGELY, NULL, "There");

  report = lacuna_store_merge (mine, lacuna_store_get_path (theirs), NULL, "Here", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->taken, ==, 1);
  g_assert_cmpuint (report->conflicts->len, ==, 2);
  conflict = g_ptr_array_index (report->conflicts, 0);
  g_assert_cmpstr (conflict->entity, ==, "answer");
  g_assert_cmpstr (conflict->key, ==, "TIP-P1-01");
  g_assert_cmpstr (conflict->mine_by, ==, "Here");
  g_assert_cmpstr (conflict->theirs_by, ==, "There");

  /* Nothing was overwritten while the conflicts stand. */
  kept = lacuna_store_get_answer (mine, "TIP-P1-01");
  g_assert_cmpint (kept->law, ==, LACUNA_LEVEL_FULL);
  g_clear_pointer (&kept, lacuna_answer_free);

  g_hash_table_insert (choices, "answer:TIP-P1-01", GINT_TO_POINTER (LACUNA_MERGE_KEEP_MINE));
  g_hash_table_insert (choices, "answer:TIP-P1-02", GINT_TO_POINTER (LACUNA_MERGE_TAKE_THEIRS));
  settled = lacuna_store_merge (mine, lacuna_store_get_path (theirs), choices, "Here", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (settled->resolved, ==, 2);
  g_assert_cmpuint (settled->conflicts->len, ==, 0);
  kept = lacuna_store_get_answer (mine, "TIP-P1-01");
  taken = lacuna_store_get_answer (mine, "TIP-P1-02");
  g_assert_cmpint (kept->law, ==, LACUNA_LEVEL_FULL);
  g_assert_cmpint (taken->law, ==, LACUNA_LEVEL_FULL);
  g_assert_cmpstr (taken->changed_by, ==, "There");

  /* Settled conflicts do not come back. */
  after = lacuna_store_merge (mine, lacuna_store_get_path (theirs), NULL, "Here", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->conflicts->len, ==, 0);
}

static void
test_merge_preview_writes_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(LacunaStore) mine = new_store (fixture, "mine.lacuna");
  g_autoptr(LacunaStore) theirs = NULL;
  g_autoptr(LacunaMergeReport) preview = NULL;
  g_autoptr(LacunaMergeReport) merged = NULL;
  g_autoptr(GPtrArray) history_before = NULL;
  g_autoptr(GPtrArray) history_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaAnswer) untouched = NULL;
  g_autoptr(LacunaAnswer) still_mine = NULL;

  theirs = copy_of (fixture, mine, "theirs.lacuna");
  set_answer (mine, "TIP-P1-01", LACUNA_LEVEL_FULL, LACUNA_LEVEL_PARTIAL, NULL, "Here");
  set_answer (theirs, "TIP-P1-01", LACUNA_LEVEL_PARTIAL, LACUNA_LEVEL_PARTIAL, NULL, "There");
  set_answer (theirs, "TIP-P1-03", LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_LARGELY, NULL, "There");
  set_answer (theirs, "TIP-P1-04", LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE, NULL, "There");
  history_before = lacuna_store_list_history (mine, NULL, NULL);

  preview = lacuna_store_merge_preview (mine, lacuna_store_get_path (theirs), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->taken, ==, 2);
  g_assert_cmpuint (preview->conflicts->len, ==, 1);

  /* Nothing of the other copy is here yet, history included. */
  untouched = lacuna_store_get_answer (mine, "TIP-P1-03");
  g_assert_true (untouched == NULL || untouched->law == LACUNA_LEVEL_UNANSWERED);
  history_after = lacuna_store_list_history (mine, NULL, NULL);
  g_assert_cmpuint (history_after->len, ==, history_before->len);

  /* The merge then does exactly what the preview said. */
  merged = lacuna_store_merge (mine, lacuna_store_get_path (theirs), NULL, "Here", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (merged->taken, ==, preview->taken);
  g_assert_cmpuint (merged->conflicts->len, ==, preview->conflicts->len);
  still_mine = lacuna_store_get_answer (mine, "TIP-P1-01");
  g_assert_cmpint (still_mine->law, ==, LACUNA_LEVEL_FULL);
}

static void
test_merge_refuses_other_assessment (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(LacunaStore) one = new_store (fixture, "one.lacuna");
  g_autoptr(LacunaStore) two = new_store (fixture, "two.lacuna");
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaMergeReport) report = lacuna_store_merge (one, lacuna_store_get_path (two), NULL, "X", &error);

  g_assert_null (report);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DIFFERENT_ASSESSMENT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/exchange/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("json-round-trip", test_json_round_trip);
  ADD ("json-bad-data-imports-nothing", test_json_bad_data_imports_nothing);
  ADD ("csv-round-trip", test_csv_round_trip);
  ADD ("csv-bad-data-imports-nothing", test_csv_bad_data_imports_nothing);
  ADD ("merge-without-conflicts", test_merge_without_conflicts);
  ADD ("merge-with-conflicts", test_merge_with_conflicts);
  ADD ("merge-preview-writes-nothing", test_merge_preview_writes_nothing);
  ADD ("merge-refuses-other-assessment", test_merge_refuses_other_assessment);

  return g_test_run ();
}
