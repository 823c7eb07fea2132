/* pdf-font-coverage.c — reads a TrueType 'cmap' into a set of characters
 *
 * Formats 4 (the Basic Multilingual Plane) and 12 (all of Unicode) of the
 * Unicode subtables are understood; these are the ones fontTools and every
 * font the report uses write. A glyph index of 0 means "no glyph".
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pdf-font-coverage.h"
#include "report.h"

#define BMP_SIZE 0x10000

struct _LacunaFontCoverage {
  guint8 bits[BMP_SIZE / 8];
  guint  count;
};

typedef struct {
  const guint8 *data;
  gsize         length;
} Bytes;

static gboolean
read16 (const Bytes *bytes,
        gsize        offset,
        guint       *value)
{
  if (offset > bytes->length || bytes->length - offset < 2)
    return FALSE;
  *value = (guint) bytes->data[offset] << 8 | bytes->data[offset + 1];
  return TRUE;
}

static gboolean
read32 (const Bytes *bytes,
        gsize        offset,
        guint32     *value)
{
  guint high, low;

  if (!read16 (bytes, offset, &high) || !read16 (bytes, offset + 2, &low))
    return FALSE;
  *value = (guint32) high << 16 | low;
  return TRUE;
}

static void
add (LacunaFontCoverage *coverage,
     gunichar            c)
{
  if (c >= BMP_SIZE || (coverage->bits[c >> 3] & (1u << (c & 7))) != 0)
    return;
  coverage->bits[c >> 3] |= 1u << (c & 7);
  coverage->count++;
}

/* Segments of start and end codes; a segment maps through idDelta, or,
 * when idRangeOffset is not 0, through the glyph array that follows. */
static gboolean
read_format4 (const Bytes        *bytes,
              gsize               table,
              LacunaFontCoverage *coverage)
{
  guint seg_x2;
  gsize ends, starts, deltas, offsets;

  if (!read16 (bytes, table + 6, &seg_x2))
    return FALSE;
  ends = table + 14;
  starts = ends + seg_x2 + 2;
  deltas = starts + seg_x2;
  offsets = deltas + seg_x2;
  for (guint i = 0; i < seg_x2; i += 2)
    {
      guint end, start, delta, range_offset;

      if (!read16 (bytes, ends + i, &end) || !read16 (bytes, starts + i, &start) ||
          !read16 (bytes, deltas + i, &delta) || !read16 (bytes, offsets + i, &range_offset))
        return FALSE;
      for (guint c = start; c <= end && c < 0xFFFF; c++)
        {
          guint glyph;

          if (range_offset == 0)
            glyph = (c + delta) & 0xFFFF;
          else if (!read16 (bytes, offsets + i + range_offset + 2 * (c - start), &glyph))
            return FALSE;
          else if (glyph != 0)
            glyph = (glyph + delta) & 0xFFFF;
          if (glyph != 0)
            add (coverage, c);
        }
    }
  return TRUE;
}

/* Groups of consecutive characters mapped to consecutive glyphs. */
static gboolean
read_format12 (const Bytes        *bytes,
               gsize               table,
               LacunaFontCoverage *coverage)
{
  guint32 groups;

  if (!read32 (bytes, table + 12, &groups))
    return FALSE;
  for (guint32 i = 0; i < groups; i++)
    {
      guint32 start, end, glyph;
      gsize group = table + 16 + (gsize) i * 12;

      if (!read32 (bytes, group, &start) || !read32 (bytes, group + 4, &end) || !read32 (bytes, group + 8, &glyph))
        return FALSE;
      for (guint32 c = start; c <= end && c < BMP_SIZE; c++)
        if (glyph + (c - start) != 0)
          add (coverage, c);
    }
  return TRUE;
}

static gboolean
find_table (const Bytes *bytes,
            const char  *tag,
            gsize       *offset)
{
  guint n_tables;

  if (!read16 (bytes, 4, &n_tables))
    return FALSE;
  for (guint i = 0; i < n_tables; i++)
    {
      gsize record = 12 + (gsize) i * 16;
      guint32 where;

      if (record + 16 > bytes->length)
        return FALSE;
      if (memcmp (bytes->data + record, tag, 4) == 0 && read32 (bytes, record + 8, &where))
        {
          *offset = where;
          return TRUE;
        }
    }
  return FALSE;
}

/* Every Unicode subtable (platform 0, or Windows 3 with encoding 1 or 10)
 * is read; fonts usually repeat one mapping in several. */
static gboolean
read_cmap (const Bytes        *bytes,
           LacunaFontCoverage *coverage)
{
  gsize cmap;
  guint n_subtables;
  gboolean found = FALSE;

  if (!find_table (bytes, "cmap", &cmap) || !read16 (bytes, cmap + 2, &n_subtables))
    return FALSE;
  for (guint i = 0; i < n_subtables; i++)
    {
      guint platform, encoding, format;
      guint32 offset;
      gsize record = cmap + 4 + (gsize) i * 8;

      if (!read16 (bytes, record, &platform) || !read16 (bytes, record + 2, &encoding) ||
          !read32 (bytes, record + 4, &offset) || !read16 (bytes, cmap + offset, &format))
        return FALSE;
      if (!(platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))))
        continue;
      if (format == 4 && !read_format4 (bytes, cmap + offset, coverage))
        return FALSE;
      if (format == 12 && !read_format12 (bytes, cmap + offset, coverage))
        return FALSE;
      found = found || format == 4 || format == 12;
    }
  return found;
}

LacunaFontCoverage *
lacuna_font_coverage_load (const char  *path,
                           GError     **error)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, error);
  g_autoptr(LacunaFontCoverage) coverage = NULL;
  Bytes bytes;

  if (file == NULL)
    return NULL;
  bytes.data = (const guint8 *) g_mapped_file_get_contents (file);
  bytes.length = g_mapped_file_get_length (file);
  coverage = g_new0 (LacunaFontCoverage, 1);
  if (bytes.data == NULL || !read_cmap (&bytes, coverage))
    {
      g_set_error (error, LACUNA_REPORT_ERROR, LACUNA_REPORT_ERROR_FONT,
                   _("The report font %s has no readable Unicode character map; it must be a TrueType font."), path);
      return NULL;
    }
  return g_steal_pointer (&coverage);
}

gboolean
lacuna_font_coverage_has (const LacunaFontCoverage *coverage,
                          gunichar                  c)
{
  return c < BMP_SIZE && (coverage->bits[c >> 3] & (1u << (c & 7))) != 0;
}

guint
lacuna_font_coverage_count (const LacunaFontCoverage *coverage)
{
  return coverage->count;
}

void
lacuna_font_coverage_free (LacunaFontCoverage *coverage)
{
  g_free (coverage);
}
