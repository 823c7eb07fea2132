/* pdf-writer.c — the layout layer: text flow, pages, headings, tables,
 * contents and bookmarks, over libharu 2.3.0
 *
 * libharu reports errors through a handler; ours records the first one
 * and lets the caller check it (lacuna_pdf_check), rather than jumping
 * over cleanups with longjmp.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <hpdf.h>
#include "i18n-private.h"
#include <glib/gstdio.h>

#include "atomic-file.h"
#include "paths.h"
#include "pdf-bidi.h"
#include "pdf-fonts.h"
#include "pdf-line-breaking.h"
#include "pdf-writer.h"
#include "report.h"

#define MARGIN_LEFT    56.0
#define MARGIN_RIGHT   56.0
#define MARGIN_TOP     70.0
#define MARGIN_BOTTOM  64.0
#define LEADING        1.32

const LacunaPdfColor lacuna_pdf_black = { 0.13, 0.13, 0.13 };
const LacunaPdfColor lacuna_pdf_grey = { 0.42, 0.42, 0.42 };
const LacunaPdfColor lacuna_pdf_accent = { 0.0, 0.33, 0.58 };

typedef struct {
  char   *text;
  guint   level;
  guint   page;
  double  y;
} ContentsEntry;

struct _LacunaPdf {
  HPDF_Doc        doc;
  LacunaPdfFonts *fonts;
  gboolean        rtl;          /* the document runs right to left */
  HPDF_Encoder    utf8;
  GPtrArray    *pages;          /* HPDF_Page */
  double        y;              /* top of the next line, in PDF units */
  guint         contents_first; /* reserved pages for the contents */
  guint         contents_count;
  GArray       *contents;       /* ContentsEntry */
  HPDF_Outline  outline_parents[3];
  HPDF_STATUS   error;
  HPDF_STATUS   error_detail;
};

static void
on_hpdf_error (HPDF_STATUS  error,
               HPDF_STATUS  detail,
               void        *user_data)
{
  LacunaPdf *pdf = user_data;

  if (pdf->error == HPDF_OK)
    {
      pdf->error = error;
      pdf->error_detail = detail;
    }
}

const char *
lacuna_fonts_directory (void)
{
  static gsize initialized = 0;
  static char *installed = NULL;
  const char *override = g_getenv ("LACUNA_FONTS_DIR");

  if (override != NULL && *override != '\0')
    return override;
  if (g_once_init_enter (&initialized))
    {
      installed = g_build_filename (lacuna_paths_get_data_dir (), "fonts", NULL);
      g_once_init_leave (&initialized, 1);
    }
  return installed;
}

gboolean
lacuna_pdf_check (LacunaPdf  *pdf,
                  GError    **error)
{
  if (pdf->error == HPDF_OK)
    return TRUE;
  g_set_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_PDF,
               _("The PDF library failed while laying out the report (error 0x%04X, detail %u). Nothing was written."),
               (unsigned) pdf->error, (unsigned) pdf->error_detail);
  return FALSE;
}

LacunaPdf *
lacuna_pdf_new (const char  *fonts_directory,
                GError     **error)
{
  g_autoptr(LacunaPdf) pdf = g_new0 (LacunaPdf, 1);

  pdf->pages = g_ptr_array_new ();
  pdf->contents = g_array_new (FALSE, TRUE, sizeof (ContentsEntry));
  pdf->doc = HPDF_New (on_hpdf_error, pdf);
  if (pdf->doc == NULL)
    {
      g_set_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_PDF, _("Cannot start a PDF document: out of memory."));
      return NULL;
    }

  /* The order matters (PITFALLS.md): without the current encoder set to
   * UTF-8 first, titles and metadata come out garbled. */
  HPDF_SetCompressionMode (pdf->doc, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings (pdf->doc);
  HPDF_SetCurrentEncoder (pdf->doc, "UTF-8");
  pdf->utf8 = HPDF_GetEncoder (pdf->doc, "UTF-8");
  HPDF_SetPageMode (pdf->doc, HPDF_PAGE_MODE_USE_OUTLINE);

  pdf->fonts = lacuna_pdf_fonts_new (pdf->doc, fonts_directory, error);
  if (pdf->fonts == NULL)
    return NULL;
  return g_steal_pointer (&pdf);
}

void
lacuna_pdf_free (LacunaPdf *pdf)
{
  if (pdf == NULL)
    return;
  lacuna_pdf_fonts_free (pdf->fonts);
  if (pdf->doc != NULL)
    HPDF_Free (pdf->doc);
  for (guint i = 0; i < pdf->contents->len; i++)
    g_free (g_array_index (pdf->contents, ContentsEntry, i).text);
  g_array_unref (pdf->contents);
  g_ptr_array_unref (pdf->pages);
  g_free (pdf);
}

static void
set_date (LacunaPdf    *pdf,
          HPDF_InfoType which,
          GDateTime    *when)
{
  HPDF_Date date = { 0 };

  date.year = g_date_time_get_year (when);
  date.month = g_date_time_get_month (when);
  date.day = g_date_time_get_day_of_month (when);
  date.hour = g_date_time_get_hour (when);
  date.minutes = g_date_time_get_minute (when);
  date.seconds = g_date_time_get_second (when);
  date.ind = 'Z';
  HPDF_SetInfoDateAttr (pdf->doc, which, date);
}

/* With SOURCE_DATE_EPOCH set (reproducible builds' convention), the same
 * assessment gives a byte-identical file. */
void
lacuna_pdf_set_metadata (LacunaPdf  *pdf,
                         const char *title,
                         const char *subject,
                         const char *author,
                         const char *keywords)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) when = NULL;

  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_TITLE, title);
  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_SUBJECT, subject);
  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_AUTHOR, author);
  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_KEYWORDS, keywords);
  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_CREATOR, "Lacuna " PACKAGE_VERSION);

  if (epoch != NULL && *epoch != '\0')
    when = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  else
    when = g_date_time_new_now_utc ();
  set_date (pdf, HPDF_INFO_CREATION_DATE, when);
  set_date (pdf, HPDF_INFO_MOD_DATE, when);
}

static HPDF_Page
page_at (LacunaPdf *pdf,
         guint      index)
{
  return g_ptr_array_index (pdf->pages, index);
}

static HPDF_Page
current_page (LacunaPdf *pdf)
{
  return page_at (pdf, pdf->pages->len - 1);
}

guint
lacuna_pdf_add_page (LacunaPdf *pdf)
{
  HPDF_Page page = HPDF_AddPage (pdf->doc);

  HPDF_Page_SetSize (page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  g_ptr_array_add (pdf->pages, page);
  pdf->y = LACUNA_PDF_PAGE_HEIGHT - MARGIN_TOP;
  return pdf->pages->len - 1;
}

guint
lacuna_pdf_get_page_count (LacunaPdf *pdf)
{
  return pdf->pages->len;
}

double
lacuna_pdf_content_width (LacunaPdf *pdf)
{
  return LACUNA_PDF_PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
}

double
lacuna_pdf_left (LacunaPdf *pdf)
{
  return MARGIN_LEFT;
}

void
lacuna_pdf_set_direction (LacunaPdf          *pdf,
                          LacunaPdfDirection  direction)
{
  pdf->rtl = direction == LACUNA_PDF_RTL;
}

/* For screen readers, the voice to read with; for viewers, the title to
 * show rather than the file name, and in a right-to-left language pages
 * side by side from the right. (libharu has no call for these; the
 * catalogue is its public document structure.) */
void
lacuna_pdf_set_language (LacunaPdf  *pdf,
                         const char *tag)
{
  HPDF_Dict preferences = HPDF_Dict_New (pdf->doc->mmgr);

  HPDF_Dict_Add (pdf->doc->catalog, "Lang", HPDF_String_New (pdf->doc->mmgr, tag, NULL));
  if (preferences == NULL)
    return;
  HPDF_Dict_AddBoolean (preferences, "DisplayDocTitle", HPDF_TRUE);
  if (pdf->rtl)
    HPDF_Dict_AddName (preferences, "Direction", "R2L");
  HPDF_Dict_Add (pdf->doc->catalog, "ViewerPreferences", preferences);
}

gboolean
lacuna_pdf_is_rtl (LacunaPdf *pdf)
{
  return pdf->rtl;
}

/* Page geometry is worked out left to right; in a right-to-left document
 * every box is then reflected about the page's middle. The margins are
 * equal, so the text area maps onto itself. */
double
lacuna_pdf_mirror (LacunaPdf *pdf,
                   double     x,
                   double     width)
{
  return pdf->rtl ? LACUNA_PDF_PAGE_WIDTH - x - width : x;
}

GArray *
lacuna_pdf_get_missing_characters (LacunaPdf *pdf)
{
  return lacuna_pdf_fonts_missing (pdf->fonts);
}

double
lacuna_pdf_get_y (LacunaPdf *pdf)
{
  return pdf->y;
}

static double
remaining (LacunaPdf *pdf)
{
  return pdf->y - MARGIN_BOTTOM;
}

void
lacuna_pdf_skip (LacunaPdf *pdf,
                 double     points)
{
  if (remaining (pdf) < points)
    lacuna_pdf_add_page (pdf);
  else
    pdf->y -= points;
}

void
lacuna_pdf_ensure (LacunaPdf *pdf,
                   double     height)
{
  if (remaining (pdf) < height)
    lacuna_pdf_add_page (pdf);
}

static double *
measure (LacunaPdf     *pdf,
         LacunaPdfFace  face,
         const char    *text,
         const char    *end,
         glong         *n_chars)
{
  return lacuna_pdf_measure_text (pdf->fonts, pdf->rtl, face, text, end, n_chars);
}

double
lacuna_pdf_text_width (LacunaPdf     *pdf,
                       LacunaPdfFace  face,
                       double         size,
                       const char    *text)
{
  glong n = 0;
  g_autofree double *widths = measure (pdf, face, text, text + strlen (text), &n);
  double width = 0;

  for (glong i = 0; i < n; i++)
    width += widths[i];
  return size * width;
}

/* Breaks text into lines no wider than width (in points) at size. A line
 * break in the text starts a new line. */
GPtrArray *
lacuna_pdf_wrap (LacunaPdf     *pdf,
                 LacunaPdfFace  face,
                 double         size,
                 const char    *text,
                 double         width)
{
  return lacuna_pdf_break_lines (pdf->fonts, pdf->rtl, face, text != NULL ? text : "", width / size);
}

void
lacuna_pdf_draw_text (LacunaPdf            *pdf,
                      guint                 page_index,
                      LacunaPdfFace         face,
                      double                size,
                      const LacunaPdfColor *color,
                      double                x,
                      double                baseline,
                      const char           *text)
{
  HPDF_Page page = page_at (pdf, page_index);
  g_autofree gunichar *visual = NULL;
  glong length = 0;

  if (text == NULL || *text == '\0')
    return;
  if (lacuna_bidi_needed (text, -1, pdf->rtl))
    visual = lacuna_bidi_visual_line (text, lacuna_bidi_is_rtl (text, -1, pdf->rtl), &length);
  else
    visual = g_utf8_to_ucs4_fast (text, -1, &length);
  HPDF_Page_SetRGBFill (page, color->r, color->g, color->b);
  lacuna_pdf_fonts_draw (pdf->fonts, page, face, size, x, baseline, visual, length);
}

/* A line of a paragraph or a table cell in [left, right]. A right-to-left
 * document aligns every line right, so that headings, ids and any text
 * not yet translated line up with the rest; a left-to-right one aligns an
 * Arabic paragraph (a team's note) right, where its lines start. */
static void
draw_aligned (LacunaPdf            *pdf,
              guint                 page_index,
              LacunaPdfFace         face,
              double                size,
              const LacunaPdfColor *color,
              double                left,
              double                right,
              double                baseline,
              const char           *line)
{
  if (pdf->rtl || lacuna_bidi_is_rtl (line, -1, pdf->rtl))
    left = right - lacuna_pdf_text_width (pdf, face, size, line);
  lacuna_pdf_draw_text (pdf, page_index, face, size, color, left, baseline, line);
}

void
lacuna_pdf_draw_in (LacunaPdf            *pdf,
                    guint                 page_index,
                    LacunaPdfFace         face,
                    double                size,
                    const LacunaPdfColor *color,
                    double                left,
                    double                right,
                    double                baseline,
                    const char           *text)
{
  if (pdf->rtl)
    left = right - lacuna_pdf_text_width (pdf, face, size, text);
  lacuna_pdf_draw_text (pdf, page_index, face, size, color, left, baseline, text);
}

void
lacuna_pdf_fill_rect (LacunaPdf            *pdf,
                      guint                 page_index,
                      const LacunaPdfColor *color,
                      double                x,
                      double                y,
                      double                width,
                      double                height)
{
  HPDF_Page page = page_at (pdf, page_index);

  if (width <= 0 || height <= 0)
    return;
  HPDF_Page_SetRGBFill (page, color->r, color->g, color->b);
  HPDF_Page_Rectangle (page, x, y, width, height);
  HPDF_Page_Fill (page);
}

void
lacuna_pdf_line (LacunaPdf            *pdf,
                 guint                 page_index,
                 const LacunaPdfColor *color,
                 double                x1,
                 double                y1,
                 double                x2,
                 double                y2,
                 double                width)
{
  HPDF_Page page = page_at (pdf, page_index);

  HPDF_Page_SetRGBStroke (page, color->r, color->g, color->b);
  HPDF_Page_SetLineWidth (page, width);
  HPDF_Page_MoveTo (page, x1, y1);
  HPDF_Page_LineTo (page, x2, y2);
  HPDF_Page_Stroke (page);
}

void
lacuna_pdf_paragraph (LacunaPdf            *pdf,
                      const LacunaPdfStyle *style,
                      const char           *text)
{
  double width = lacuna_pdf_content_width (pdf) - style->indent;
  double line_height = style->size * LEADING;
  g_autoptr(GPtrArray) lines = lacuna_pdf_wrap (pdf, style->face, style->size, text, width);

  /* The indent counts from the side the paragraph is aligned on. */
  for (guint i = 0; i < lines->len; i++)
    {
      lacuna_pdf_ensure (pdf, line_height);
      draw_aligned (pdf, pdf->pages->len - 1, style->face, style->size, &style->color, MARGIN_LEFT + style->indent,
                    LACUNA_PDF_PAGE_WIDTH - MARGIN_RIGHT - style->indent, pdf->y - style->size,
                    g_ptr_array_index (lines, i));
      pdf->y -= line_height;
    }
  pdf->y -= style->space_after;
}

/* Level 1 headings start a page; every heading keeps with the lines that
 * follow it and becomes a bookmark; levels 1 and 2 are listed in the
 * contents. */
void
lacuna_pdf_heading (LacunaPdf  *pdf,
                    guint       level,
                    const char *text)
{
  static const double sizes[] = { 17.0, 12.5, 10.5 };
  double size = sizes[MIN (level, 3) - 1];
  LacunaPdfStyle style = { LACUNA_PDF_BOLD, size, lacuna_pdf_accent, 0, level == 1 ? 10 : 4 };
  ContentsEntry entry = { 0 };
  HPDF_Destination destination;
  HPDF_Outline outline;
  guint depth = MIN (level, 3) - 1;

  if (level == 1)
    lacuna_pdf_add_page (pdf);
  else
    {
      lacuna_pdf_skip (pdf, 8);
      lacuna_pdf_ensure (pdf, size * LEADING * 2 + 40);
    }

  /* The contents list two levels; deeper headings are bookmarks only. */
  if (level <= 2)
    {
      entry.text = g_strdup (text);
      entry.level = level;
      entry.page = pdf->pages->len - 1;
      entry.y = pdf->y + 4;
      g_array_append_val (pdf->contents, entry);
    }

  destination = HPDF_Page_CreateDestination (current_page (pdf));
  HPDF_Destination_SetXYZ (destination, 0, MIN (pdf->y + 14, LACUNA_PDF_PAGE_HEIGHT), 1);
  outline = HPDF_CreateOutline (pdf->doc, depth > 0 ? pdf->outline_parents[depth - 1] : NULL, text, pdf->utf8);
  HPDF_Outline_SetDestination (outline, destination);
  HPDF_Outline_SetOpened (outline, level == 1);
  pdf->outline_parents[depth] = outline;

  lacuna_pdf_paragraph (pdf, &style, text);
}

/* Columns run from the start side of the document. */
static double
column_left (LacunaPdf    *pdf,
             const double *widths,
             guint         column)
{
  double x = MARGIN_LEFT;

  for (guint c = 0; c < column; c++)
    x += widths[c];
  return lacuna_pdf_mirror (pdf, x, widths[column]);
}

static void
draw_table_header (LacunaPdf             *pdf,
                   const LacunaPdfColumn *columns,
                   guint                  n_columns,
                   const double          *widths,
                   double                 font_size,
                   GPtrArray            **header_lines,
                   guint                  header_rows)
{
  static const LacunaPdfColor shade = { 0.90, 0.93, 0.96 };
  double line_height = font_size * LEADING;
  double height = header_rows * line_height + 6;

  lacuna_pdf_ensure (pdf, height + line_height * 2);
  lacuna_pdf_fill_rect (pdf, pdf->pages->len - 1, &shade, MARGIN_LEFT, pdf->y - height,
                        lacuna_pdf_content_width (pdf), height);
  for (guint c = 0; c < n_columns; c++)
    {
      double x = column_left (pdf, widths, c);

      for (guint l = 0; l < header_lines[c]->len; l++)
        draw_aligned (pdf, pdf->pages->len - 1, LACUNA_PDF_BOLD, font_size, &lacuna_pdf_black, x + 3,
                      x + widths[c] - 3, pdf->y - 3 - font_size - l * line_height,
                      g_ptr_array_index (header_lines[c], l));
    }
  pdf->y -= height;
}

/* A table across as many pages as it takes; the header row is repeated on
 * each, and a row too tall for one page continues on the next. */
void
lacuna_pdf_table (LacunaPdf             *pdf,
                  const LacunaPdfColumn *columns,
                  guint                  n_columns,
                  GPtrArray             *rows,
                  double                 font_size)
{
  static const LacunaPdfColor rule = { 0.80, 0.82, 0.85 };
  const double padding = 3.0, accent_width = 3.0;
  double line_height = font_size * LEADING;
  g_autofree double *widths = g_new0 (double, n_columns);
  g_autofree GPtrArray **header_lines = g_new0 (GPtrArray *, n_columns);
  double total_weight = 0;
  guint header_rows = 1;

  for (guint c = 0; c < n_columns; c++)
    total_weight += columns[c].weight;
  for (guint c = 0; c < n_columns; c++)
    {
      widths[c] = lacuna_pdf_content_width (pdf) * columns[c].weight / total_weight;
      header_lines[c] = lacuna_pdf_wrap (pdf, LACUNA_PDF_BOLD, font_size, columns[c].title, widths[c] - 2 * padding);
      header_rows = MAX (header_rows, header_lines[c]->len);
    }
  draw_table_header (pdf, columns, n_columns, widths, font_size, header_lines, header_rows);

  for (guint r = 0; r < rows->len; r++)
    {
      LacunaPdfRow *row = g_ptr_array_index (rows, r);
      g_autofree GPtrArray **cells = g_new0 (GPtrArray *, n_columns);
      guint n_lines = 1, first = 0;

      for (guint c = 0; c < n_columns; c++)
        {
          double inset = c == 0 && row->has_accent ? accent_width + 2 : 0;
          cells[c] = lacuna_pdf_wrap (pdf, LACUNA_PDF_REGULAR, font_size, row->cells[c],
                                      widths[c] - 2 * padding - inset);
          n_lines = MAX (n_lines, cells[c]->len);
        }

      /* A row that fits on a fresh page is not split. */
      if (n_lines * line_height + 2 * padding > remaining (pdf) &&
          n_lines * line_height + 2 * padding <= LACUNA_PDF_PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 40)
        {
          lacuna_pdf_add_page (pdf);
          draw_table_header (pdf, columns, n_columns, widths, font_size, header_lines, header_rows);
        }

      while (first < n_lines)
        {
          guint fit = (guint) floor ((remaining (pdf) - 2 * padding) / line_height);
          guint count;
          double height;

          if (fit == 0)
            {
              lacuna_pdf_add_page (pdf);
              draw_table_header (pdf, columns, n_columns, widths, font_size, header_lines, header_rows);
              continue;
            }
          count = MIN (fit, n_lines - first);
          height = count * line_height + 2 * padding;
          /* The accent bar is at the row's start: the right in a
           * right-to-left document. */
          if (row->has_accent)
            lacuna_pdf_fill_rect (pdf, pdf->pages->len - 1, &row->accent, lacuna_pdf_mirror (pdf, MARGIN_LEFT, accent_width),
                                  pdf->y - height, accent_width, height);
          for (guint c = 0; c < n_columns; c++)
            {
              double inset = c == 0 && row->has_accent ? accent_width + 2 : 0;
              double x = column_left (pdf, widths, c);
              double left = x + padding + (pdf->rtl ? 0 : inset);
              double right = x + widths[c] - padding - (pdf->rtl ? inset : 0);

              for (guint l = first; l < first + count && l < cells[c]->len; l++)
                draw_aligned (pdf, pdf->pages->len - 1, LACUNA_PDF_REGULAR, font_size, &lacuna_pdf_black, left, right,
                              pdf->y - padding - font_size - (l - first) * line_height,
                              g_ptr_array_index (cells[c], l));
            }
          pdf->y -= height;
          lacuna_pdf_line (pdf, pdf->pages->len - 1, &rule, MARGIN_LEFT, pdf->y,
                           MARGIN_LEFT + lacuna_pdf_content_width (pdf), pdf->y, 0.4);
          first += count;
          if (first < n_lines)
            {
              lacuna_pdf_add_page (pdf);
              draw_table_header (pdf, columns, n_columns, widths, font_size, header_lines, header_rows);
            }
        }
      for (guint c = 0; c < n_columns; c++)
        g_ptr_array_unref (cells[c]);
    }
  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_unref (header_lines[c]);
  pdf->y -= 6;
}

void
lacuna_pdf_row_free (LacunaPdfRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->cells);
  g_free (row);
}

#define CONTENTS_LINES_PER_PAGE 40

guint
lacuna_pdf_contents_pages_needed (guint n_entries)
{
  return MAX (1, (n_entries + CONTENTS_LINES_PER_PAGE - 1) / CONTENTS_LINES_PER_PAGE);
}

void
lacuna_pdf_reserve_contents (LacunaPdf *pdf,
                             guint      n_pages)
{
  pdf->contents_first = pdf->pages->len;
  pdf->contents_count = n_pages;
  for (guint i = 0; i < n_pages; i++)
    lacuna_pdf_add_page (pdf);
}

static void
draw_contents (LacunaPdf  *pdf,
               const char *title)
{
  const double size = 10.0, line_height = 17.0;
  guint page = pdf->contents_first, on_page = 0;
  double y = LACUNA_PDF_PAGE_HEIGHT - MARGIN_TOP;

  if (pdf->contents_count == 0)
    return;
  lacuna_pdf_draw_in (pdf, page, LACUNA_PDF_BOLD, 17.0, &lacuna_pdf_accent, MARGIN_LEFT,
                      LACUNA_PDF_PAGE_WIDTH - MARGIN_RIGHT, y - 17, title);
  y -= 40;

  for (guint i = 0; i < pdf->contents->len; i++)
    {
      ContentsEntry *entry = &g_array_index (pdf->contents, ContentsEntry, i);
      double indent = (entry->level - 1) * 16.0;
      LacunaPdfFace face = entry->level == 1 ? LACUNA_PDF_BOLD : LACUNA_PDF_REGULAR;
      g_autofree char *number = g_strdup_printf ("%u", entry->page + 1);
      double number_width = lacuna_pdf_text_width (pdf, face, size, number);
      double right = LACUNA_PDF_PAGE_WIDTH - MARGIN_RIGHT;
      g_autoptr(GPtrArray) lines = lacuna_pdf_wrap (pdf, face, size, entry->text,
                                                    right - MARGIN_LEFT - indent - number_width - 24);
      double title_width = right - MARGIN_LEFT - indent;
      double title_left = lacuna_pdf_mirror (pdf, MARGIN_LEFT + indent, title_width);
      HPDF_Destination destination;
      HPDF_Annotation link;
      HPDF_Rect area;

      if (on_page >= CONTENTS_LINES_PER_PAGE)
        {
          if (page + 1 >= pdf->contents_first + pdf->contents_count)
            break;
          page++;
          on_page = 0;
          y = LACUNA_PDF_PAGE_HEIGHT - MARGIN_TOP;
        }
      /* Titles at the start side, indented from it; page numbers at the
       * other. */
      lacuna_pdf_draw_in (pdf, page, face, size, &lacuna_pdf_black, title_left, title_left + title_width, y - size,
                          g_ptr_array_index (lines, 0));
      lacuna_pdf_draw_text (pdf, page, face, size, &lacuna_pdf_black, lacuna_pdf_mirror (pdf, right - number_width, number_width),
                            y - size, number);

      /* The whole line leads to the section. */
      destination = HPDF_Page_CreateDestination (page_at (pdf, entry->page));
      HPDF_Destination_SetXYZ (destination, 0, MIN (entry->y + 10, LACUNA_PDF_PAGE_HEIGHT), 1);
      area.left = title_left;
      area.right = title_left + title_width;
      area.bottom = y - line_height + 4;
      area.top = y + 2;
      link = HPDF_Page_CreateLinkAnnot (page_at (pdf, page), area, destination);
      HPDF_LinkAnnot_SetBorderStyle (link, 0, 0, 0);
      y -= line_height;
      on_page++;
    }
}

/* The longest start of text that fits in width, with "…" if cut. */
char *
lacuna_pdf_ellipsize (LacunaPdf     *pdf,
                      LacunaPdfFace  face,
                      double         size,
                      const char    *text,
                      double         width)
{
  double ellipsis = lacuna_pdf_text_width (pdf, face, size, "…");
  double used = 0;
  glong n = 0, i = 0;
  g_autofree double *widths = NULL;

  if (lacuna_pdf_text_width (pdf, face, size, text) <= width)
    return g_strdup (text);
  widths = measure (pdf, face, text, text + strlen (text), &n);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      used += size * widths[i];
      if (used + ellipsis > width)
        {
          g_autofree char *start = g_strndup (text, p - text);
          return g_strconcat (g_strchomp (start), "…", NULL);
        }
    }
  return g_strdup (text);
}

/* Running header (and the edition, on the right) and "Page X of Y" on
 * every page but the cover, and the contents, now that every section's
 * page is known. */
void
lacuna_pdf_finish (LacunaPdf  *pdf,
                   const char *contents_title,
                   const char *running_header,
                   const char *edition)
{
  guint total = pdf->pages->len;
  double edition_width = lacuna_pdf_text_width (pdf, LACUNA_PDF_BOLD, 7.5, edition);
  g_autofree char *header = lacuna_pdf_ellipsize (pdf, LACUNA_PDF_REGULAR, 7.5, running_header,
                                                  lacuna_pdf_content_width (pdf) - edition_width - 16);

  draw_contents (pdf, contents_title);
  for (guint i = 1; i < total; i++)
    {
      g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), i + 1, total);
      double footer_width = lacuna_pdf_text_width (pdf, LACUNA_PDF_REGULAR, 8, footer);

      /* The running header at the start side, the edition at the end. */
      lacuna_pdf_draw_in (pdf, i, LACUNA_PDF_REGULAR, 7.5, &lacuna_pdf_grey, MARGIN_LEFT,
                          LACUNA_PDF_PAGE_WIDTH - MARGIN_RIGHT, LACUNA_PDF_PAGE_HEIGHT - 40, header);
      lacuna_pdf_draw_text (pdf, i, LACUNA_PDF_BOLD, 7.5, &lacuna_pdf_grey,
                            lacuna_pdf_mirror (pdf, LACUNA_PDF_PAGE_WIDTH - MARGIN_RIGHT - edition_width, edition_width),
                            LACUNA_PDF_PAGE_HEIGHT - 40, edition);
      lacuna_pdf_line (pdf, i, &lacuna_pdf_grey, MARGIN_LEFT, LACUNA_PDF_PAGE_HEIGHT - 46,
                       LACUNA_PDF_PAGE_WIDTH - MARGIN_RIGHT, LACUNA_PDF_PAGE_HEIGHT - 46, 0.3);
      lacuna_pdf_draw_text (pdf, i, LACUNA_PDF_REGULAR, 8, &lacuna_pdf_grey,
                            (LACUNA_PDF_PAGE_WIDTH - footer_width) / 2, 36, footer);
    }
}

gboolean
lacuna_pdf_save (LacunaPdf   *pdf,
                 const char  *path,
                 GError     **error)
{
  g_autofree HPDF_BYTE *bytes = NULL;
  HPDF_UINT32 size, read;
  HPDF_STATUS status;

  if (!lacuna_pdf_check (pdf, error))
    return FALSE;
  /* The document is made in memory and written in one checked piece:
   * libharu does not check the writes of a file it saves itself (the last
   * of them happens when it closes the file), so a full disk could leave
   * a report cut short that looked complete. */
  if (HPDF_SaveToStream (pdf->doc) != HPDF_OK || pdf->error != HPDF_OK)
    {
      g_set_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_PDF,
                   _("The report could not be assembled (error 0x%04X). Nothing was written."), (unsigned) pdf->error);
      return FALSE;
    }
  size = HPDF_GetStreamSize (pdf->doc);
  bytes = g_malloc (MAX (size, 1));
  read = size;
  status = size > 0 ? HPDF_ReadFromStream (pdf->doc, bytes, &read) : HPDF_STREAM_EOF;
  if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || read != size || size == 0)
    {
      g_set_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_PDF,
                   _("The report could not be assembled (error 0x%04X). Nothing was written."), (unsigned) status);
      return FALSE;
    }
  return lacuna_atomic_file_write (path, bytes, size, TRUE, error);
}
