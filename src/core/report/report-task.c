/* report-task.c — writing a report away from the caller's thread
 *
 * A report of a large assessment takes long enough to freeze a window, so
 * the window hands the work to a thread. The thread opens its own read-only
 * connection to the file rather than sharing the caller's: SQLite
 * connections and the store's cached statements are not to be used from two
 * threads at once, and every edit is already committed, so a fresh
 * connection sees exactly what the team sees.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "report.h"

typedef struct {
  char                *store_path;
  char                *report_path;
  LacunaReportEdition  edition;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_free (job->store_path);
  g_free (job->report_path);
  g_free (job);
}

static void
write_report_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  ReportJob *job = task_data;
  LacunaReportOptions options = { .edition = job->edition };
  g_autoptr(LacunaAnalysis) analysis = NULL;
  GError *error = NULL;
  LacunaStore *store;

  store = lacuna_store_open (job->store_path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  analysis = lacuna_analyse_store (store);
  if (lacuna_report_write (store, analysis, &options, job->report_path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  lacuna_store_close (store);
}

void
lacuna_report_write_file_async (const char          *store_path,
                                LacunaReportEdition  edition,
                                const char          *report_path,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ReportJob *job = g_new0 (ReportJob, 1);

  g_return_if_fail (store_path != NULL && report_path != NULL);

  job->store_path = g_strdup (store_path);
  job->report_path = g_strdup (report_path);
  job->edition = edition;
  g_task_set_source_tag (task, lacuna_report_write_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) report_job_free);
  g_task_run_in_thread (task, write_report_in_thread);
}

gboolean
lacuna_report_write_file_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lacuna_report_write_file_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
