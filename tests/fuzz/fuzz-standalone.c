/* fuzz-standalone.c — runs a fuzz target over files, without libFuzzer
 *
 * With GCC, or when not fuzzing, the targets are still built and run over
 * their seed corpus as ordinary tests, so a crash found once stays fixed.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static guint
run_path (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint count = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          count += run_path (child);
        }
      return count;
    }

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      fprintf (stderr, "cannot read %s\n", path);
      return 0;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 1;
}

int
main (int    argc,
      char **argv)
{
  guint count = 0;

  for (int i = 1; i < argc; i++)
    count += run_path (argv[i]);
  printf ("1..1\nok 1 - %u inputs ran through the target\n", count);
  return count > 0 ? 0 : 1;
}
