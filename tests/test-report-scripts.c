/* test-report-scripts.c — the PDF report in Arabic, Chinese and Japanese:
 * shaping, visual order, right-to-left layout, font fallback, line
 * breaking between ideographs, and no character drawn without a glyph
 *
 * Checked as a reader's tools see the file: text extracted by pdftotext,
 * faces listed by pdffonts, pixels rendered by pdftoppm, and every string
 * drawn compared with its face's character map (check-drawn-glyphs.py).
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "analysis.h"
#include "framework-loader.h"
#include "message-catalog.h"
#include "paths.h"
#include "pdf-bidi.h"
#include "pdf-font-coverage.h"
#include "pdf-writer.h"
#include "report.h"
#include "sample.h"
#include "report-files.h"
#include "store.h"

/* 36 dpi: half a pixel per point. */
#define DPI       36
#define PX(points) ((points) * DPI / 72.0)
#define MARGIN    56.0

static char *directory;
static LacunaCatalog *catalog;

/* Team text as a national team of the fictional Arcadia might type it. */
static const char *const arabic_title = "التقييم الوطني لعام 2024";
static const char *const arabic_evidence =
  "اعتمد البرلمان القانون رقم 64 لسنة 2010 بشأن مكافحة الاتجار بالبشر، ويشير التدبير TIP-P1-01 "
  "إلى ضرورة تجريم جميع أشكال الاستغلال. وقد أحيلت 37 قضية إلى المحاكم بين عامي 2019 و2023، "
  "صدرت في 12 منها أحكام بالإدانة (انظر التقرير السنوي).";
static const char *const chinese_evidence =
  "阿卡迪亚共和国刑法第二百四十条规定了拐卖妇女、儿童罪。2023年，公安机关共侦破拐卖案件1,234起，"
  "解救被拐卖妇女儿童2,345人。相关部门正在修订《反对拐卖人口行动计划（2021—2030年）》，"
  "以加强对受害人的保护和援助。各地还设立了救助管理站，为被解救的受害人提供临时住所、医疗和心理辅导。";
static const char *const japanese_notes = "日本語のメモ：ひらがなとカタカナも表示されるべきです。";

static char *
in_tmp (const char *name)
{
  return g_build_filename (directory, name, NULL);
}

static char *
run (const char *const *argv,
     int               *exit_status)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = g_spawn_check_wait_status (status, NULL) ? 0 : 1;
  else if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed", argv[0]);
  return g_steal_pointer (&out);
}

/* Extracted text in compatibility form (joined Arabic letters become the
 * plain ones again) without the embedding marks pdftotext puts around
 * right-to-left runs. */
static char *
extracted_text (const char *pdf,
                guint       page)
{
  g_autofree char *raw = pdf_reader_text_of_pages (pdf, page, page);
  g_autofree char *normal = g_utf8_normalize (raw, -1, G_NORMALIZE_ALL_COMPOSE);
  GString *text = g_string_new (NULL);

  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069))
        g_string_append_unichar (text, c);
    }
  return g_string_free (text, FALSE);
}

static LacunaStore *
team_store (const char *name,
            const char *extra_notes)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autofree char *path = in_tmp (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaAnswer) arabic = lacuna_answer_new ("TIP-P1-01");
  g_autoptr(LacunaAnswer) chinese = lacuna_answer_new ("TIP-P1-02");
  LacunaStore *store;

  details->values[LACUNA_DETAIL_TITLE] = g_strdup (arabic_title);
  /* The sample's fictional country, named in Arabic. */
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("XA");
  details->values[LACUNA_DETAIL_COUNTRY_NAME] = g_strdup ("جمهورية أركاديا");
  details->values[LACUNA_DETAIL_LEAD_INSTITUTION] = g_strdup ("اللجنة الوطنية لمكافحة الاتجار بالبشر");
  store = lacuna_store_create (path, catalog, details, "Test", &error);
  g_assert_no_error (error);

  arabic->law = LACUNA_LEVEL_PARTIAL;
  arabic->practice = LACUNA_LEVEL_NONE;
  arabic->evidence = g_strdup (arabic_evidence);
  arabic->notes = g_strdup ("ملاحظة: يجب مراجعة المادة 2 من القانون.");
  g_assert_true (lacuna_store_set_answer (store, arabic, "Test", &error));
  g_assert_no_error (error);

  chinese->law = LACUNA_LEVEL_FULL;
  chinese->practice = LACUNA_LEVEL_PARTIAL;
  chinese->evidence = g_strdup (chinese_evidence);
  chinese->notes = extra_notes != NULL ? g_strconcat (japanese_notes, extra_notes, NULL) : g_strdup (japanese_notes);
  g_assert_true (lacuna_store_set_answer (store, chinese, "Test", &error));
  g_assert_no_error (error);
  return store;
}

static void
write_report (LacunaStore *store,
              const char  *language,
              const char  *pdf)
{
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_store (store);
  LacunaReportOptions options = { .edition = LACUNA_REPORT_INTERNAL, .language = language };
  g_autoptr(GError) error = NULL;

  g_assert_true (lacuna_report_write (store, analysis, &options, pdf, &error));
  g_assert_no_error (error);
}

/* Every string drawn has a glyph in the face it is drawn with. */
static void
assert_no_missing_glyph (const char *pdf)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-drawn-glyphs.py", NULL);
  const char *python = g_getenv ("LACUNA_FONTS_PYTHON");
  const char *argv[] = { python != NULL ? python : "/usr/bin/python3", script, pdf,
                         g_getenv ("LACUNA_FONTS_DIR"), NULL };
  int status = 0;
  g_autofree char *out = run (argv, &status);
  g_autofree char *complaints = pdf_reader_complaints (pdf);

  g_test_message ("%s", out);
  if (status != 0)
    g_error ("characters drawn without a glyph in %s:\n%s", pdf, out);
  /* And every face's text map reads, for copying and searching. */
  g_assert_cmpstr (complaints, ==, "");
}

/* The document says its language ("zh_CN" as "zh-CN"), for screen
 * readers, and in a right-to-left one that its pages run from the right.
 * The catalogue dictionary is not compressed, so its entries are in the
 * file as written. */
static void
assert_declares_language (const char *pdf,
                          const char *language)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autofree char *tag = g_strdelimit (g_strdup (language), "_", '-');
  g_autofree char *lang = g_strdup_printf ("/Lang (%s)", tag);
  gboolean rtl = g_str_equal (language, "ar");

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_nonnull (g_strstr_len (contents, length, lang));
  g_assert_nonnull (g_strstr_len (contents, length, "/DisplayDocTitle true"));
  g_assert_true ((g_strstr_len (contents, length, "/Direction /R2L") != NULL) == rtl);
}

static gsize
file_size (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_size;
}

/* Arabic, Chinese and Japanese typed by a team into an English report. */
static void
test_team_text (void)
{
  g_autoptr(LacunaStore) store = team_store ("team.lacuna", NULL);
  g_autofree char *pdf = in_tmp ("team.pdf");
  g_autofree char *text = NULL, *raw = NULL;
  g_autofree char *fonts = NULL;
  const char *fonts_argv[] = { "pdffonts", pdf, NULL };
  const char *line, *line_end;
  g_autofree char *mixed = NULL;

  write_report (store, "en", pdf);
  text = extracted_text (pdf, 0);

  /* pdftotext gives right-to-left runs back in logical order only when
   * they were drawn in visual order: reversed words would not match. */
  g_assert_nonnull (strstr (text, "مكافحة الاتجار بالبشر"));
  g_assert_nonnull (strstr (text, "التقييم الوطني لعام"));
  g_assert_nonnull (strstr (text, "اللجنة الوطنية لمكافحة الاتجار بالبشر"));
  g_assert_nonnull (strstr (text, "拐卖妇女"));
  g_assert_nonnull (strstr (text, "ひらがなとカタカナ"));
  g_assert_null (strstr (text, "�"));

  /* The line with the law's number reads, right to left: the law, 64,
   * 2010, …, the measure id. Drawn left to right, the id comes first. */
  line = strstr (text, "2010");
  g_assert_nonnull (line);
  while (line > text && line[-1] != '\n')
    line--;
  line_end = strchr (line, '\n');
  mixed = g_strndup (line, line_end != NULL ? line_end - line : (gssize) strlen (line));
  g_test_message ("mixed line: %s", mixed);
  g_assert_nonnull (strstr (mixed, "TIP-P1-01"));
  g_assert_nonnull (strstr (mixed, "اعتمد"));
  g_assert_true (strstr (mixed, "TIP-P1-01") < strstr (mixed, "2010"));
  g_assert_true (strstr (mixed, "2010") < strstr (mixed, "64"));
  g_assert_true (strstr (mixed, "64") < strstr (mixed, "اعتمد"));

  /* Arabic is drawn in its joined forms only: no bare letter reaches the
   * page. */
  raw = pdf_reader_text (pdf);
  for (const char *p = raw; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0x0621 && c <= 0x064A)
        g_error ("Arabic letter U+%04X drawn unshaped", c);
    }
  g_assert_nonnull (strstr (raw, "\xEF\xBB\xBB"));   /* U+FEFB, lam-alef: the ligature of "لا" */

  fonts = run (fonts_argv, NULL);
  g_test_message ("%s", fonts);
  g_assert_nonnull (strstr (fonts, "DejaVuSans,Book"));
  g_assert_nonnull (strstr (fonts, "DroidSansFallback"));
  for (const char *p = strstr (fonts, "DroidSansFallback"); *p != '\n' && *p != '\0'; p++)
    if (g_str_has_prefix (p, " yes yes yes "))
      goto embedded;
  g_error ("the CJK face is not embedded as a subset with a Unicode map");
embedded:
  assert_no_missing_glyph (pdf);
}

/* The CJK face costs a report only the outlines it uses. */
static void
test_cjk_size (void)
{
  g_autoptr(LacunaStore) store = team_store ("size.lacuna", NULL);
  g_autoptr(LacunaAnswer) plain = lacuna_answer_new ("TIP-P1-02");
  g_autofree char *with = in_tmp ("with-cjk.pdf");
  g_autofree char *without = in_tmp ("without-cjk.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *fonts = NULL;
  const char *argv[] = { "pdffonts", without, NULL };
  gsize with_size, without_size;

  write_report (store, "en", with);
  plain->law = LACUNA_LEVEL_FULL;
  plain->practice = LACUNA_LEVEL_PARTIAL;
  plain->evidence = g_strdup ("The criminal code makes trafficking in women and children an offence.");
  g_assert_true (lacuna_store_set_answer (store, plain, "Test", &error));
  g_assert_no_error (error);
  write_report (store, "en", without);

  with_size = file_size (with);
  without_size = file_size (without);
  g_test_message ("report with Chinese and Japanese text: %zu bytes; without: %zu bytes", with_size, without_size);
  /* Without a CJK character the face is not embedded. */
  fonts = run (argv, NULL);
  g_assert_null (strstr (fonts, "DroidSansFallback"));
  /* 150 ideographs and kana; the whole face would be megabytes. */
  g_assert_cmpuint (with_size, <, without_size + 200 * 1024);
}

/* Where ink starts and ends on each row of pixels. */
typedef struct {
  guint flush_left;
  guint flush_right;
} Alignment;

static guchar *
render_page (const char *pdf,
             guint       page,
             guint      *width,
             guint      *height)
{
  g_autofree char *prefix = in_tmp ("render");
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *image = NULL;
  g_autofree char *contents = NULL;
  const char *argv[] = { "pdftoppm", "-gray", "-r", G_STRINGIFY (DPI), "-f", number, "-l", number, "-singlefile",
                         pdf, prefix, NULL };
  g_autofree char *ignored = run (argv, NULL);
  gsize length = 0;
  char *p;

  image = g_strconcat (prefix, ".pgm", NULL);
  g_assert_true (g_file_get_contents (image, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "P5"));
  p = contents + 2;
  *width = strtoul (p, &p, 10);
  *height = strtoul (p, &p, 10);
  g_assert_cmpuint (strtoul (p, &p, 10), ==, 255);
  p++;
  g_assert_cmpuint (length - (p - contents), >=, (gsize) *width * *height);
  return g_memdup2 (p, (gsize) *width * *height);
}

/* Counts rows of text (between the running header and the page number)
 * that touch one margin and stop well short of the other. */
static Alignment
measure_alignment (const char *pdf,
                   guint       page)
{
  guint width, height;
  g_autofree guchar *pixels = render_page (pdf, page, &width, &height);
  double left_margin = PX (MARGIN), right_margin = width - PX (MARGIN);
  Alignment alignment = { 0, 0 };

  for (guint y = (guint) PX (60); y < height - (guint) PX (60); y++)
    {
      int first = -1, last = -1;

      for (guint x = 0; x < width; x++)
        if (pixels[y * width + x] < 128)
          {
            if (first < 0)
              first = x;
            last = x;
          }
      if (first < 0)
        continue;
      if (first <= left_margin + 2 && last < right_margin - 12)
        alignment.flush_left++;
      if (last >= right_margin - 3 && first > left_margin + 12)
        alignment.flush_right++;
    }
  return alignment;
}

/* The same report in Arabic runs from the right: paragraphs end at the
 * right margin, ragged at the left. */
static void
test_rtl_document (void)
{
  g_autoptr(LacunaStore) store = team_store ("rtl.lacuna", NULL);
  g_autofree char *rtl = in_tmp ("rtl.pdf");
  g_autofree char *ltr = in_tmp ("ltr.pdf");
  g_autofree char *text = NULL;
  guint rtl_left = 0, rtl_right = 0, ltr_left = 0, ltr_right = 0;

  write_report (store, "ar", rtl);
  write_report (store, "en", ltr);
  /* The contents, the summary and the first findings. */
  for (guint page = 2; page <= 7; page++)
    {
      Alignment a = measure_alignment (rtl, page);
      Alignment b = measure_alignment (ltr, page);

      g_test_message ("page %u: right to left %u flush left, %u flush right; left to right %u, %u", page,
                      a.flush_left, a.flush_right, b.flush_left, b.flush_right);
      rtl_left += a.flush_left;
      rtl_right += a.flush_right;
      ltr_left += b.flush_left;
      ltr_right += b.flush_right;
    }
  g_assert_cmpuint (rtl_right, >, 100);
  g_assert_cmpuint (rtl_right, >, 5 * rtl_left);
  g_assert_cmpuint (ltr_left, >, 5 * ltr_right);

  text = extracted_text (rtl, 0);
  g_assert_nonnull (strstr (text, "مكافحة الاتجار بالبشر"));
  g_assert_nonnull (strstr (text, "拐卖妇女"));
  assert_no_missing_glyph (rtl);
}

/* A paragraph's ink, in pixels from the page's left edge. */
static void
paragraph_ink (LacunaPdfDirection  direction,
               const char         *text,
               double              indent,
               int                *first,
               int                *last)
{
  g_autoptr(LacunaPdf) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = in_tmp ("paragraph.pdf");
  LacunaPdfStyle style = { LACUNA_PDF_REGULAR, 20, { 0, 0, 0 }, indent, 0 };
  guint width, height;
  g_autofree guchar *pixels = NULL;

  pdf = lacuna_pdf_new (g_getenv ("LACUNA_FONTS_DIR"), &error);
  g_assert_no_error (error);
  lacuna_pdf_set_direction (pdf, direction);
  lacuna_pdf_add_page (pdf);
  lacuna_pdf_paragraph (pdf, &style, text);
  g_assert_true (lacuna_pdf_save (pdf, path, &error));
  pixels = render_page (path, 1, &width, &height);
  *first = *last = -1;
  for (guint y = 0; y < height; y++)
    for (guint x = 0; x < width; x++)
      if (pixels[y * width + x] < 128)
        {
          if (*first < 0 || (int) x < *first)
            *first = x;
          if ((int) x > *last)
            *last = x;
        }
  g_assert_cmpint (*first, >=, 0);
}

static void
test_rtl_paragraph (void)
{
  const double right = LACUNA_PDF_PAGE_WIDTH - MARGIN;
  int first, last;

  /* In a right-to-left document, indented from the right margin. */
  paragraph_ink (LACUNA_PDF_RTL, "مرحبا بالعالم", 40, &first, &last);
  g_assert_cmpfloat (ABS (last - PX (right - 40)), <=, 2);
  g_assert_cmpfloat (first, >, PX (LACUNA_PDF_PAGE_WIDTH / 2));
  /* An Arabic note in an English report starts at the right too. */
  paragraph_ink (LACUNA_PDF_LTR, "مرحبا بالعالم", 0, &first, &last);
  g_assert_cmpfloat (ABS (last - PX (right)), <=, 2);
  /* English in an English report: at the left, as ever. */
  paragraph_ink (LACUNA_PDF_LTR, "Hello, world", 40, &first, &last);
  g_assert_cmpfloat (ABS (first - PX (MARGIN + 40)), <=, 2);
  g_assert_cmpfloat (last, <, PX (LACUNA_PDF_PAGE_WIDTH / 2));
  /* English in an Arabic report: aligned right like every paragraph. */
  paragraph_ink (LACUNA_PDF_RTL, "Hello, world", 0, &first, &last);
  g_assert_cmpfloat (ABS (last - PX (right)), <=, 2);
}

static char *
ucs4_to_utf8 (const gunichar *text,
              glong           length)
{
  return g_ucs4_to_utf8 (text, length, NULL, NULL, NULL);
}

/* Visual order and joined forms, line by line. */
static void
test_bidi_order (void)
{
  glong length = 0;
  g_autofree gunichar *visual = lacuna_bidi_visual_line ("القانون TIP-P1-01 لسنة 2024", TRUE, &length);
  g_autofree char *drawn = ucs4_to_utf8 (visual, length);
  g_autofree gunichar *ligature = lacuna_bidi_visual_line ("لا", TRUE, &length);
  g_autofree gunichar *embedded = NULL;
  g_autofree char *embedded_text = NULL;
  /* "لسنة" joined: lam initial, seen medial, noon medial, teh marbuta
   * final; drawn right to left, so reversed. */
  const gunichar sana[] = { 0xFE94, 0xFEE8, 0xFEB4, 0xFEDF };
  g_autofree char *sana_text = ucs4_to_utf8 (sana, G_N_ELEMENTS (sana));

  g_test_message ("visual: %s", drawn);
  /* Numbers and Latin ids keep their own order, the runs run leftwards. */
  g_assert_true (g_str_has_prefix (drawn, "2024 "));
  g_assert_nonnull (strstr (drawn, sana_text));
  g_assert_true (strstr (drawn, sana_text) < strstr (drawn, "TIP-P1-01"));
  /* The first word, at the right end, all in joined forms. */
  g_assert_cmpuint (g_utf8_strlen (strstr (drawn, "TIP-P1-01 ") + 10, -1), ==, g_utf8_strlen ("القانون", -1));
  for (const char *p = strstr (drawn, "TIP-P1-01 ") + 10; *p != '\0'; p = g_utf8_next_char (p))
    g_assert_true (g_utf8_get_char (p) >= 0xFE70 && g_utf8_get_char (p) <= 0xFEFF);
  /* Lam-alef is one glyph; its second letter's place takes no room and
   * is not drawn. */
  g_assert_cmpint (length, ==, 1);
  g_assert_cmpuint (ligature[0], ==, 0xFEFB);

  /* Arabic inside an English sentence: only the phrase is reversed. */
  embedded = lacuna_bidi_visual_line ("Law 64 (مكافحة الاتجار) of 2010", FALSE, &length);
  embedded_text = ucs4_to_utf8 (embedded, length);
  g_test_message ("visual: %s", embedded_text);
  g_assert_true (g_str_has_prefix (embedded_text, "Law 64 ("));
  g_assert_true (g_str_has_suffix (embedded_text, ") of 2010"));

  /* Which way a paragraph runs. */
  g_assert_true (lacuna_bidi_is_rtl ("TIP-P1-01 القانون", -1, TRUE));
  g_assert_false (lacuna_bidi_is_rtl ("TIP-P1-01 القانون", -1, FALSE));
  g_assert_true (lacuna_bidi_is_rtl ("القانون TIP-P1-01", -1, FALSE));
  g_assert_true (lacuna_bidi_is_rtl ("2024", -1, TRUE));
  g_assert_false (lacuna_bidi_is_rtl ("2024", -1, FALSE));
  g_assert_false (lacuna_bidi_is_rtl ("Hello", -1, TRUE));
  g_assert_true (lacuna_bidi_is_rtl ("שלום, Hello", -1, FALSE));
  g_assert_false (lacuna_bidi_needed ("Ȿanta Ëlena, Ελλάδα, Москва", -1, FALSE));
  g_assert_true (lacuna_bidi_needed ("Ȿanta القانون", -1, FALSE));
}

static gboolean
is_closing (gunichar c)
{
  return g_utf8_strchr ("，。、）」》：；！？", -1, c) != NULL;
}

static gboolean
is_opening (gunichar c)
{
  return g_utf8_strchr ("（「《", -1, c) != NULL;
}

/* Chinese breaks between ideographs, never before closing punctuation or
 * after opening punctuation, and loses no character. */
static void
test_wrap_cjk (void)
{
  g_autoptr(LacunaPdf) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  const double width = 180;

  pdf = lacuna_pdf_new (g_getenv ("LACUNA_FONTS_DIR"), &error);
  g_assert_no_error (error);
  lines = lacuna_pdf_wrap (pdf, LACUNA_PDF_REGULAR, 10, chinese_evidence, width);
  g_assert_cmpuint (lines->len, >=, 5);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      double line_width = lacuna_pdf_text_width (pdf, LACUNA_PDF_REGULAR, 10, line);
      gunichar first = g_utf8_get_char (line);
      gunichar last = g_utf8_get_char (g_utf8_prev_char (line + strlen (line)));

      g_test_message ("%4.0f %s", line_width, line);
      g_assert_cmpfloat (line_width, <=, width);
      /* Most of the width is used: the breaks are between ideographs,
       * not only at the rare spaces. */
      if (i + 1 < lines->len)
        g_assert_cmpfloat (line_width, >, width - 25);
      if (i > 0)
        g_assert_false (is_closing (first));
      g_assert_false (is_opening (last));
      g_string_append (joined, line);
    }
  g_assert_cmpstr (joined->str, ==, chinese_evidence);

  /* Brackets and full stops at every position of a line. */
  for (guint k = 0; k < 24; k++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) wrapped = NULL;

      for (guint i = 0; i < k; i++)
        g_string_append (text, "中");
      g_string_append (text, "《注》（见附件）。文字，");
      for (guint i = 0; i < 30; i++)
        g_string_append (text, "文");
      wrapped = lacuna_pdf_wrap (pdf, LACUNA_PDF_REGULAR, 10, text->str, 100);
      for (guint i = 0; i < wrapped->len; i++)
        {
          const char *line = g_ptr_array_index (wrapped, i);

          if (i > 0)
            g_assert_false (is_closing (g_utf8_get_char (line)));
          g_assert_false (is_opening (g_utf8_get_char (g_utf8_prev_char (line + strlen (line)))));
        }
    }
}

/* A character no face has is printed as U+FFFD and named at the report's
 * end, never drawn as .notdef. */
static void
test_missing_characters (void)
{
  g_autoptr(LacunaPdf) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) missing = NULL;
  g_autofree char *path = in_tmp ("missing-writer.pdf");
  g_autoptr(LacunaStore) store = team_store ("missing.lacuna", " 😀 한국어");
  g_autofree char *report = in_tmp ("missing.pdf");
  g_autofree char *text = NULL;

  pdf = lacuna_pdf_new (g_getenv ("LACUNA_FONTS_DIR"), &error);
  g_assert_no_error (error);
  lacuna_pdf_add_page (pdf);
  lacuna_pdf_paragraph (pdf, &(LacunaPdfStyle) { LACUNA_PDF_ITALIC, 10, { 0, 0, 0 }, 0, 0 },
                        "Ȿanta 中文 مكافحة 😀 한");
  missing = lacuna_pdf_get_missing_characters (pdf);
  g_assert_cmpuint (missing->len, ==, 2);
  g_assert_cmpuint (g_array_index (missing, gunichar, 0), ==, 0xD55C);
  g_assert_cmpuint (g_array_index (missing, gunichar, 1), ==, 0x1F600);
  g_assert_true (lacuna_pdf_save (pdf, path, &error));
  assert_no_missing_glyph (path);

  write_report (store, "en", report);
  text = extracted_text (report, 0);
  g_assert_nonnull (strstr (text, "�"));
  g_assert_nonnull (strstr (text, "printed as “�”: U+AD6D, U+C5B4,"));
  g_assert_nonnull (strstr (text, "U+D55C, U+1F600."));
  assert_no_missing_glyph (report);
}

/* The built-in sample prints every character it has (its "Ȿanta Ëlena"
 * once came out as .notdef). */
static void
test_sample_glyphs (void)
{
  g_autofree char *path = in_tmp ("sample.lacuna");
  g_autofree char *pdf = in_tmp ("sample.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) store = lacuna_sample_create (path, catalog, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  write_report (store, NULL, pdf);
  text = extracted_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Ȿanta Ëlena"));
  g_assert_null (strstr (text, "�"));
  assert_no_missing_glyph (pdf);
}

/* The sample's report in each shipped translation: its headings and the
 * framework's own text come out translated (as the installed catalogue
 * says them, not as this test would guess), nothing is left in English
 * where a translation exists, and every character has a glyph. */
static void
test_translated_sample (gconstpointer data)
{
  const char *language = data;
  g_autofree char *path = in_tmp ("translated.lacuna");
  g_autofree char *pdf_name = g_strdup_printf ("sample-%s.pdf", language);
  g_autofree char *pdf = in_tmp (pdf_name);
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaMessageCatalog) messages = NULL;
  g_autofree char *text = NULL;
  const LacunaMeasure *first;
  const char *const headings[] = {
    "Executive summary", "Priority recommendations", "Findings by pillar", "Charts",
  };

  g_remove (path);
  store = lacuna_sample_create (path, catalog, &error);
  g_assert_no_error (error);
  messages = lacuna_message_catalog_open (language, lacuna_paths_get_locale_dir (), &error);
  g_assert_no_error (error);

  g_assert_true (lacuna_report_write_stores (store, NULL, LACUNA_REPORT_INTERNAL, language, pdf, &error));
  g_assert_no_error (error);
  text = extracted_text (pdf, 0);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      const char *translated = lacuna_message_catalog_gettext (messages, headings[i]);

      g_assert_cmpstr (translated, !=, headings[i]);
      if (strstr (text, translated) == NULL)
        g_error ("the %s report lacks “%s” (%s)", language, translated, headings[i]);
      if (strstr (text, headings[i]) != NULL)
        g_error ("the %s report still says “%s”", language, headings[i]);
    }
  /* The framework's content too: the first measure's title, on one line
   * in the annex of answers at least. */
  first = g_ptr_array_index (((LacunaFramework *) g_ptr_array_index (lacuna_catalog_get_frameworks (catalog), 0))->measures, 0);
  {
    const char *title = lacuna_message_catalog_gettext (messages, first->title);
    g_autofree char *start = g_utf8_substring (title, 0, MIN (g_utf8_strlen (title, -1), 12));

    g_assert_cmpstr (title, !=, first->title);
    if (strstr (text, start) == NULL)
      g_error ("the %s report lacks the translated title of %s (“%s…”)", language, first->id, start);
  }
  g_assert_null (strstr (text, "�"));
  assert_no_missing_glyph (pdf);
  assert_declares_language (pdf, language);
}

/* The character maps the fallback rests on. */
static void
test_coverage (void)
{
  g_autofree char *sans_path = g_build_filename (g_getenv ("LACUNA_FONTS_DIR"), "lacuna-sans.ttf", NULL);
  g_autofree char *italic_path = g_build_filename (g_getenv ("LACUNA_FONTS_DIR"), "lacuna-sans-italic.ttf", NULL);
  g_autofree char *cjk_path = g_build_filename (g_getenv ("LACUNA_FONTS_DIR"), "lacuna-cjk.ttf", NULL);
  g_autofree char *not_font = in_tmp ("not-a-font.ttf");
  g_autoptr(LacunaFontCoverage) sans = lacuna_font_coverage_load (sans_path, NULL);
  g_autoptr(LacunaFontCoverage) italic = lacuna_font_coverage_load (italic_path, NULL);
  g_autoptr(LacunaFontCoverage) cjk = lacuna_font_coverage_load (cjk_path, NULL);
  g_autoptr(LacunaFontCoverage) bad = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (sans);
  g_assert_nonnull (italic);
  g_assert_nonnull (cjk);
  g_test_message ("characters: sans %u, italic %u, CJK %u", lacuna_font_coverage_count (sans),
                  lacuna_font_coverage_count (italic), lacuna_font_coverage_count (cjk));
  g_assert_true (lacuna_font_coverage_has (sans, 'A'));
  g_assert_true (lacuna_font_coverage_has (sans, 0x2C7E));   /* Ȿ */
  g_assert_true (lacuna_font_coverage_has (sans, 0x0628));   /* ب */
  g_assert_true (lacuna_font_coverage_has (sans, 0xFEFB));   /* lam-alef */
  g_assert_true (lacuna_font_coverage_has (sans, 0xFFFD));
  g_assert_false (lacuna_font_coverage_has (sans, 0x4E2D));  /* 中 */
  g_assert_false (lacuna_font_coverage_has (italic, 0x0628));
  g_assert_true (lacuna_font_coverage_has (cjk, 0x4E2D));
  g_assert_true (lacuna_font_coverage_has (cjk, 0x3042));    /* あ */
  g_assert_true (lacuna_font_coverage_has (cjk, 0xFF0C));    /* ， */
  g_assert_false (lacuna_font_coverage_has (cjk, 'A'));
  g_assert_false (lacuna_font_coverage_has (cjk, 0x1F600));

  g_assert_true (g_file_set_contents (not_font, "not a font at all, but long enough to have a header", -1, NULL));
  bad = lacuna_font_coverage_load (not_font, &error);
  g_assert_null (bad);
  g_assert_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_FONT);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  directory = g_dir_make_tmp ("lacuna-scripts-XXXXXX", NULL);
  catalog = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/report-scripts/coverage", test_coverage);
  g_test_add_func ("/report-scripts/bidi-order", test_bidi_order);
  g_test_add_func ("/report-scripts/wrap-cjk", test_wrap_cjk);
  g_test_add_func ("/report-scripts/rtl-paragraph", test_rtl_paragraph);
  g_test_add_func ("/report-scripts/team-text", test_team_text);
  g_test_add_func ("/report-scripts/rtl-document", test_rtl_document);
  g_test_add_func ("/report-scripts/missing-characters", test_missing_characters);
  g_test_add_func ("/report-scripts/cjk-size", test_cjk_size);
  g_test_add_func ("/report-scripts/sample-glyphs", test_sample_glyphs);
  g_test_add_data_func ("/report-scripts/translated-sample/fr", "fr", test_translated_sample);
  g_test_add_data_func ("/report-scripts/translated-sample/es", "es", test_translated_sample);
  g_test_add_data_func ("/report-scripts/translated-sample/ru", "ru", test_translated_sample);
  g_test_add_data_func ("/report-scripts/translated-sample/ar", "ar", test_translated_sample);
  g_test_add_data_func ("/report-scripts/translated-sample/zh_CN", "zh_CN", test_translated_sample);
  status = g_test_run ();

  {
    const char *rm[] = { "rm", "-rf", directory, NULL };
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  lacuna_catalog_unref (catalog);
  return status;
}
