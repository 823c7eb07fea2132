/* test-framework-loader.c — reading and validating framework files
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "diagnostic.h"
#include "framework-loader.h"

static char *
fixture_path (const char *directory,
              const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "frameworks", directory, name, NULL);
}

/* The valid instruments and tools, plus the given framework file. */
static LacunaCatalog *
load_with_context (const char *framework_path,
                   GPtrArray  *diagnostics)
{
  LacunaCatalog *catalog = lacuna_catalog_new ();
  g_autofree char *instruments = fixture_path ("valid", "legal-instruments.xml");
  g_autofree char *tools = fixture_path ("valid", "tools.xml");

  g_assert_true (lacuna_catalog_add_file (catalog, instruments, diagnostics));
  g_assert_true (lacuna_catalog_add_file (catalog, tools, diagnostics));
  lacuna_catalog_add_file (catalog, framework_path, diagnostics);
  lacuna_catalog_resolve (catalog, diagnostics);
  return catalog;
}

static void
test_valid_catalog (void)
{
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "fixtures", "frameworks", "valid", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_directory (directory, &error);
  LacunaFramework *framework;
  LacunaMeasure *offence, *attempt, *unit;
  LacunaLegalRef *ref;
  LacunaProvision *provision;
  g_autofree char *citation = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (lacuna_catalog_get_frameworks (catalog)->len, ==, 1);
  g_assert_cmpuint (lacuna_catalog_get_instruments (catalog)->len, ==, 1);
  g_assert_cmpuint (lacuna_catalog_get_tools (catalog)->len, ==, 2);
  g_assert_cmpuint (lacuna_catalog_count_measures (catalog), ==, 3);

  framework = lacuna_catalog_find_framework (catalog, "demo");
  g_assert_nonnull (framework);
  g_assert_cmpstr (framework->version, ==, "1.0");
  g_assert_cmpstr (framework->short_title, ==, "Demonstration");
  g_assert_cmpuint (framework->pillars->len, ==, 1);
  g_assert_cmpuint (lacuna_pillar_count_measures (g_ptr_array_index (framework->pillars, 0)), ==, 3);

  offence = lacuna_catalog_find_measure (catalog, "DEMO-P1-01");
  attempt = lacuna_catalog_find_measure (catalog, "DEMO-P1-02");
  unit = lacuna_catalog_find_measure (catalog, "DEMO-P1-03");
  g_assert_nonnull (offence);
  g_assert_nonnull (attempt);
  g_assert_nonnull (unit);
  g_assert_cmpuint (offence->index, ==, 0);
  g_assert_cmpuint (unit->index, ==, 2);
  g_assert_true (lacuna_measure_get_framework (unit) == framework);

  g_assert_cmpint (offence->obligation, ==, LACUNA_OBLIGATION_MANDATORY);
  g_assert_cmpint (offence->dimensions, ==, LACUNA_DIMENSION_BOTH);
  g_assert_cmpint (attempt->obligation, ==, LACUNA_OBLIGATION_MANDATORY_QUALIFIED);
  g_assert_cmpint (attempt->dimensions, ==, LACUNA_DIMENSION_LEGAL_BASIS);
  g_assert_cmpint (unit->dimensions, ==, LACUNA_DIMENSION_PRACTICE);
  g_assert_cmpstr (unit->unodc_ref, ==, "1.4");
  g_assert_null (offence->unodc_ref);
  g_assert_cmpuint (offence->questions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (offence->questions, 1), ==, "Is it applied by the courts?");

  /* A citation more specific than the data resolves to its parent. */
  ref = g_ptr_array_index (attempt->legal_basis, 0);
  g_assert_cmpuint (ref->provisions->len, ==, 1);
  provision = g_ptr_array_index (ref->provisions, 0);
  g_assert_cmpstr (provision->paragraph, ==, "2(a)");
  g_assert_cmpint (provision->level, ==, LACUNA_PROVISION_MANDATORY_QUALIFIED);
  citation = lacuna_provision_format_citation (provision);
  g_assert_cmpstr (citation, ==, "Demo Protocol art. 5(2)(a)");

  /* A whole-article citation resolves to the whole-article provision. */
  ref = g_ptr_array_index (offence->legal_basis, 1);
  g_assert_cmpuint (ref->provisions->len, ==, 1);
  g_assert_null (((LacunaProvision *) g_ptr_array_index (ref->provisions, 0))->paragraph);

  g_assert_cmpuint (offence->tools->len, ==, 1);
  g_assert_cmpstr (((LacunaToolRef *) g_ptr_array_index (offence->tools, 0))->detail, ==, "ch. 2");
  g_assert_nonnull (((LacunaToolRef *) g_ptr_array_index (offence->tools, 0))->tool);

  g_assert_cmpuint (offence->enables->len, ==, 1);
  g_assert_true (((LacunaMeasureRef *) g_ptr_array_index (offence->enables, 0))->measure == attempt);
  g_assert_cmpuint (attempt->enabled_by->len, ==, 1);
  g_assert_true (g_ptr_array_index (attempt->enabled_by, 0) == offence);
}

static void
test_whole_article_citation_of_split_article (void)
{
  /* Article 5 is split into paragraphs in the data; citing all of it
   * covers every one. */
  static const char framework[] =
    "<framework id=\"x\" version=\"1.0\" publisher=\"P\" year=\"2000\">\n"
    "  <title>X</title><short-title>X</short-title><provenance>Test.</provenance>\n"
    "  <pillar id=\"X-P1\"><title>P</title><area id=\"X-A1\"><title>A</title>\n"
    "    <measure id=\"X-1\" level=\"mandatory\"><title>T</title><description>D</description>\n"
    "      <question>Q?</question><legal-basis instrument=\"DEMO\" article=\"5\"/>\n"
    "      <recommendation>R</recommendation></measure>\n"
    "  </area></pillar>\n"
    "</framework>\n";
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  g_autofree char *instruments = fixture_path ("valid", "legal-instruments.xml");
  LacunaLegalRef *ref;

  g_assert_true (lacuna_catalog_add_file (catalog, instruments, diagnostics));
  g_assert_true (lacuna_catalog_add_data (catalog, "x.xml", framework, strlen (framework), diagnostics));
  g_assert_true (lacuna_catalog_resolve (catalog, diagnostics));
  g_assert_cmpuint (diagnostics->len, ==, 0);

  ref = g_ptr_array_index (lacuna_catalog_find_measure (catalog, "X-1")->legal_basis, 0);
  g_assert_cmpuint (ref->provisions->len, ==, 2);
}

static void
test_text_is_normalized_like_xgettext (void)
{
  static const char tools[] =
    "<tools>\n"
    "  <tool id=\"T\" publisher=\"P\">\n"
    "    <title>\n      Wrapped\tacross\n      lines   </title>\n"
    "    <use>Quotes “kept” and l’apostrophe; accents é ё ǅ.</use>\n"
    "  </tool>\n"
    "</tools>\n";
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  const LacunaTool *tool;

  g_assert_true (lacuna_catalog_add_data (catalog, "tools.xml", tools, strlen (tools), diagnostics));
  tool = lacuna_catalog_find_tool (catalog, "T");
  g_assert_cmpstr (tool->title, ==, "Wrapped across lines");
  g_assert_cmpstr (tool->use, ==, "Quotes “kept” and l’apostrophe; accents é ё ǅ.");
  g_assert_null (tool->year);
}

typedef struct {
  const char *fixture;
  guint       line;
  guint       column;
  const char *message;
} InvalidCase;

/* One fixture per kind of error the format defines; each must produce
 * exactly one message, at the right place. */
static const InvalidCase invalid_cases[] = {
  { "malformed.xml", 31, 30, "Element “titel” was closed, but the currently open element is “title”" },
  { "wrong-encoding.xml", 1, 1, "declares the encoding “ISO-8859-1”; framework files must be saved as UTF-8" },
  { "unknown-element.xml", 15, 9, "Unknown element <colour> inside <measure>" },
  { "unknown-attribute.xml", 21, 7, "Unknown attribute “weight” on <measure>" },
  { "missing-field.xml", 21, 7, "Measure “DEMO-P1-02” has no <recommendation>" },
  { "missing-attribute.xml", 21, 7, "<measure> has no “level” attribute, which is required" },
  { "duplicate-id.xml", 32, 7, "Duplicate id “DEMO-P1-01”: it is already used at " },
  { "unknown-instrument.xml", 16, 9, "cites the unknown instrument “PALERMO”" },
  { "unknown-article.xml", 16, 9, "cites article 99 of DEMO, which has no such article" },
  { "unknown-paragraph.xml", 15, 9, "cites DEMO article 5 paragraph 3, which is not among that article’s provisions" },
  { "unknown-level.xml", 21, 7, "Unknown obligation level “must” on measure “DEMO-P1-02”" },
  { "unknown-dimension.xml", 21, 7, "Unknown dimension “law” on measure “DEMO-P1-02”" },
  { "unknown-enables.xml", 19, 9, "Measure “DEMO-P1-01” enables the unknown measure “DEMO-P9-99”" },
  { "unknown-related.xml", 19, 9, "Measure “DEMO-P1-01” is related to the unknown measure “SOM-P9-99”" },
  { "unknown-tool.xml", 27, 9, "refers to the unknown tool “T-MISSING”" },
  { "enables-cycle.xml", 28, 9, "form a cycle: DEMO-P1-01 → DEMO-P1-02 → DEMO-P1-01" },
  { "empty-pillar.xml", 6, 3, "Pillar “DEMO-P0” is empty" },
  { "empty-area.xml", 8, 5, "Area “DEMO-A1.0” is empty" },
  { "overlong-field.xml", 11, 9, "<title> is too long: 326 characters, at most 300" },
  { "missing-legal-basis.xml", 21, 7, "is at level “mandatory-qualified” but has no <legal-basis>" },
  { "ampersand.xml", 36, 9, "<recommendation> contains “&”, “<” or “>”" },
  { "invalid-id.xml", 32, 7, "Invalid id “3 DEMO” on <measure>" },
  { "not-a-framework.xml", 2, 1, "This is not a Lacuna framework file: its root element is <html>" },
  { "empty.xml", 0, 0, "The file is empty" },
};

static void
test_invalid_fixture (gconstpointer data)
{
  const InvalidCase *expected = data;
  g_autofree char *path = fixture_path ("invalid", expected->fixture);
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(LacunaCatalog) catalog = load_with_context (path, diagnostics);
  LacunaDiagnostic *diagnostic;
  g_autofree char *all = lacuna_diagnostics_join (diagnostics);

  g_test_message ("diagnostics:\n%s", all);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  diagnostic = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpstr (diagnostic->file, ==, path);
  g_assert_cmpuint (diagnostic->line, ==, expected->line);
  g_assert_cmpuint (diagnostic->column, ==, expected->column);
  g_assert_nonnull (strstr (diagnostic->message, expected->message));
}

typedef struct {
  const char *name;
  const char *data;
  gsize       length;
  guint       line;
  guint       column;
  const char *message;
} InlineCase;

static const char utf16_data[] = "\xFF\xFE<\0f\0r\0";
static const char latin1_data[] = "<tools>\n  <tool id=\"T\" publisher=\"P\">\n    <title>Caf\xE9</title>\n  </tool>\n</tools>\n";
static const char nul_data[] = "<tools>\n  <tool id=\"T\"\0";
static const char two_roots[] = "<tools><tool id=\"T\" publisher=\"P\"><title>T</title></tool></tools>\n<tools/>\n";
static const char bom_data[] = "\xEF\xBB\xBF<tools><tool id=\"T\" publisher=\"P\"><title>T</title></tool></tools>\n";
static const char blank_data[] = " \n\t\n";

static const InlineCase inline_cases[] = {
  { "utf16", utf16_data, sizeof utf16_data - 1, 1, 1, "UTF-16" },
  { "latin1", latin1_data, sizeof latin1_data - 1, 3, 15, "Invalid UTF-8 byte sequence" },
  { "nul", nul_data, sizeof nul_data - 1, 2, 15, "NUL byte" },
  { "two-roots", two_roots, sizeof two_roots - 1, 2, 1, "A second root element <tools>" },
  { "blank", blank_data, sizeof blank_data - 1, 0, 0, "The file is empty" },
  { "bom-accepted", bom_data, sizeof bom_data - 1, 0, 0, NULL },
};

static void
test_inline_case (gconstpointer data)
{
  const InlineCase *expected = data;
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  gboolean ok = lacuna_catalog_add_data (catalog, "inline.xml", expected->data, expected->length, diagnostics);
  LacunaDiagnostic *diagnostic;

  if (expected->message == NULL)
    {
      g_assert_true (ok);
      g_assert_cmpuint (diagnostics->len, ==, 0);
      return;
    }

  g_assert_false (ok);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  diagnostic = g_ptr_array_index (diagnostics, 0);
  g_test_message ("%s", diagnostic->message);
  g_assert_cmpuint (diagnostic->line, ==, expected->line);
  g_assert_cmpuint (diagnostic->column, ==, expected->column);
  g_assert_nonnull (strstr (diagnostic->message, expected->message));
}

static void
test_too_large (void)
{
  gsize length = LACUNA_FRAMEWORK_MAX_FILE_SIZE + 1;
  g_autofree char *data = g_malloc (length);
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();

  memset (data, ' ', length);
  g_assert_false (lacuna_catalog_add_data (catalog, "big.xml", data, length, diagnostics));
  g_assert_cmpuint (diagnostics->len, ==, 1);
  g_assert_nonnull (strstr (((LacunaDiagnostic *) g_ptr_array_index (diagnostics, 0))->message, "too large"));
}

static void
test_duplicate_across_files (void)
{
  g_autofree char *demo = fixture_path ("valid", "demo.xml");
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  LacunaDiagnostic *diagnostic;

  g_assert_true (lacuna_catalog_add_file (catalog, demo, diagnostics));
  g_assert_false (lacuna_catalog_add_file (catalog, demo, diagnostics));
  g_assert_cmpuint (diagnostics->len, >=, 1);
  diagnostic = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpuint (diagnostic->line, ==, 2);
  g_assert_nonnull (strstr (diagnostic->message, "Duplicate id “demo”"));
}

static void
test_unreadable_file (void)
{
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);

  g_assert_false (lacuna_catalog_add_file (catalog, "/nonexistent/demo.xml", diagnostics));
  g_assert_false (lacuna_catalog_add_file (catalog, directory, diagnostics));
  g_assert_cmpuint (diagnostics->len, ==, 2);
  g_assert_nonnull (strstr (((LacunaDiagnostic *) g_ptr_array_index (diagnostics, 0))->message, "Cannot read the file"));
  g_assert_nonnull (strstr (((LacunaDiagnostic *) g_ptr_array_index (diagnostics, 1))->message, "Not a regular file"));
}

static void
test_directory_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = g_dir_make_tmp ("lacuna-test-XXXXXX", NULL);
  g_autofree char *invalid = g_test_build_filename (G_TEST_DIST, "fixtures", "frameworks", "invalid", NULL);
  g_autoptr(LacunaCatalog) catalog = NULL;

  catalog = lacuna_catalog_load_directory ("/nonexistent/lacuna", &error);
  g_assert_null (catalog);
  g_assert_error (error, LACUNA_FRAMEWORK_ERROR, LACUNA_FRAMEWORK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "LACUNA_FRAMEWORKS_DIR"));
  g_clear_error (&error);

  catalog = lacuna_catalog_load_directory (empty, &error);
  g_assert_null (catalog);
  g_assert_error (error, LACUNA_FRAMEWORK_ERROR, LACUNA_FRAMEWORK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_rmdir (empty);

  /* Every error of every file is in the message, one per line. */
  catalog = lacuna_catalog_load_directory (invalid, &error);
  g_assert_null (catalog);
  g_assert_error (error, LACUNA_FRAMEWORK_ERROR, LACUNA_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "malformed.xml:31:30:"));
  g_assert_nonnull (strstr (error->message, "empty.xml: The file is empty"));
}

static void
test_directory_from_environment (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LACUNA_FRAMEWORKS_DIR"));

  g_setenv ("LACUNA_FRAMEWORKS_DIR", "/somewhere/else", TRUE);
  g_assert_cmpstr (lacuna_frameworks_directory (), ==, "/somewhere/else");
  g_setenv ("LACUNA_FRAMEWORKS_DIR", "", TRUE);
  g_assert_cmpstr (lacuna_frameworks_directory (), !=, "");
  g_assert_true (g_str_has_suffix (lacuna_frameworks_directory (), "frameworks"));
  if (saved != NULL)
    g_setenv ("LACUNA_FRAMEWORKS_DIR", saved, TRUE);
  else
    g_unsetenv ("LACUNA_FRAMEWORKS_DIR");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework-loader/valid-catalog", test_valid_catalog);
  g_test_add_func ("/framework-loader/whole-article-citation", test_whole_article_citation_of_split_article);
  g_test_add_func ("/framework-loader/normalized-text", test_text_is_normalized_like_xgettext);
  g_test_add_func ("/framework-loader/too-large", test_too_large);
  g_test_add_func ("/framework-loader/duplicate-across-files", test_duplicate_across_files);
  g_test_add_func ("/framework-loader/unreadable-file", test_unreadable_file);
  g_test_add_func ("/framework-loader/directory-errors", test_directory_errors);
  g_test_add_func ("/framework-loader/directory-from-environment", test_directory_from_environment);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/framework-loader/invalid/%s", invalid_cases[i].fixture);
      g_test_add_data_func (path, &invalid_cases[i], test_invalid_fixture);
    }
  for (guint i = 0; i < G_N_ELEMENTS (inline_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/framework-loader/inline/%s", inline_cases[i].name);
      g_test_add_data_func (path, &inline_cases[i], test_inline_case);
    }

  return g_test_run ();
}
