/* pdf-line-breaking.h — text measured as it is drawn, broken into lines
 *
 * Widths are those of the glyphs drawn: Arabic in its joined forms, each
 * character in the face that has it. Lines break where the Unicode
 * line-breaking classes allow (after spaces and hyphens, between
 * ideographs, never before closing or after opening punctuation), in
 * logical order; each line is put in visual order only when drawn.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pdf-fonts.h"

G_BEGIN_DECLS

/* Advance widths (at size 1) of the characters from text to end. */
double    *lacuna_pdf_measure_text (LacunaPdfFonts *fonts,
                                    gboolean        document_rtl,
                                    LacunaPdfFace   face,
                                    const char     *text,
                                    const char     *end,
                                    glong          *n_chars);

/* Lines (UTF-8, logical order) no wider than max_width ems; a line break
 * in text starts a new line. A line whose own direction would differ from
 * its paragraph's starts with a directional mark (see pdf-bidi.h). */
GPtrArray *lacuna_pdf_break_lines  (LacunaPdfFonts *fonts,
                                    gboolean        document_rtl,
                                    LacunaPdfFace   face,
                                    const char     *text,
                                    double          max_width);

G_END_DECLS
