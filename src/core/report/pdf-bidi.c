/* pdf-bidi.c — right-to-left text for libharu: direction, Arabic shaping
 * and visual order, through FriBidi
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <fribidi.h>

#include "pdf-bidi.h"

#define LRM 0x200E
#define RLM 0x200F
#define ALM 0x061C

gboolean
lacuna_bidi_is_invisible (gunichar c)
{
  FriBidiCharType type;

  if (c == LRM || c == RLM || c == ALM)
    return TRUE;
  type = fribidi_get_bidi_type (c);
  /* Boundary neutrals (joiners, U+FEFF) and the explicit embeddings,
   * overrides and isolates; not the soft hyphen, which fonts draw. */
  return c != 0x00AD && (FRIBIDI_IS_EXPLICIT_OR_BN (type) || FRIBIDI_IS_ISOLATE (type));
}

gboolean
lacuna_bidi_needed (const char *text,
                    gssize      length,
                    gboolean    document_rtl)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;

  if (document_rtl)
    return TRUE;
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      FriBidiCharType type;

      /* Everything below Hebrew is left to right or neutral. */
      if (c < 0x0590)
        continue;
      type = fribidi_get_bidi_type (c);
      if (FRIBIDI_IS_RTL (type) || FRIBIDI_IS_EXPLICIT (type) || FRIBIDI_IS_ISOLATE (type) || c == LRM || c == RLM ||
          c == ALM)
        return TRUE;
    }
  return FALSE;
}

gboolean
lacuna_bidi_is_rtl (const char *text,
                    gssize      length,
                    gboolean    document_rtl)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  int first = 0;   /* 1 left to right, -1 right to left */

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      FriBidiCharType type = fribidi_get_bidi_type (g_utf8_get_char (p));

      if (!FRIBIDI_IS_STRONG (type) || !FRIBIDI_IS_LETTER (type))
        continue;
      if (FRIBIDI_IS_RTL (type))
        {
          if (document_rtl || first == 0)
            return TRUE;
        }
      else if (first == 0)
        {
          first = 1;
          if (!document_rtl)
            return FALSE;
        }
    }
  return first == 0 ? document_rtl : FALSE;
}

/* Types, levels and joining of a paragraph, which shaping and reordering
 * both need. */
typedef struct {
  glong              length;
  FriBidiCharType   *types;
  FriBidiLevel      *levels;
  FriBidiArabicProp *joining;
  FriBidiParType     base;
} Analysis;

static void
analyse (const gunichar *text,
         glong           length,
         gboolean        rtl,
         Analysis       *analysis)
{
  g_autofree FriBidiBracketType *brackets = g_new (FriBidiBracketType, MAX (length, 1));

  analysis->length = length;
  analysis->types = g_new (FriBidiCharType, MAX (length, 1));
  analysis->levels = g_new0 (FriBidiLevel, MAX (length, 1));
  analysis->joining = g_new (FriBidiArabicProp, MAX (length, 1));
  analysis->base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
  fribidi_get_bidi_types (text, length, analysis->types);
  fribidi_get_bracket_types (text, length, analysis->types, brackets);
  if (fribidi_get_par_embedding_levels_ex (analysis->types, brackets, length, &analysis->base,
                                           analysis->levels) == 0)
    {
      /* Only on allocation failure inside FriBidi: keep logical order. */
      for (glong i = 0; i < length; i++)
        analysis->levels[i] = rtl ? 1 : 0;
    }
  fribidi_get_joining_types (text, length, analysis->joining);
  fribidi_join_arabic (analysis->types, length, analysis->levels, analysis->joining);
}

static void
analysis_clear (Analysis *analysis)
{
  g_free (analysis->types);
  g_free (analysis->levels);
  g_free (analysis->joining);
}

gunichar *
lacuna_bidi_shape (const gunichar *text,
                   glong           length,
                   gboolean        rtl)
{
  gunichar *shaped = g_memdup2 (text, sizeof (gunichar) * MAX (length, 1));
  Analysis analysis;

  analyse (text, length, rtl, &analysis);
  fribidi_shape (FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, analysis.levels, length, analysis.joining, shaped);
  analysis_clear (&analysis);
  return shaped;
}

gunichar *
lacuna_bidi_visual_line (const char *line,
                         gboolean    rtl,
                         glong      *length)
{
  glong n = 0, kept = 0;
  g_autofree gunichar *text = g_utf8_to_ucs4_fast (line, -1, &n);
  gunichar *visual = g_memdup2 (text, sizeof (gunichar) * (n + 1));
  Analysis analysis;

  analyse (text, n, rtl, &analysis);
  fribidi_shape (FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, analysis.levels, n, analysis.joining, visual);
  /* It fails only when out of memory; the line then stays in logical
   * order rather than being lost. */
  if (fribidi_reorder_line (FRIBIDI_FLAGS_DEFAULT, analysis.types, n, 0, analysis.base, analysis.levels, visual,
                            NULL) == 0)
    g_debug ("FriBidi could not reorder a line of %ld characters", n);
  analysis_clear (&analysis);

  for (glong i = 0; i < n; i++)
    if (!lacuna_bidi_is_invisible (visual[i]))
      visual[kept++] = visual[i];
  visual[kept] = 0;
  *length = kept;
  return visual;
}
