/* report-files.c — reports written and read back, for the tests
 *
 * The text is read by Poppler's pdftotext; what it prints on its error
 * stream while doing so (a font's text map it cannot parse, a damaged
 * stream) is what other readers' copying, searching and screen reading
 * would trip over too.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "report-files.h"

/* pdftotext's text and, when complaints is not NULL, its error stream. */
static char *
run_pdftotext (const char  *pdf,
               guint        first,
               guint        last,
               char       **complaints)
{
  g_autofree char *first_text = g_strdup_printf ("%u", first == 0 ? 1 : first);
  g_autofree char *last_text = g_strdup_printf ("%u", last == 0 ? G_MAXINT : last);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", first_text, "-l", last_text, pdf, "-", NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext failed on %s: %s", pdf, err);
  if (complaints != NULL)
    *complaints = g_steal_pointer (&err);
  return out;
}

char *
pdf_reader_text_of_pages (const char *pdf,
                          guint       first,
                          guint       last)
{
  return run_pdftotext (pdf, first, last, NULL);
}

char *
pdf_reader_text (const char *pdf)
{
  return run_pdftotext (pdf, 0, 0, NULL);
}

/* Everything pdftotext complained of, "" when nothing. */
char *
pdf_reader_complaints (const char *pdf)
{
  char *complaints = NULL;

  g_free (run_pdftotext (pdf, 0, 0, &complaints));
  return complaints;
}

typedef struct {
  GMainLoop *loop;
  gboolean   written;
  GError    *error;
} Outcome;

static void
on_report_written_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->written = lacuna_report_write_file_finish (result, &outcome->error);
  g_main_loop_quit (outcome->loop);
}

gboolean
report_written_in_thread (const char                *store_path,
                          const LacunaReportRequest *request,
                          const char                *pdf,
                          GError                   **error)
{
  Outcome outcome = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

  lacuna_report_write_file_async (store_path, request, pdf, NULL, on_report_written_cb, &outcome);
  g_main_loop_run (outcome.loop);
  g_main_loop_unref (outcome.loop);
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);
  return outcome.written;
}
