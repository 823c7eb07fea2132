/* sample-folder.c — a fresh copy of the sample assessment, for tests
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "framework-loader.h"
#include "sample.h"
#include "sample-folder.h"

LacunaStore *
sample_folder_create (const char  *prefix,
                      char       **directory,
                      char       **path)
{
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_default (NULL);
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  LacunaStore *store;

  g_assert_nonnull (catalog);
  *directory = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  *path = g_build_filename (*directory, "sample.lacuna", NULL);
  store = lacuna_sample_create (*path, catalog, &error);
  g_assert_no_error (error);
  return store;
}

void
sample_folder_remove (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_unlink (path);
    }
  g_rmdir (directory);
}
