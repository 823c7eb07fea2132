/* pdf-to-unicode.h — a text map that PDF readers can read, for libharu's
 * Unicode fonts
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <hpdf.h>

G_BEGIN_DECLS

gboolean lacuna_pdf_font_fix_to_unicode (HPDF_Font font);

G_END_DECLS
