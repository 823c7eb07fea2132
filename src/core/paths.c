/* paths.c — locating installed data
 *
 * The configured prefix is compiled in, but an installation that was moved
 * (meson install --destdir, a copy on a USB stick) still works: data is first
 * looked for relative to the running executable, using the same layout as
 * the prefix (bindir/../datadir). LACUNA_LOCALE_DIR names another folder of
 * compiled catalogues, so that the uninstalled programs and the tests use
 * the build tree's.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "paths.h"

static char *
relocated (const char *relative_to_bindir,
           const char *fallback)
{
  g_autofree char *executable = NULL;
  g_autofree char *bindir = NULL;
  g_autofree char *candidate = NULL;

  if (relative_to_bindir[0] == '\0')
    return g_strdup (fallback);

  executable = g_file_read_link ("/proc/self/exe", NULL);
  if (executable == NULL)
    return g_strdup (fallback);

  bindir = g_path_get_dirname (executable);
  candidate = g_canonicalize_filename (relative_to_bindir, bindir);
  if (g_file_test (candidate, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&candidate);
  return g_strdup (fallback);
}

const char *
lacuna_paths_get_data_dir (void)
{
  static gsize initialized = 0;
  static char *data_dir = NULL;

  if (g_once_init_enter (&initialized))
    {
      data_dir = relocated (LACUNA_BINDIR_TO_PKGDATADIR, LACUNA_PKGDATADIR);
      g_once_init_leave (&initialized, 1);
    }
  return data_dir;
}

const char *
lacuna_paths_get_locale_dir (void)
{
  static gsize initialized = 0;
  static char *locale_dir = NULL;

  if (g_once_init_enter (&initialized))
    {
      const char *override = g_getenv ("LACUNA_LOCALE_DIR");

      if (override != NULL && *override != '\0')
        locale_dir = g_strdup (override);
      else
        locale_dir = relocated (LACUNA_BINDIR_TO_LOCALEDIR, LOCALEDIR);
      g_once_init_leave (&initialized, 1);
    }
  return locale_dir;
}

/* The user guide: the HTML made at build time when there is one, or the
 * Markdown it is made from. LACUNA_DOC_DIR points an uninstalled build at
 * the docs/ folder of its checkout. NULL when neither file is there. */
char *
lacuna_paths_find_user_guide (void)
{
  static const char *names[] = { "USER-GUIDE.html", "USER-GUIDE.md" };
  const char *override = g_getenv ("LACUNA_DOC_DIR");
  g_autofree char *doc_dir = NULL;

  if (override != NULL && *override != '\0')
    doc_dir = g_strdup (override);
  else
    doc_dir = relocated (LACUNA_BINDIR_TO_DOCDIR, LACUNA_DOCDIR);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (doc_dir, names[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }
  return NULL;
}
