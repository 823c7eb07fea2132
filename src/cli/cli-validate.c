/* cli-validate.c — "lacuna-cli validate": check framework files
 *
 * Files are checked in the context of the installed catalogue, so that a
 * framework being edited can cite the installed instruments and tools; an
 * installed file is left out when a given file replaces it (same name or
 * same framework id).
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "diagnostic.h"
#include "framework-loader.h"

static gboolean
defines_given_framework (const char    *path,
                         LacunaCatalog *given)
{
  g_autoptr(LacunaCatalog) scratch = lacuna_catalog_new ();
  g_autoptr(GPtrArray) ignored = lacuna_diagnostics_new ();
  GPtrArray *frameworks;

  lacuna_catalog_add_file (scratch, path, ignored);
  frameworks = lacuna_catalog_get_frameworks (scratch);
  for (guint i = 0; i < frameworks->len; i++)
    if (lacuna_catalog_find_framework (given, ((LacunaFramework *) g_ptr_array_index (frameworks, i))->id) != NULL)
      return TRUE;
  return FALSE;
}

static void
add_installed_context (LacunaCatalog  *catalog,
                       char          **files,
                       GPtrArray      *diagnostics)
{
  g_autoptr(GPtrArray) installed = lacuna_frameworks_list_files (lacuna_frameworks_directory (), NULL);

  if (installed == NULL)
    return;

  for (guint i = 0; i < installed->len; i++)
    {
      const char *path = g_ptr_array_index (installed, i);
      g_autofree char *base = g_path_get_basename (path);
      gboolean replaced = FALSE;

      for (guint j = 0; files[j] != NULL && !replaced; j++)
        {
          g_autofree char *given_base = g_path_get_basename (files[j]);
          replaced = g_str_equal (base, given_base);
        }
      if (!replaced && !defines_given_framework (path, catalog))
        lacuna_catalog_add_file (catalog, path, diagnostics);
    }
}

int
lacuna_cli_validate (int    argc,
                     char **argv)
{
  gboolean alone = FALSE;
  GOptionEntry entries[] = {
    { "alone", 0, 0, G_OPTION_ARG_NONE, &alone,
      N_("Check the files on their own, without the installed instruments and tools"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  char **files;

  if (!lacuna_cli_parse_options ("validate", "FILE…",
                                 N_("Check framework definition files; list every error as file:line:column."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc < 2)
    {
      lacuna_cli_error (_("“validate” needs at least one FILE."));
      return LACUNA_EXIT_USAGE;
    }
  files = argv + 1;

  for (guint i = 0; files[i] != NULL; i++)
    lacuna_catalog_add_file (catalog, files[i], diagnostics);
  if (!alone)
    add_installed_context (catalog, files, diagnostics);
  lacuna_catalog_resolve (catalog, diagnostics);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = lacuna_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      fprintf (stderr, "%s\n", line);
    }

  if (diagnostics->len > 0)
    {
      fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "%u error found.\n", "%u errors found.\n", diagnostics->len),
               diagnostics->len);
      return LACUNA_EXIT_FAILURE;
    }

  for (guint i = 0; files[i] != NULL; i++)
    printf (_("%s: valid\n"), files[i]);
  return LACUNA_EXIT_OK;
}
