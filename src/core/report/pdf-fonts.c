/* pdf-fonts.c — the faces a report is drawn with, which face draws each
 * character, and how wide it is
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pdf-bidi.h"
#include "pdf-font-coverage.h"
#include "pdf-fonts.h"
#include "pdf-to-unicode.h"
#include "report.h"

/* Widths of the first code points are cached in arrays; the rest in a
 * hash table. Covers Latin, Greek, Cyrillic, Arabic and punctuation. */
#define WIDTH_CACHE  0x2100
#define REPLACEMENT  0xFFFD

typedef enum {
  SANS,
  SANS_BOLD,
  SANS_ITALIC,
  CJK,
  N_SOURCES
} Source;

/* What draws a character: a face, or nothing at all. */
#define DRAW_NOTHING (-1)

static const char *const source_files[N_SOURCES] = {
  "lacuna-sans.ttf", "lacuna-sans-bold.ttf", "lacuna-sans-italic.ttf", "lacuna-cjk.ttf",
};

/* The faces of each style, in the order they are tried. */
static const Source chains[LACUNA_PDF_N_FACES][4] = {
  [LACUNA_PDF_REGULAR] = { SANS, CJK, N_SOURCES },
  [LACUNA_PDF_BOLD] = { SANS_BOLD, CJK, N_SOURCES },
  [LACUNA_PDF_ITALIC] = { SANS_ITALIC, SANS, CJK, N_SOURCES },
};

typedef struct {
  char               *path;
  LacunaFontCoverage *coverage;
  HPDF_Font           font;       /* NULL until first needed */
  float              *widths;
  GHashTable         *wide_widths;
} FontSource;

struct _LacunaPdfFonts {
  HPDF_Doc    doc;
  FontSource  sources[N_SOURCES];
  GHashTable *missing;
};

static gboolean
load_source (LacunaPdfFonts  *fonts,
             FontSource      *source,
             GError         **error)
{
  const char *name;

  if (source->font != NULL)
    return TRUE;
  name = HPDF_LoadTTFontFromFile (fonts->doc, source->path, HPDF_TRUE);
  source->font = name != NULL ? HPDF_GetFont (fonts->doc, name, "UTF-8") : NULL;
  if (source->font == NULL || HPDF_GetError (fonts->doc) != HPDF_OK ||
      !lacuna_pdf_font_fix_to_unicode (source->font))
    {
      g_set_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_FONT,
                   _("The report font %s cannot be used (error 0x%04X); it must be a TrueType font."), source->path,
                   (unsigned) HPDF_GetError (fonts->doc));
      source->font = NULL;
      return FALSE;
    }
  return TRUE;
}

LacunaPdfFonts *
lacuna_pdf_fonts_new (HPDF_Doc     doc,
                      const char  *directory,
                      GError     **error)
{
  g_autoptr(LacunaPdfFonts) fonts = g_new0 (LacunaPdfFonts, 1);

  fonts->doc = doc;
  fonts->missing = g_hash_table_new (NULL, NULL);
  for (guint s = 0; s < N_SOURCES; s++)
    {
      FontSource *source = &fonts->sources[s];

      source->path = g_build_filename (directory, source_files[s], NULL);
      source->widths = g_new (float, WIDTH_CACHE);
      for (guint i = 0; i < WIDTH_CACHE; i++)
        source->widths[i] = -1.0f;
      source->wide_widths = g_hash_table_new (NULL, NULL);
      if (!g_file_test (source->path, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_FONT,
                       _("The report font %s is missing. Reinstall Lacuna, or set LACUNA_FONTS_DIR to the folder holding its fonts."),
                       source->path);
          return NULL;
        }
      /* The Latin faces are loaded in the same order as ever, so that a
       * report without other scripts is the same file as before. */
      if (s != CJK && !load_source (fonts, source, error))
        return NULL;
      source->coverage = lacuna_font_coverage_load (source->path, error);
      if (source->coverage == NULL)
        return NULL;
    }
  return g_steal_pointer (&fonts);
}

void
lacuna_pdf_fonts_free (LacunaPdfFonts *fonts)
{
  if (fonts == NULL)
    return;
  for (guint s = 0; s < N_SOURCES; s++)
    {
      g_free (fonts->sources[s].path);
      g_free (fonts->sources[s].widths);
      if (fonts->sources[s].wide_widths != NULL)
        g_hash_table_unref (fonts->sources[s].wide_widths);
      lacuna_font_coverage_free (fonts->sources[s].coverage);
    }
  g_hash_table_unref (fonts->missing);
  g_free (fonts);
}

/* The face that draws c in the style face, or DRAW_NOTHING for control
 * and zero-width characters no face has; *c becomes U+FFFD (drawn by the
 * style's first face) for anything else no face has. */
/* Characters some faces lack, with one that looks the same: the CJK face
 * has the double angle brackets of Chinese book titles but not the single
 * ones nested inside them, which DejaVu draws as mathematical brackets. */
static gunichar
look_alike (gunichar c)
{
  switch (c)
    {
    case 0x3008: return 0x27E8;   /* 〈 LEFT ANGLE BRACKET */
    case 0x3009: return 0x27E9;   /* 〉 RIGHT ANGLE BRACKET */
    default:     return 0;
    }
}

static int
choose (LacunaPdfFonts *fonts,
        LacunaPdfFace   face,
        gunichar       *c)
{
  gunichar alike;

  for (guint i = 0; chains[face][i] != N_SOURCES; i++)
    if (lacuna_font_coverage_has (fonts->sources[chains[face][i]].coverage, *c))
      return chains[face][i];
  alike = look_alike (*c);
  if (alike != 0)
    for (guint i = 0; chains[face][i] != N_SOURCES; i++)
      if (lacuna_font_coverage_has (fonts->sources[chains[face][i]].coverage, alike))
        {
          *c = alike;
          return chains[face][i];
        }
  if (*c == '\t')
    {
      *c = ' ';
      return chains[face][0];
    }
  if (g_unichar_iscntrl (*c) || g_unichar_iszerowidth (*c) || lacuna_bidi_is_invisible (*c))
    return DRAW_NOTHING;
  *c = REPLACEMENT;
  return chains[face][0];
}

static double
source_width (LacunaPdfFonts *fonts,
              Source          s,
              gunichar        c)
{
  FontSource *source = &fonts->sources[s];
  char bytes[8];
  int length;
  HPDF_TextWidth measured;
  double width;

  if (c < WIDTH_CACHE && source->widths[c] >= 0)
    return source->widths[c];
  if (c >= WIDTH_CACHE)
    {
      gpointer cached = g_hash_table_lookup (source->wide_widths, GUINT_TO_POINTER (c));
      if (cached != NULL)
        return (GPOINTER_TO_UINT (cached) - 1) / 1000.0;
    }
  /* A face that cannot be loaded has been reported through the document's
   * error, which fails the report; measure nothing meanwhile. */
  if (!load_source (fonts, source, NULL))
    return 0;

  length = g_unichar_to_utf8 (c, bytes);
  measured = HPDF_Font_TextWidth (source->font, (const HPDF_BYTE *) bytes, length);
  width = measured.width / 1000.0;
  if (c < WIDTH_CACHE)
    source->widths[c] = (float) width;
  else
    g_hash_table_insert (source->wide_widths, GUINT_TO_POINTER (c), GUINT_TO_POINTER (measured.width + 1));
  return width;
}

double
lacuna_pdf_fonts_width (LacunaPdfFonts *fonts,
                        LacunaPdfFace   face,
                        gunichar        c)
{
  int source = choose (fonts, face, &c);

  return source == DRAW_NOTHING ? 0 : source_width (fonts, source, c);
}

/* The CJK face has no bold: in a bold style its glyphs are stroked as
 * well as filled, in the fill colour, which thickens them. */
static void
draw_run (LacunaPdfFonts *fonts,
          HPDF_Page       page,
          LacunaPdfFace   face,
          Source          source,
          double          size,
          double          x,
          double          baseline,
          GString        *run)
{
  gboolean embolden = face == LACUNA_PDF_BOLD && source == CJK;

  if (run->len == 0 || !load_source (fonts, &fonts->sources[source], NULL))
    return;
  if (embolden)
    {
      HPDF_RGBColor fill = HPDF_Page_GetRGBFill (page);

      HPDF_Page_SetRGBStroke (page, fill.r, fill.g, fill.b);
      HPDF_Page_SetLineWidth (page, size * 0.03);
    }
  HPDF_Page_BeginText (page);
  if (embolden)
    HPDF_Page_SetTextRenderingMode (page, HPDF_FILL_THEN_STROKE);
  HPDF_Page_SetFontAndSize (page, fonts->sources[source].font, size);
  HPDF_Page_TextOut (page, x, baseline, run->str);
  if (embolden)
    HPDF_Page_SetTextRenderingMode (page, HPDF_FILL);
  HPDF_Page_EndText (page);
}

double
lacuna_pdf_fonts_draw (LacunaPdfFonts *fonts,
                       HPDF_Page       page,
                       LacunaPdfFace   face,
                       double          size,
                       double          x,
                       double          baseline,
                       const gunichar *text,
                       glong           length)
{
  g_autoptr(GString) run = g_string_new (NULL);
  int run_source = DRAW_NOTHING;
  double run_x = x, run_width = 0;

  for (glong i = 0; i < length; i++)
    {
      gunichar c = text[i];
      int source = choose (fonts, face, &c);

      if (source == DRAW_NOTHING)
        continue;
      if (c == REPLACEMENT && text[i] != REPLACEMENT)
        g_hash_table_add (fonts->missing, GUINT_TO_POINTER (text[i]));
      if (source != run_source)
        {
          draw_run (fonts, page, face, run_source, size, run_x, baseline, run);
          run_x += run_width;
          run_width = 0;
          g_string_truncate (run, 0);
          run_source = source;
        }
      g_string_append_unichar (run, c);
      run_width += size * source_width (fonts, source, c);
    }
  if (run_source != DRAW_NOTHING)
    draw_run (fonts, page, face, run_source, size, run_x, baseline, run);
  return run_x + run_width - x;
}

static int
compare_code_points (gconstpointer a,
                     gconstpointer b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return x < y ? -1 : x > y;
}

GArray *
lacuna_pdf_fonts_missing (LacunaPdfFonts *fonts)
{
  GArray *missing = g_array_new (FALSE, FALSE, sizeof (gunichar));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, fonts->missing);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gunichar c = GPOINTER_TO_UINT (key);
      g_array_append_val (missing, c);
    }
  g_array_sort (missing, compare_code_points);
  return missing;
}
