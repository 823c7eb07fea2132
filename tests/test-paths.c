/* test-paths.c — finding the user guide that Help opens
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "paths.h"

static char *
make_doc_dir (const char *const *files)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lacuna-doc-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_file_set_contents (path, "# Guide\n", -1, &error);
      g_assert_no_error (error);
    }
  g_setenv ("LACUNA_DOC_DIR", dir, TRUE);
  return dir;
}

static void
remove_doc_dir (char *dir)
{
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;

  while (entries != NULL && (name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_free (dir);
  g_unsetenv ("LACUNA_DOC_DIR");
}

/* The HTML made at build time is what a reader wants, when it exists. */
static void
test_guide_prefers_html (void)
{
  const char *files[] = { "USER-GUIDE.md", "USER-GUIDE.html", NULL };
  char *dir = make_doc_dir (files);
  g_autofree char *expected = g_build_filename (dir, "USER-GUIDE.html", NULL);
  g_autofree char *found = lacuna_paths_find_user_guide ();

  g_assert_cmpstr (found, ==, expected);
  remove_doc_dir (dir);
}

/* A checkout has only the Markdown. */
static void
test_guide_falls_back_to_markdown (void)
{
  const char *files[] = { "USER-GUIDE.md", NULL };
  char *dir = make_doc_dir (files);
  g_autofree char *expected = g_build_filename (dir, "USER-GUIDE.md", NULL);
  g_autofree char *found = lacuna_paths_find_user_guide ();

  g_assert_cmpstr (found, ==, expected);
  remove_doc_dir (dir);
}

static void
test_guide_missing (void)
{
  const char *files[] = { "README.md", NULL };
  char *dir = make_doc_dir (files);
  g_autofree char *found = lacuna_paths_find_user_guide ();

  g_assert_null (found);
  remove_doc_dir (dir);
}

/* The checkout's own guide, which the uninstalled build opens. */
static void
test_guide_of_checkout (void)
{
  g_autofree char *docs = g_test_build_filename (G_TEST_DIST, "..", "docs", NULL);
  g_autofree char *expected = g_build_filename (docs, "USER-GUIDE.md", NULL);
  g_autofree char *found = NULL;

  g_setenv ("LACUNA_DOC_DIR", docs, TRUE);
  found = lacuna_paths_find_user_guide ();
  g_unsetenv ("LACUNA_DOC_DIR");
  g_assert_cmpstr (found, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/paths/guide/prefers-html", test_guide_prefers_html);
  g_test_add_func ("/paths/guide/falls-back-to-markdown", test_guide_falls_back_to_markdown);
  g_test_add_func ("/paths/guide/missing", test_guide_missing);
  g_test_add_func ("/paths/guide/of-checkout", test_guide_of_checkout);
  return g_test_run ();
}
