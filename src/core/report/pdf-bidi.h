/* pdf-bidi.h — right-to-left text for libharu: direction, Arabic shaping
 * and visual order, through FriBidi
 *
 * libharu draws code points left to right, one glyph each. Arabic must
 * therefore reach it already joined (Arabic Presentation Forms-B) and in
 * visual order. Lines are broken in logical order, with the widths of the
 * shaped letters; each line is then reordered on its own.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether text needs FriBidi at all: false for text without right-to-left
 * characters or directional marks in a left-to-right document, which is
 * then drawn exactly as it is. */
gboolean  lacuna_bidi_needed        (const char     *text,
                                     gssize          length,
                                     gboolean        document_rtl);

/* The direction a paragraph runs in: the direction of its first strong
 * character (UAX #9, rules P2 and P3), except that in a right-to-left
 * document any right-to-left letter makes it right to left, so that a line
 * of Arabic starting with a Latin measure id stays Arabic. Text without a
 * strong character takes the document's direction. */
gboolean  lacuna_bidi_is_rtl        (const char     *text,
                                     gssize          length,
                                     gboolean        document_rtl);

/* Shapes text (length characters, logical order) as a paragraph running in
 * the given direction: returns the same number of characters, Arabic
 * letters replaced by their joined forms, mirrored brackets in
 * right-to-left runs, and the second letter of a lam-alef ligature
 * replaced by U+FEFF, which takes no room. */
gunichar *lacuna_bidi_shape         (const gunichar *text,
                                     glong           length,
                                     gboolean        rtl);

/* A line (UTF-8, logical order) as it is drawn: shaped, in visual order,
 * without the invisible characters (directional marks, joiners, U+FEFF)
 * libharu would draw as glyphs. */
gunichar *lacuna_bidi_visual_line   (const char     *line,
                                     gboolean        rtl,
                                     glong          *length);

/* Characters that decide direction or joining but are never drawn. */
gboolean  lacuna_bidi_is_invisible  (gunichar        c);

G_END_DECLS
