/* test-cli.c — lacuna-cli as a script would use it: output and exit status
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cli-runner.h"

static char *
fixture (const char *directory,
         const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "frameworks", directory, name, NULL);
}

static void
test_version_and_help (void)
{
  g_autoptr(CliResult) version = run_cli (NULL, "--version", NULL);
  g_autoptr(CliResult) help = run_cli (NULL, "--help", NULL);
  g_autoptr(CliResult) command_help = run_cli (NULL, "validate", "--help", NULL);

  g_assert_cmpint (version->status, ==, 0);
  g_assert_cmpstr (version->out, ==, "lacuna-cli " PACKAGE_VERSION "\n");
  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "frameworks"));
  g_assert_nonnull (strstr (help->out, "validate"));
  g_assert_cmpint (command_help->status, ==, 0);
  g_assert_nonnull (strstr (command_help->out, "--alone"));
}

static void
test_bad_usage (void)
{
  g_autoptr(CliResult) nothing = run_cli (NULL, NULL);
  g_autoptr(CliResult) unknown = run_cli (NULL, "frobnicate", NULL);
  g_autoptr(CliResult) extra = run_cli (NULL, "frameworks", "extra", NULL);
  g_autoptr(CliResult) bad_option = run_cli (NULL, "frameworks", "--colour", NULL);
  g_autoptr(CliResult) no_files = run_cli (NULL, "validate", NULL);

  g_assert_cmpint (nothing->status, ==, 2);
  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_nonnull (strstr (unknown->err, "Unknown command “frobnicate”"));
  g_assert_cmpint (extra->status, ==, 2);
  g_assert_cmpint (bad_option->status, ==, 2);
  g_assert_nonnull (strstr (bad_option->err, "--colour"));
  g_assert_cmpint (no_files->status, ==, 2);
}

static JsonNode *
find_member (JsonArray  *array,
             const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      if (g_str_equal (json_object_get_string_member (object, "id"), id))
        return json_array_get_element (array, i);
    }
  return NULL;
}

static void
check_framework_json (JsonArray   *frameworks,
                      const char  *id,
                      gint64       measures,
                      const gint64 per_pillar[5])
{
  JsonNode *node = find_member (frameworks, id);
  JsonObject *framework;
  JsonArray *pillars;
  gint64 sum = 0;

  g_assert_nonnull (node);
  framework = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (framework, "version"), ==, "1.0");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (framework, "title"),
                                   "International Framework for Action"));
  g_assert_cmpint (json_object_get_int_member (framework, "measure_count"), ==, measures);
  pillars = json_object_get_array_member (framework, "pillars");
  g_assert_cmpuint (json_array_get_length (pillars), ==, 5);
  for (guint p = 0; p < 5; p++)
    {
      JsonObject *pillar = json_array_get_object_element (pillars, p);

      g_assert_true (json_object_has_member (pillar, "id"));
      g_assert_true (json_object_has_member (pillar, "title"));
      g_assert_cmpint (json_object_get_int_member (pillar, "measure_count"), ==, per_pillar[p]);
    }
  {
    JsonObject *counts = json_object_get_object_member (framework, "obligation_counts");
    GList *members = json_object_get_members (counts);
    for (GList *l = members; l != NULL; l = l->next)
      sum += json_object_get_int_member (counts, l->data);
    g_list_free (members);
  }
  g_assert_cmpint (sum, ==, measures);
}

static void
test_frameworks_json (void)
{
  static const gint64 tip[] = { 22, 17, 12, 10, 13 };
  static const gint64 som[] = { 14, 10, 10, 6, 10 };
  g_autoptr(CliResult) result = run_cli (NULL, "frameworks", "--json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *frameworks;

  g_assert_cmpint (result->status, ==, 0);
  json_parser_load_from_data (parser, result->out, -1, &error);
  g_assert_no_error (error);
  frameworks = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (frameworks), ==, 2);
  /* Publication order: 2009 before 2011. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (frameworks, 0), "id"), ==, "tip");
  check_framework_json (frameworks, "tip", 74, tip);
  check_framework_json (frameworks, "som", 50, som);
}

static void
test_frameworks_text (void)
{
  g_autoptr(CliResult) result = run_cli (NULL, "frameworks", NULL);

  g_assert_cmpint (result->status, ==, 0);
  g_assert_nonnull (strstr (result->out, "74 measures in 5 pillars"));
  g_assert_nonnull (strstr (result->out, "50 measures in 5 pillars"));
  g_assert_nonnull (strstr (result->out, "Prosecution"));
}

static void
test_frameworks_missing_directory (void)
{
  g_autoptr(CliResult) result = run_cli ("/nonexistent/frameworks", "frameworks", NULL);

  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, "LACUNA_FRAMEWORKS_DIR"));
  g_assert_cmpstr (result->out, ==, "");
}

static void
test_validate_valid (void)
{
  g_autofree char *instruments = fixture ("valid", "legal-instruments.xml");
  g_autofree char *tools = fixture ("valid", "tools.xml");
  g_autofree char *demo = fixture ("valid", "demo.xml");
  g_autoptr(CliResult) alone = run_cli (NULL, "validate", "--alone", instruments, tools, demo, NULL);
  g_autofree char *shipped_tip = g_build_filename (g_getenv ("LACUNA_FRAMEWORKS_DIR"), "trafficking-in-persons.xml", NULL);
  g_autoptr(CliResult) in_context = run_cli (NULL, "validate", shipped_tip, NULL);

  g_assert_cmpint (alone->status, ==, 0);
  g_assert_nonnull (strstr (alone->out, "demo.xml: valid"));
  g_assert_cmpstr (alone->err, ==, "");
  /* Checked against the installed instruments, tools and the other
   * framework its related links point to. */
  g_assert_cmpint (in_context->status, ==, 0);
}

static void
test_validate_lists_every_error (void)
{
  g_autofree char *instruments = fixture ("valid", "legal-instruments.xml");
  g_autofree char *tools = fixture ("valid", "tools.xml");
  g_autofree char *cycle = fixture ("invalid", "enables-cycle.xml");
  g_autofree char *empty = fixture ("invalid", "empty.xml");
  g_autofree char *html = fixture ("invalid", "not-a-framework.xml");
  g_autoptr(CliResult) result = run_cli (NULL, "validate", "--alone", instruments, tools, cycle, empty, html, NULL);
  g_autofree char *cycle_line = g_strdup_printf ("%s:28:9: ", cycle);
  g_autofree char *empty_line = g_strdup_printf ("%s: The file is empty", empty);
  g_autofree char *html_line = g_strdup_printf ("%s:2:1: This is not a Lacuna framework file", html);

  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, cycle_line));
  g_assert_nonnull (strstr (result->err, empty_line));
  g_assert_nonnull (strstr (result->err, html_line));
  g_assert_nonnull (strstr (result->err, "3 errors found."));
  g_assert_cmpstr (result->out, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("LACUNA_CLI"));

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/bad-usage", test_bad_usage);
  g_test_add_func ("/cli/frameworks-json", test_frameworks_json);
  g_test_add_func ("/cli/frameworks-text", test_frameworks_text);
  g_test_add_func ("/cli/frameworks-missing-directory", test_frameworks_missing_directory);
  g_test_add_func ("/cli/validate-valid", test_validate_valid);
  g_test_add_func ("/cli/validate-lists-every-error", test_validate_lists_every_error);
  return g_test_run ();
}
