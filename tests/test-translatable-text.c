/* test-translatable-text.c — framework text reaches translators intact
 *
 * Every string the loader keeps for display must be a message id that
 * xgettext, through frameworks/its/, extracted from the same files: if the
 * two disagreed (white space, entities), a translation would never be found.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "framework-loader.h"

static const char *pot_path;

static char *
unescape_po_string (const char *quoted)
{
  g_autofree char *inner = NULL;
  const char *end = strrchr (quoted, '"');

  g_assert_true (quoted[0] == '"' && end != NULL && end > quoted);
  inner = g_strndup (quoted + 1, end - quoted - 1);
  return g_strcompress (inner);
}

/* Reads the msgid of every entry; continuation lines are concatenated. */
static GHashTable *
read_msgids (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *msgids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *current = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (current != NULL && line[0] == '"')
        {
          g_autofree char *part = unescape_po_string (line);
          g_string_append (current, part);
          continue;
        }
      if (current != NULL)
        {
          g_hash_table_add (msgids, g_string_free (current, FALSE));
          current = NULL;
        }
      if (g_str_has_prefix (line, "msgid \""))
        {
          g_autofree char *part = unescape_po_string (line + strlen ("msgid "));
          current = g_string_new (part);
        }
    }
  if (current != NULL)
    g_hash_table_add (msgids, g_string_free (current, FALSE));
  return msgids;
}

static guint checked;

static void
expect (GHashTable *msgids,
        const char *text)
{
  if (text == NULL)
    return;
  checked++;
  if (!g_hash_table_contains (msgids, text))
    g_error ("not extracted for translation: “%s”", text);
}

static void
test_framework_text_extracted (void)
{
  g_autoptr(GHashTable) msgids = read_msgids (pot_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_default (&error);
  GPtrArray *frameworks, *instruments, *tools;

  g_assert_no_error (error);
  frameworks = lacuna_catalog_get_frameworks (catalog);
  instruments = lacuna_catalog_get_instruments (catalog);
  tools = lacuna_catalog_get_tools (catalog);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      expect (msgids, framework->title);
      expect (msgids, framework->short_title);
      expect (msgids, framework->provenance);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);

          expect (msgids, pillar->title);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaArea *area = g_ptr_array_index (pillar->areas, a);

              expect (msgids, area->title);
              for (guint m = 0; m < area->measures->len; m++)
                {
                  LacunaMeasure *measure = g_ptr_array_index (area->measures, m);

                  expect (msgids, measure->title);
                  expect (msgids, measure->description);
                  expect (msgids, measure->recommendation);
                  for (guint q = 0; q < measure->questions->len; q++)
                    expect (msgids, g_ptr_array_index (measure->questions, q));
                }
            }
        }
    }

  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaInstrument *instrument = g_ptr_array_index (instruments, i);

      expect (msgids, instrument->title);
      expect (msgids, instrument->short_title);
      for (guint p = 0; p < instrument->provisions->len; p++)
        {
          LacunaProvision *provision = g_ptr_array_index (instrument->provisions, p);

          expect (msgids, provision->short_title);
          expect (msgids, provision->paraphrase);
          expect (msgids, provision->prompt);
        }
    }

  for (guint i = 0; i < tools->len; i++)
    {
      LacunaTool *tool = g_ptr_array_index (tools, i);

      expect (msgids, tool->title);
      expect (msgids, tool->use);
    }

  g_test_message ("%u strings checked against %u message ids", checked, g_hash_table_size (msgids));
  g_assert_cmpuint (checked, >, 1000);
}

/* Ids and levels are data, not text: they must not reach translators. */
static void
test_data_not_extracted (void)
{
  g_autoptr(GHashTable) msgids = read_msgids (pot_path);

  g_assert_false (g_hash_table_contains (msgids, "TIP-P1-01"));
  g_assert_false (g_hash_table_contains (msgids, "mandatory-qualified"));
  g_assert_false (g_hash_table_contains (msgids, "T-ML-TIP"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    {
      g_printerr ("usage: %s POT-FILE\n", argv[0]);
      return 2;
    }
  pot_path = argv[1];

  g_test_add_func ("/translatable-text/framework-text-extracted", test_framework_text_extracted);
  g_test_add_func ("/translatable-text/data-not-extracted", test_data_not_extracted);
  return g_test_run ();
}
