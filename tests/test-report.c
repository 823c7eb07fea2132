/* test-report.c — the PDF report, checked as a reader's tools see it:
 * extracted text, structure, fonts, metadata and rendered pixels
 *
 * Needs poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) and qpdf.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "analysis.h"
#include "framework-loader.h"
#include "language.h"
#include "pdf-writer.h"
#include "report.h"
#include "sample.h"
#include "report-files.h"
#include "store.h"

static char *directory;
static LacunaCatalog *catalog;

static char *
in_tmp (const char *name)
{
  return g_build_filename (directory, name, NULL);
}

/* Runs a command; returns its standard output, failing the test when the
 * command fails. */
static char *
run (const char *const *argv,
     int                expected_status)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) && expected_status == 0)
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

static LacunaStore *
sample_store (const char *name)
{
  g_autofree char *path = in_tmp (name);
  g_autoptr(GError) error = NULL;
  LacunaStore *store = lacuna_sample_create (path, catalog, &error);

  g_assert_no_error (error);
  return store;
}

static void
write_report (LacunaStore         *store,
              LacunaReportEdition  edition,
              const char          *pdf)
{
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_store (store);
  LacunaReportOptions options = { .edition = edition };
  g_autoptr(GError) error = NULL;

  g_assert_true (lacuna_report_write (store, analysis, &options, pdf, &error));
  g_assert_no_error (error);
}

static void
assert_valid_pdf (const char *pdf)
{
  const char *qpdf[] = { "qpdf", "--check", pdf, NULL };
  const char *fonts[] = { "pdffonts", pdf, NULL };
  g_autofree char *checked = run (qpdf, 0);
  g_autofree char *font_list = run (fonts, 0);
  g_auto(GStrv) lines = g_strsplit (font_list, "\n", -1);
  guint faces = 0;

  g_autofree char *complaints = pdf_reader_complaints (pdf);

  g_assert_nonnull (strstr (checked, "No syntax or stream encoding errors"));
  /* Each font's text map reads (libharu's own did not: pdf-to-unicode.c). */
  g_assert_cmpstr (complaints, ==, "");
  /* Every font embedded and subset; none of the base-14 fonts. */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      faces++;
      g_assert_nonnull (strstr (lines[i], " yes "));
      g_assert_null (strstr (lines[i], "Helvetica"));
      g_assert_null (strstr (lines[i], "Times"));
    }
  g_assert_cmpuint (faces, >=, 2);
}

static guint
page_count (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv, 0);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + 6 + strspn (pages + 6, " "), NULL, 10);
}

/* pdfinfo pads its labels; the value must start the text after them. */
static void
assert_info (const char *info,
             const char *label,
             const char *value)
{
  g_autofree char *line_start = g_strdup_printf ("\n%s:", label);
  g_autofree char *text = g_strconcat ("\n", info, NULL);
  const char *line = strstr (text, line_start);

  g_assert_nonnull (line);
  line += strlen (line_start);
  line += strspn (line, " ");
  g_assert_true (g_str_has_prefix (line, value));
}

static void
test_sample_report (void)
{
  g_autoptr(LacunaStore) store = sample_store ("sample.lacuna");
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_store (store);
  g_autofree char *pdf = in_tmp ("sample.pdf");
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  const char *sections[] = {
    "Contents", "Executive summary", "Treaty compliance gaps", "Priority recommendations", "Charts",
    "Findings by pillar", "Recommendations in priority order", "Data gaps and answers to check", "Annexes",
    "A. Register of laws", "B. Participants", "C. Method", "D. Treaty provisions cited", "E. Every answer",
  };
  const char *previous = NULL;
  const char *recommendations_start;

  write_report (store, LACUNA_REPORT_INTERNAL, pdf);
  assert_valid_pdf (pdf);
  text = pdf_reader_text (pdf);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (strstr (text, sections[i]) == NULL)
      g_error ("section “%s” is missing", sections[i]);
  /* The register speaks to people, not in the file's own names. */
  g_assert_nonnull (strstr (text, lacuna_instrument_status_label (LACUNA_INSTRUMENT_IN_FORCE)));
  g_assert_null (strstr (text, lacuna_instrument_status_to_string (LACUNA_INSTRUMENT_IN_FORCE)));

  /* Every recommendation's measure appears, in rank order, in the table. */
  recommendations_start = strstr (strstr (text, "Every measure with a gap gives a recommendation"), "Rank");
  g_assert_nonnull (recommendations_start);
  previous = recommendations_start;
  for (guint i = 0; i < analysis->recommendations->len; i++)
    {
      LacunaRecommendation *recommendation = g_ptr_array_index (analysis->recommendations, i);
      g_autofree char *needle = g_strdup_printf ("%s %s", recommendation->measure->id, "");
      const char *found = strstr (previous, needle);

      if (found == NULL)
        g_error ("recommendation %u (%s) missing or out of order", recommendation->rank, recommendation->measure->id);
      previous = found;
    }

  info = run (info_argv, 0);
  assert_info (info, "Title", "National assessment");
  assert_info (info, "Subject", "Gap analysis");
  assert_info (info, "Author", "National Anti-Trafficking Commission");
  assert_info (info, "Creator", "Lacuna");
  assert_info (info, "Keywords", "trafficking in persons");
  g_assert_cmpuint (page_count (pdf), >, 20);
}

static void
test_bookmarks (void)
{
  g_autoptr(LacunaStore) store = sample_store ("bookmarks.lacuna");
  g_autofree char *pdf = in_tmp ("bookmarks.pdf");
  const char *argv[] = { "qpdf", "--json", "--json-key=outlines", NULL, NULL };
  g_autofree char *json = NULL;

  write_report (store, LACUNA_REPORT_INTERNAL, pdf);
  argv[3] = pdf;
  json = run (argv, 0);
  g_assert_nonnull (strstr (json, "\"title\": \"Executive summary\""));
  g_assert_nonnull (strstr (json, "\"title\": \"Findings by pillar\""));
  g_assert_nonnull (strstr (json, "Trafficking in Persons — Prosecution"));
}

/* The public edition leaves out notes, names, contacts and confidential
 * material; the internal edition has them. */
static void
test_public_edition (void)
{
  g_autoptr(LacunaStore) store = sample_store ("public.lacuna");
  g_autofree char *internal_pdf = in_tmp ("internal.pdf");
  g_autofree char *public_pdf = in_tmp ("public.pdf");
  g_autofree char *internal = NULL;
  g_autofree char *public = NULL;
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (store);
  LacunaParticipant *someone = g_ptr_array_index (participants, 0);

  write_report (store, LACUNA_REPORT_INTERNAL, internal_pdf);
  write_report (store, LACUNA_REPORT_PUBLIC, public_pdf);
  internal = pdf_reader_text (internal_pdf);
  public = pdf_reader_text (public_pdf);

  g_assert_nonnull (strstr (internal, someone->name));
  g_assert_null (strstr (public, someone->name));
  g_assert_null (strstr (public, "@example.org"));
  g_assert_nonnull (strstr (public, someone->institution));
  g_assert_nonnull (strstr (internal, "E. Every answer"));
  g_assert_null (strstr (public, "E. Every answer"));
  g_assert_nonnull (strstr (public, "Public edition"));
  g_assert_nonnull (strstr (public, "withheld from this edition"));
}

/* The window's path: the report written in a thread, from the file, while
 * the caller keeps its own connection open and keeps editing. */
static void
test_written_in_thread (void)
{
  g_autoptr(LacunaStore) store = sample_store ("threaded.lacuna");
  g_autofree char *pdf = in_tmp ("threaded.pdf");
  g_autofree char *missing = in_tmp ("no-such-assessment.lacuna");
  g_autofree char *orphan = in_tmp ("orphan.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (store);
  LacunaParticipant *someone = g_ptr_array_index (participants, 0);
  LacunaReportRequest public_edition = { .edition = LACUNA_REPORT_PUBLIC };
  LacunaReportRequest internal_edition = { .edition = LACUNA_REPORT_INTERNAL };
  g_autoptr(GError) error = NULL;
  gboolean written;

  written = report_written_in_thread (lacuna_store_get_path (store), &public_edition, pdf, &error);
  g_assert_no_error (error);
  g_assert_true (written);
  text = pdf_reader_text (pdf);
  g_assert_nonnull (strstr (text, "Public edition"));
  g_assert_null (strstr (text, someone->name));

  /* The caller's store is still writable: the thread never held its lock. */
  g_assert_false (lacuna_store_is_read_only (store));

  written = report_written_in_thread (missing, &internal_edition, orphan, &error);
  g_assert_false (written);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
}

static void
test_empty_assessment (void)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autofree char *path = in_tmp ("empty.lacuna");
  g_autofree char *pdf = in_tmp ("empty.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) store = NULL;
  g_autofree char *text = NULL;

  details->values[LACUNA_DETAIL_TITLE] = g_strdup ("Nothing yet");
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("NOR");
  store = lacuna_store_create (path, catalog, details, "Test", &error);
  g_assert_no_error (error);
  write_report (store, LACUNA_REPORT_PUBLIC, pdf);
  assert_valid_pdf (pdf);
  text = pdf_reader_text (pdf);
  g_assert_nonnull (strstr (text, "nothing to recommend"));
}

/* Every field at its longest: a 300-character title, 10,000-character
 * notes and evidence, 500 instruments. Nothing may be cut or overflow. */
static void
test_extreme_assessment (void)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autofree char *path = in_tmp ("extreme.lacuna");
  g_autofree char *pdf = in_tmp ("extreme.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *text = NULL;
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  while (title->len < 300)
    g_string_append (title, "Évaluation nationale très détaillée ");
  g_string_truncate (title, 300);
  for (guint i = 0; notes->len < 10000; i++)
    g_string_append_printf (notes, "Note %u: the unit reported progress in Ȿanta Ëlena; ", i);
  g_string_append (notes, "https://example.org/a/very/long/address/without/any/space/" "0123456789abcdefghij0123456789abcdefghij0123456789abcdefghij0123456789");

  details->values[LACUNA_DETAIL_TITLE] = g_strdup (title->str);
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("GRC");
  details->values[LACUNA_DETAIL_LEAD_INSTITUTION] = g_strdup (title->str);
  store = lacuna_store_create (path, catalog, details, "Test", &error);
  g_assert_no_error (error);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          g_autoptr(LacunaAnswer) answer = lacuna_answer_new (measure->id);

          if (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS)
            answer->law = LACUNA_LEVEL_PARTIAL;
          if (measure->dimensions & LACUNA_DIMENSION_PRACTICE)
            answer->practice = LACUNA_LEVEL_NONE;
          answer->notes = g_strdup (notes->str);
          answer->evidence = g_strdup (notes->str);
          answer->responsible = g_strdup (title->str);
          g_assert_true (lacuna_store_set_answer (store, answer, "Test", &error));
        }
    }
  for (guint i = 0; i < 500; i++)
    {
      g_autoptr(LacunaNationalInstrument) instrument = lacuna_national_instrument_new ();
      instrument->title = g_strdup_printf ("Instrument %u — %s", i, title->str);
      instrument->article = g_strdup ("art. 1–99");
      g_strfreev (instrument->measures);
      instrument->measures = g_strsplit ("TIP-P1-01 TIP-P2-01 SOM-P1-01", " ", -1);
      g_assert_true (lacuna_store_save_instrument (store, instrument, "Test", &error));
    }

  write_report (store, LACUNA_REPORT_INTERNAL, pdf);
  assert_valid_pdf (pdf);
  text = pdf_reader_text (pdf);
  /* The long address, cut across lines, is all there. */
  g_assert_nonnull (strstr (text, "0123456789abcdefghij"));
  g_assert_nonnull (strstr (text, "Instrument 499"));
  g_test_message ("extreme report: %u pages", page_count (pdf));
}

static void
test_reproducible (void)
{
  g_autoptr(LacunaStore) store = sample_store ("repro.lacuna");
  g_autofree char *first = in_tmp ("first.pdf");
  g_autofree char *second = in_tmp ("second.pdf");
  g_autofree char *a = NULL, *b = NULL;
  gsize a_length, b_length;

  g_setenv ("SOURCE_DATE_EPOCH", "1767225600", TRUE);
  write_report (store, LACUNA_REPORT_INTERNAL, first);
  write_report (store, LACUNA_REPORT_INTERNAL, second);
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_true (g_file_get_contents (first, &a, &a_length, NULL));
  g_assert_true (g_file_get_contents (second, &b, &b_length, NULL));
  g_assert_cmpuint (a_length, ==, b_length);
  g_assert_true (memcmp (a, b, a_length) == 0);
  g_assert_nonnull (g_strstr_len (a, a_length, "D:20260101"));
}

static void
test_failures_leave_nothing (void)
{
  g_autoptr(LacunaStore) store = sample_store ("fail.lacuna");
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_store (store);
  g_autofree char *locked_dir = in_tmp ("locked");
  g_autofree char *unwritable = g_build_filename (locked_dir, "report.pdf", NULL);
  g_autofree char *pdf = in_tmp ("nofonts.pdf");
  g_autofree char *saved_fonts = g_strdup (g_getenv ("LACUNA_FONTS_DIR"));
  g_autoptr(GError) error = NULL;

  /* A folder that does not exist stands for one that cannot be written:
   * as root, permissions would not stop the test. */
  g_assert_false (lacuna_report_write (store, analysis, NULL, unwritable, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "locked"));
  g_clear_error (&error);

  g_setenv ("LACUNA_FONTS_DIR", "/nonexistent/fonts", TRUE);
  g_assert_false (lacuna_report_write (store, analysis, NULL, pdf, &error));
  g_setenv ("LACUNA_FONTS_DIR", saved_fonts, TRUE);
  g_assert_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_FONT);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* Reads a binary PGM (P5) as pdftoppm -gray writes it. */
static guchar *
read_pgm (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  char *p;
  guint max;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "P5"));
  p = contents + 2;
  *width = strtoul (p, &p, 10);
  *height = strtoul (p, &p, 10);
  max = strtoul (p, &p, 10);
  g_assert_cmpuint (max, ==, 255);
  p++;
  return g_memdup2 (p, (gsize) *width * *height);
}

static guint
ink (const guchar *pixels,
     guint         width,
     guint         x0,
     guint         y0,
     guint         x1,
     guint         y1)
{
  guint count = 0;

  for (guint y = y0; y < y1; y++)
    for (guint x = x0; x < x1; x++)
      count += pixels[y * width + x] < 128;
  return count;
}

/* libharu 2.3.0 drops the inner parts of nested composite glyphs, which
 * text extraction cannot see: compare the ink of each letter with and
 * without its diacritic, rendered. */
static void
test_diacritics_rendered (void)
{
  static const char *pairs[][2] = {
    { "A", "Ä" }, { "O", "Ö" }, { "U", "Ü" }, { "e", "ë" }, { "е", "ё" }, { "A", "Ǻ" }, { "D", "ǅ" },
    { "ι", "ΐ" }, { "υ", "ΰ" }, { "И", "Й" },
  };
  g_autoptr(LacunaPdf) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = in_tmp ("glyphs.pdf");
  g_autofree char *prefix = in_tmp ("glyphs");
  g_autofree char *image = in_tmp ("glyphs-1.pgm");
  const char *argv[] = { "pdftoppm", "-gray", "-r", "72", path, prefix, NULL };
  g_autofree guchar *pixels = NULL;
  guint width, height;
  g_autofree char *ignored = NULL;

  pdf = lacuna_pdf_new (lacuna_fonts_directory (), &error);
  g_assert_no_error (error);
  lacuna_pdf_add_page (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    for (guint j = 0; j < 2; j++)
      lacuna_pdf_draw_text (pdf, 0, LACUNA_PDF_REGULAR, 40, &lacuna_pdf_black, 60 + j * 100,
                            LACUNA_PDF_PAGE_HEIGHT - 60 - i * 70, pairs[i][j]);
  g_assert_true (lacuna_pdf_save (pdf, path, &error));
  ignored = run (argv, 0);

  pixels = read_pgm (image, &width, &height);
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      guint top = 60 + i * 70 - 50, bottom = 60 + i * 70 + 15;
      guint plain = ink (pixels, width, 55, top, 140, bottom);
      guint marked = ink (pixels, width, 155, top, 240, bottom);

      g_test_message ("%s: %u, %s: %u", pairs[i][0], plain, pairs[i][1], marked);
      /* The marks add ink; a dropped component leaves as little as the
       * bare letter. */
      if (marked < plain + 12)
        g_error ("“%s” renders without its marks (%u dark pixels, against %u for “%s”)", pairs[i][1], marked, plain,
                 pairs[i][0]);
    }
}

/* Nothing is drawn in the margins, apart from the running header and the
 * page number. */
static void
test_margins (void)
{
  g_autoptr(LacunaStore) store = sample_store ("margins.lacuna");
  g_autofree char *pdf = in_tmp ("margins.pdf");
  g_autofree char *prefix = in_tmp ("margins");
  const char *argv[] = { "pdftoppm", "-gray", "-r", "36", "-f", "2", "-l", "40", NULL, NULL, NULL };
  g_autofree char *ignored = NULL;
  guint checked = 0;

  write_report (store, LACUNA_REPORT_INTERNAL, pdf);
  argv[8] = pdf;
  argv[9] = prefix;
  ignored = run (argv, 0);

  for (guint page = 2; page <= 40; page++)
    {
      g_autofree char *image = g_strdup_printf ("%s-%02u.pgm", prefix, page);
      g_autofree guchar *pixels = NULL;
      guint width, height;
      /* 36 dpi: half a point per pixel; margins of 56 pt are 28 pixels. */
      guint side = 24;

      if (!g_file_test (image, G_FILE_TEST_EXISTS))
        continue;
      pixels = read_pgm (image, &width, &height);
      g_assert_cmpuint (ink (pixels, width, 0, 0, side, height), ==, 0);
      g_assert_cmpuint (ink (pixels, width, width - side, 0, width, height), ==, 0);
      checked++;
    }
  g_assert_cmpuint (checked, >, 10);
}

static void
test_language_direction (void)
{
  g_assert_true (lacuna_language_is_rtl ("ar"));
  g_assert_true (lacuna_language_is_rtl ("ar_EG.UTF-8"));
  g_assert_true (lacuna_language_is_rtl ("fa-IR"));
  g_assert_false (lacuna_language_is_rtl ("fr"));
  g_assert_false (lacuna_language_is_rtl ("arn"));   /* Mapudungun, Latin script */
  g_assert_false (lacuna_language_is_rtl ("zh_CN"));
  g_assert_false (lacuna_language_is_rtl ("C"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  directory = g_dir_make_tmp ("lacuna-report-XXXXXX", NULL);
  catalog = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/report/sample", test_sample_report);
  g_test_add_func ("/report/bookmarks", test_bookmarks);
  g_test_add_func ("/report/public-edition", test_public_edition);
  g_test_add_func ("/report/empty-assessment", test_empty_assessment);
  g_test_add_func ("/report/extreme-assessment", test_extreme_assessment);
  g_test_add_func ("/report/reproducible", test_reproducible);
  g_test_add_func ("/report/failures-leave-nothing", test_failures_leave_nothing);
  g_test_add_func ("/report/diacritics-rendered", test_diacritics_rendered);
  g_test_add_func ("/report/margins", test_margins);
  g_test_add_func ("/report/written-in-thread", test_written_in_thread);
  g_test_add_func ("/report/language-direction", test_language_direction);
  status = g_test_run ();

  {
    const char *rm[] = { "rm", "-rf", directory, NULL };
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  lacuna_catalog_unref (catalog);
  return status;
}
