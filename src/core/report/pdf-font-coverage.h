/* pdf-font-coverage.h — which characters a TrueType face has glyphs for
 *
 * libharu has no way to ask: a character a face lacks is measured and drawn
 * as the face's .notdef glyph, without an error. The report reads each
 * face's character map itself to choose a face that has the glyph.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LacunaFontCoverage LacunaFontCoverage;

/* Reads the Unicode character map of the TrueType font at path. Only the
 * Basic Multilingual Plane counts: libharu 2.3.0 draws nothing above it. */
LacunaFontCoverage *lacuna_font_coverage_load  (const char               *path,
                                                GError                  **error);
gboolean            lacuna_font_coverage_has   (const LacunaFontCoverage *coverage,
                                                gunichar                  c);
guint               lacuna_font_coverage_count (const LacunaFontCoverage *coverage);
void                lacuna_font_coverage_free  (LacunaFontCoverage       *coverage);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaFontCoverage, lacuna_font_coverage_free)

G_END_DECLS
