/* pdf-fonts.h — the faces a report is drawn with, which face draws each
 * character, and how wide it is
 *
 * Each style (regular, bold, italic) is a list of faces tried in order:
 * DejaVu Sans for Latin, Greek, Cyrillic and Arabic, then the CJK face.
 * The oblique DejaVu has no Arabic, so italic falls back to the regular
 * face first. A character no face covers is drawn as U+FFFD and recorded,
 * never as a face's invisible .notdef glyph.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <hpdf.h>

#include "pdf-writer.h"

G_BEGIN_DECLS

typedef struct _LacunaPdfFonts LacunaPdfFonts;

/* Loads the Latin faces into doc and reads every face's coverage; the CJK
 * face is loaded into doc only once a character needs it, so a document
 * without one neither carries nor waits for it. */
LacunaPdfFonts *lacuna_pdf_fonts_new      (HPDF_Doc         doc,
                                           const char      *directory,
                                           GError         **error);
void            lacuna_pdf_fonts_free     (LacunaPdfFonts  *fonts);

/* The advance of c in face's style, in ems, whichever face draws it. */
double          lacuna_pdf_fonts_width    (LacunaPdfFonts  *fonts,
                                           LacunaPdfFace    face,
                                           gunichar         c);

/* Draws text (visual order, already shaped) from x on, one text object per
 * run of characters that share a face. Returns the width drawn. */
double          lacuna_pdf_fonts_draw     (LacunaPdfFonts  *fonts,
                                           HPDF_Page        page,
                                           LacunaPdfFace    face,
                                           double           size,
                                           double           x,
                                           double           baseline,
                                           const gunichar  *text,
                                           glong            length);

/* The characters drawn as U+FFFD so far, in code point order. */
GArray         *lacuna_pdf_fonts_missing  (LacunaPdfFonts  *fonts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaPdfFonts, lacuna_pdf_fonts_free)

G_END_DECLS
