/* pdf-line-breaking.c — text measured as it is drawn, broken into lines
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pdf-bidi.h"
#include "pdf-line-breaking.h"

/* Advance widths (at size 1) of the characters from text to end as they
 * are drawn: shaped when the text needs FriBidi, so that Arabic is measured
 * in its joined forms, and nothing for the marks that are never drawn. */
double *
lacuna_pdf_measure_text (LacunaPdfFonts *fonts,
                         gboolean        document_rtl,
                         LacunaPdfFace   face,
                         const char     *text,
                         const char     *end,
                         glong          *n_chars)
{
  glong n = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, end - text, &n);
  double *widths = g_new (double, MAX (n, 1));

  if (lacuna_bidi_needed (text, end - text, document_rtl))
    {
      g_autofree gunichar *shaped = lacuna_bidi_shape (chars, n, lacuna_bidi_is_rtl (text, end - text, document_rtl));

      for (glong i = 0; i < n; i++)
        widths[i] = lacuna_bidi_is_invisible (shaped[i]) ? 0 : lacuna_pdf_fonts_width (fonts, face, shaped[i]);
    }
  else
    for (glong i = 0; i < n; i++)
      widths[i] = lacuna_pdf_fonts_width (fonts, face, chars[i]);
  *n_chars = n;
  return widths;
}

static gboolean
is_ideographic (GUnicodeBreakType type)
{
  return type == G_UNICODE_BREAK_IDEOGRAPHIC || type == G_UNICODE_BREAK_HANGUL_L_JAMO ||
         type == G_UNICODE_BREAK_HANGUL_V_JAMO || type == G_UNICODE_BREAK_HANGUL_T_JAMO ||
         type == G_UNICODE_BREAK_HANGUL_LV_SYLLABLE || type == G_UNICODE_BREAK_HANGUL_LVT_SYLLABLE ||
         type == G_UNICODE_BREAK_CONDITIONAL_JAPANESE_STARTER;
}

/* Whether a line may end between before and after: a simplified reading
 * of the Unicode line-breaking rules (UAX #14), enough for the scripts of
 * the UN languages: after spaces and hyphens, and between ideographs. */
static gboolean
may_break_between (gunichar before,
                   gunichar after)
{
  GUnicodeBreakType a = g_unichar_break_type (before);
  GUnicodeBreakType b = g_unichar_break_type (after);

  if (b == G_UNICODE_BREAK_SPACE || b == G_UNICODE_BREAK_CLOSE_PUNCTUATION ||
      b == G_UNICODE_BREAK_CLOSE_PARANTHESIS || b == G_UNICODE_BREAK_EXCLAMATION ||
      b == G_UNICODE_BREAK_INFIX_SEPARATOR || b == G_UNICODE_BREAK_NON_STARTER ||
      b == G_UNICODE_BREAK_COMBINING_MARK || b == G_UNICODE_BREAK_ZERO_WIDTH_JOINER ||
      a == G_UNICODE_BREAK_OPEN_PUNCTUATION || a == G_UNICODE_BREAK_NON_BREAKING_GLUE ||
      b == G_UNICODE_BREAK_NON_BREAKING_GLUE)
    return FALSE;
  if (a == G_UNICODE_BREAK_SPACE || a == G_UNICODE_BREAK_ZERO_WIDTH_SPACE || a == G_UNICODE_BREAK_AFTER ||
      a == G_UNICODE_BREAK_HYPHEN || b == G_UNICODE_BREAK_BEFORE)
    return TRUE;
  return is_ideographic (a) || is_ideographic (b);
}

/* A line keeps the direction of its paragraph: where the line alone
 * would be taken the other way (an Arabic paragraph's line holding only a
 * Latin id, say), it starts with a mark that says which way it runs. */
static void
add_line (gboolean    document_rtl,
          GPtrArray  *lines,
          const char *start,
          const char *end,
          gboolean    rtl)
{
  /* Spaces at a line's end take no room and are not drawn. */
  while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  if (lacuna_bidi_is_rtl (start, end - start, document_rtl) == rtl)
    g_ptr_array_add (lines, g_strndup (start, end - start));
  else
    g_ptr_array_add (lines, g_strdup_printf ("%s%.*s", rtl ? "\u200F" : "\u200E", (int) (end - start), start));
}

/* Lines are broken in logical order, measured as drawn. */
static void
wrap_paragraph (LacunaPdfFonts *fonts,
                gboolean        document_rtl,
                LacunaPdfFace   face,
                const char    *start,
                const char    *end,
                double         max_width,
                GPtrArray     *lines)
{
  glong n = 0, i = 0, line_index = 0, break_index = 0;
  g_autofree double *widths = lacuna_pdf_measure_text (fonts, document_rtl, face, start, end, &n);
  gboolean rtl = lacuna_bidi_is_rtl (start, end - start, document_rtl);
  const char *line_start = start, *last_break = NULL;
  double width = 0;
  gunichar previous = 0;

  for (const char *p = start; p < end; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      double w = widths[i];

      if (p > line_start && may_break_between (previous, c))
        {
          last_break = p;
          break_index = i;
        }

      if (width + w > max_width && p > line_start && c != ' ')
        {
          if (last_break != NULL && last_break > line_start)
            {
              add_line (document_rtl, lines, line_start, last_break, rtl);
              line_start = last_break;
              line_index = break_index;
            }
          else
            {
              /* A word longer than the line (a long link, say) is cut
               * where the space runs out. */
              add_line (document_rtl, lines, line_start, p, rtl);
              line_start = p;
              line_index = i;
            }
          while (line_start < end && *line_start == ' ')
            {
              line_start++;
              line_index++;
            }
          last_break = NULL;
          width = 0;
          for (glong j = line_index; j < i; j++)
            width += widths[j];
        }
      width += w;
      previous = c;
    }
  if (line_start < end || lines->len == 0 || line_start == start)
    add_line (document_rtl, lines, line_start, end, rtl);
}

GPtrArray *
lacuna_pdf_break_lines (LacunaPdfFonts *fonts,
                        gboolean        document_rtl,
                        LacunaPdfFace   face,
                        const char     *text,
                        double          max_width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (;;)
    {
      const char *newline = strchr (start, '\n');
      const char *end = newline != NULL ? newline : start + strlen (start);
      const char *trimmed_end = end > start && end[-1] == '\r' ? end - 1 : end;

      wrap_paragraph (fonts, document_rtl, face, start, trimmed_end, max_width, lines);
      if (newline == NULL)
        break;
      start = newline + 1;
    }
  return lines;
}
