/* cli-exchange.c — "export", "import" and "merge": moving assessments
 * between people and tools
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "atomic-file.h"
#include "cli.h"
#include "export-csv.h"
#include "export-json.h"
#include "framework-loader.h"
#include "import.h"
#include "merge.h"
#include "sample.h"

/* Writes the whole text to path atomically, or to stdout for "-". */
static gboolean
write_output (const char *path,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  if (path == NULL || g_str_equal (path, "-"))
    {
      fputs (text, stdout);
      return fflush (stdout) == 0;
    }
  if (!lacuna_atomic_file_write (path, text, strlen (text), TRUE, &error))
    {
      lacuna_cli_error (_("Cannot write %s: %s"), path, error->message);
      return FALSE;
    }
  return TRUE;
}

int
lacuna_cli_export (int    argc,
                   char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("json (everything, for exchange) or csv (one row per measure)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to this file (default: standard output)"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autofree char *text = NULL;

  if (!lacuna_cli_parse_options ("export", "FILE --format json|csv [-o OUT]",
                                 N_("Export the assessment as JSON or CSV."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2 || format == NULL || (!g_str_equal (format, "json") && !g_str_equal (format, "csv")))
    {
      lacuna_cli_error (_("“export” needs one FILE and --format json or --format csv."));
      return LACUNA_EXIT_USAGE;
    }
  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  if (g_str_equal (format, "json"))
    {
      g_autoptr(JsonNode) root = lacuna_export_json (store);
      g_autofree char *json = lacuna_json_to_text (root);
      text = g_strconcat (json, "\n", NULL);
    }
  else
    text = lacuna_export_csv (store);

  return write_output (output, text) ? LACUNA_EXIT_OK : LACUNA_EXIT_FAILURE;
}

int
lacuna_cli_import (int    argc,
                   char **argv)
{
  g_autofree char *by = NULL;
  GOptionEntry entries[] = {
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who the imported edits are recorded as made by (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  const char *target, *input;
  gboolean is_json;

  if (!lacuna_cli_parse_options ("import", "FILE INPUT",
                                 N_("Import a JSON or CSV export. Into a new FILE, a JSON export is restored whole; into an existing FILE, its answers are applied as edits. Nothing is imported if any row is wrong."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 3)
    {
      lacuna_cli_error (_("“import” needs a FILE and an INPUT."));
      return LACUNA_EXIT_USAGE;
    }
  target = argv[1];
  input = argv[2];
  if (!g_file_get_contents (input, &contents, &length, &error))
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  {
    const char *p = contents;
    if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
      p += 3;
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
      p++;
    is_json = *p == '{';
  }

  if (!g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_autoptr(LacunaCatalog) catalog = NULL;
      g_autoptr(LacunaStore) store = NULL;

      if (!is_json)
        {
          lacuna_cli_error (_("%s does not exist. A CSV file holds answers only: create the assessment first with “lacuna-cli new”."),
                            target);
          return LACUNA_EXIT_FAILURE;
        }
      catalog = lacuna_catalog_load_default (&error);
      if (catalog != NULL)
        store = lacuna_import_json_new (target, contents, length, catalog,
                                        by != NULL ? by : lacuna_cli_default_author (), &error);
      if (store == NULL)
        {
          lacuna_cli_error (_("%s: nothing was imported. %s"), input, error->message);
          return LACUNA_EXIT_FAILURE;
        }
      printf (_("Restored %s from %s\n"), target, input);
      return LACUNA_EXIT_OK;
    }

  {
    g_autoptr(LacunaStore) store = lacuna_cli_open_store (target, FALSE);
    gboolean ok;

    if (store == NULL)
      return LACUNA_EXIT_FAILURE;
    ok = is_json ? lacuna_import_json_into (store, contents, length, by != NULL ? by : lacuna_cli_default_author (), &error)
                 : lacuna_import_csv_into (store, contents, length, by != NULL ? by : lacuna_cli_default_author (), &error);
    if (!ok)
      {
        lacuna_cli_error (_("%s: nothing was imported. %s"), input, error->message);
        return LACUNA_EXIT_FAILURE;
      }
  }
  printf (_("Imported %s into %s\n"), input, target);
  return LACUNA_EXIT_OK;
}

static gboolean
add_choices (GHashTable         *choices,
             char              **keys,
             LacunaMergeChoice   choice)
{
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      /* A bare measure id is the common case. */
      char *id = strchr (keys[i], ':') != NULL ? g_strdup (keys[i]) : g_strconcat ("answer:", keys[i], NULL);
      g_hash_table_insert (choices, id, GINT_TO_POINTER (choice));
    }
  return TRUE;
}

int
lacuna_cli_merge (int    argc,
                  char **argv)
{
  g_auto(GStrv) mine = NULL;
  g_auto(GStrv) theirs = NULL;
  g_autofree char *by = NULL;
  GOptionEntry entries[] = {
    { "keep-mine", 0, 0, G_OPTION_ARG_STRING_ARRAY, &mine, N_("Settle a conflict by keeping this file’s version (repeat)"), "MEASURE" },
    { "take-theirs", 0, 0, G_OPTION_ARG_STRING_ARRAY, &theirs, N_("Settle a conflict by taking the other file’s version (repeat)"), "MEASURE" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who merges (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GHashTable) choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint conflicts = 0;

  if (!lacuna_cli_parse_options ("merge", "FILE OTHER…",
                                 N_("Take into FILE what other people changed on copies of it. Changes to different measures combine; the same measure changed on both sides is listed as a conflict and left as it is, unless --keep-mine or --take-theirs says which to keep."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc < 3)
    {
      lacuna_cli_error (_("“merge” needs a FILE and at least one OTHER copy."));
      return LACUNA_EXIT_USAGE;
    }
  add_choices (choices, mine, LACUNA_MERGE_KEEP_MINE);
  add_choices (choices, theirs, LACUNA_MERGE_TAKE_THEIRS);

  store = lacuna_cli_open_store (argv[1], FALSE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LacunaMergeReport) report = lacuna_store_merge (store, argv[i], choices,
                                                                by != NULL ? by : lacuna_cli_default_author (), &error);

      if (report == NULL)
        {
          lacuna_cli_error (_("%s: nothing was merged. %s"), argv[i], error->message);
          return LACUNA_EXIT_FAILURE;
        }
      printf (_("%s: %u change(s) taken, %u conflict(s) settled, %u conflict(s) left.\n"), argv[i], report->taken,
              report->resolved, report->conflicts->len);
      for (guint c = 0; c < report->conflicts->len; c++)
        {
          LacunaMergeConflict *conflict = g_ptr_array_index (report->conflicts, c);
          g_autofree char *id = lacuna_merge_conflict_id (conflict);

          printf (_("  CONFLICT %s\n    here:  %s%s%s%s\n    there: %s%s%s%s\n"), conflict->label, conflict->mine,
                  conflict->mine_by ? " (" : "", conflict->mine_by ? conflict->mine_by : "", conflict->mine_by ? ")" : "",
                  conflict->theirs, conflict->theirs_by ? " (" : "", conflict->theirs_by ? conflict->theirs_by : "",
                  conflict->theirs_by ? ")" : "");
          printf (_("    decide with --keep-mine %s or --take-theirs %s\n"), id, id);
        }
      conflicts += report->conflicts->len;
    }
  /* Conflicts left open are not an error of the command, but scripts must
   * be able to tell. */
  return conflicts > 0 ? LACUNA_EXIT_FAILURE : LACUNA_EXIT_OK;
}

int
lacuna_cli_sample (int    argc,
                   char **argv)
{
  g_autoptr(LacunaCatalog) catalog = NULL;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!lacuna_cli_parse_options ("sample", "FILE",
                                 N_("Write the built-in sample assessment of a fictional country, to try Lacuna out."),
                                 NULL, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2)
    {
      lacuna_cli_error (_("“sample” needs one FILE."));
      return LACUNA_EXIT_USAGE;
    }
  catalog = lacuna_catalog_load_default (&error);
  if (catalog != NULL)
    store = lacuna_sample_create (argv[1], catalog, &error);
  if (store == NULL)
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  printf (_("Wrote the sample assessment to %s\n"), argv[1]);
  return LACUNA_EXIT_OK;
}

int
lacuna_cli_upgrade (int    argc,
                    char **argv)
{
  g_autofree char *by = NULL;
  GOptionEntry entries[] = {
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who upgrades (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaCatalog) installed = NULL;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!lacuna_cli_parse_options ("upgrade", "FILE",
                                 N_("Move the assessment to the framework versions installed here, carrying answers over by measure id."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2)
    {
      lacuna_cli_error (_("“upgrade” needs one FILE."));
      return LACUNA_EXIT_USAGE;
    }
  installed = lacuna_catalog_load_default (&error);
  if (installed == NULL)
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  store = lacuna_cli_open_store (argv[1], FALSE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  before = lacuna_catalog_describe_versions (lacuna_store_get_catalog (store));
  after = lacuna_catalog_describe_versions (installed);
  if (g_str_equal (before, after))
    {
      printf (_("%s already uses the installed frameworks (%s).\n"), argv[1], after);
      return LACUNA_EXIT_OK;
    }
  orphans = lacuna_store_upgrade_frameworks (store, installed, by != NULL ? by : lacuna_cli_default_author (), &error);
  if (orphans == NULL)
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  printf (_("Upgraded %s from %s to %s.\n"), argv[1], before, after);
  if (orphans->len > 0)
    {
      printf (_("These answers could not be carried over (their measures no longer exist); they stay in the file:\n"));
      for (guint i = 0; i < orphans->len; i++)
        printf ("  %s\n", (const char *) g_ptr_array_index (orphans, i));
    }
  return LACUNA_EXIT_OK;
}
