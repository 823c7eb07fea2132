/* pdf-reader.c — what a PDF reader says about a report
 *
 * Poppler's pdftotext reads every page's text through each font's text
 * map; what it prints on its error stream while doing so (a map it cannot
 * parse, a damaged stream) is what other readers' copying, searching and
 * screen reading would trip over too.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pdf-reader.h"

/* Everything pdftotext complained of, "" when nothing. */
char *
pdf_reader_complaints (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "/dev/null", NULL };
  g_autofree char *complaints = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                &complaints, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    return g_strdup_printf ("pdftotext failed: %s", complaints);
  return g_steal_pointer (&complaints);
}
