/* pdf-to-unicode.c — a text map that PDF readers can read, for libharu's
 * Unicode fonts
 *
 * With the "UTF-8" encoder, libharu 2.3.0 draws each character by its
 * Unicode value (Identity-H: the code is the character id) and gives the
 * font, as its ToUnicode map, the encoder's own code-to-id CMap: a map of
 * the wrong kind ("begincidrange", which Poppler rejects with a warning
 * per font). Readers then have no reliable way back from the drawn codes to
 * text, which copying, searching and screen readers need. Since the codes
 * are the characters, the right map is the identity over the Basic
 * Multilingual Plane (libharu draws nothing beyond it); it replaces the
 * contents of libharu's stream, so the font keeps the same object.
 *
 * This reaches into libharu's object layer (hpdf_objects.h), which it
 * installs and exports but does not document; it is checked by the report
 * tests, which extract text and fail on any warning about the map.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf-to-unicode.h"

/* A CMap section holds at most 100 entries (PDF 32000-1, 9.10.3). */
#define ENTRIES_PER_SECTION 100

static char *
identity_to_unicode_cmap (void)
{
  GString *cmap = g_string_new (NULL);
  guint rows[256];
  guint n_rows = 0;

  /* One range per row of 256 codes; a range may not cross the last byte.
   * The surrogate rows stand for no character. */
  for (guint row = 0; row < 256; row++)
    if (row < 0xD8 || row > 0xDF)
      rows[n_rows++] = row;

  g_string_append (cmap,
                   "/CIDInit /ProcSet findresource begin\n"
                   "12 dict begin\n"
                   "begincmap\n"
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                   "/CMapName /Adobe-Identity-UCS def\n"
                   "/CMapType 2 def\n"
                   "1 begincodespacerange\n"
                   "<0000> <FFFF>\n"
                   "endcodespacerange\n");
  for (guint first = 0; first < n_rows; first += ENTRIES_PER_SECTION)
    {
      guint count = MIN (ENTRIES_PER_SECTION, n_rows - first);

      g_string_append_printf (cmap, "%u beginbfrange\n", count);
      for (guint i = first; i < first + count; i++)
        g_string_append_printf (cmap, "<%02X00> <%02XFF> <%02X00>\n", rows[i], rows[i], rows[i]);
      g_string_append (cmap, "endbfrange\n");
    }
  g_string_append (cmap,
                   "endcmap\n"
                   "CMapName currentdict /CMap defineresource pop\n"
                   "end\n"
                   "end\n");
  return g_string_free (cmap, FALSE);
}

gboolean
lacuna_pdf_font_fix_to_unicode (HPDF_Font font)
{
  static char *cmap = NULL;
  HPDF_Dict to_unicode;

  if (g_once_init_enter (&cmap))
    g_once_init_leave (&cmap, identity_to_unicode_cmap ());

  to_unicode = HPDF_Dict_GetItem (font, "ToUnicode", HPDF_OCLASS_DICT);
  if (to_unicode == NULL || to_unicode->stream == NULL)
    return FALSE;
  HPDF_MemStream_FreeData (to_unicode->stream);
  return HPDF_Stream_WriteStr (to_unicode->stream, cmap) == HPDF_OK;
}
