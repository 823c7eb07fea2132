/* report-task.c — writing a report from assessment files: analysed in the
 * report's language, and away from the caller's thread
 *
 * A report of a large assessment takes long enough to freeze a window, so
 * the window hands the work to a thread. The thread opens its own read-only
 * connections to the files rather than sharing the caller's: SQLite
 * connections and the store's cached statements are not to be used from two
 * threads at once, and every edit is already committed, so a fresh
 * connection sees exactly what the team sees. The report's language is the
 * thread's alone (message-catalog.h), so the window keeps the desktop's.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "message-catalog.h"
#include "report.h"

typedef struct {
  char                *store_path;
  char                *report_path;
  char                *baseline_path;
  char                *language;
  LacunaReportEdition  edition;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_free (job->store_path);
  g_free (job->report_path);
  g_free (job->baseline_path);
  g_free (job->language);
  g_free (job);
}

gboolean
lacuna_report_write_stores (LacunaStore          *store,
                            LacunaStore          *baseline,
                            LacunaReportEdition   edition,
                            const char           *language,
                            const char           *path,
                            GError              **error)
{
  g_autoptr(LacunaMessageCatalog) catalog = NULL;
  g_autoptr(LacunaAnalysis) analysis = NULL;
  g_autoptr(LacunaAnalysis) baseline_analysis = NULL;
  g_autoptr(LacunaComparison) comparison = NULL;
  g_autoptr(LacunaAssessmentDetails) baseline_details = NULL;
  LacunaReportOptions options = { .edition = edition, .language = language };

  g_return_val_if_fail (store != NULL && path != NULL, FALSE);

  if (language != NULL)
    {
      catalog = lacuna_message_catalog_open (language, NULL, error);
      if (catalog == NULL)
        return FALSE;
      lacuna_message_catalog_push_thread_default (catalog);
    }
  /* The analysis writes sentences of its own (why a measure ranks where it
   * does, what to establish on a data gap) that the report prints. */
  analysis = lacuna_analyse_store (store);
  if (baseline != NULL)
    {
      baseline_analysis = lacuna_analyse_store (baseline);
      comparison = lacuna_compare (baseline_analysis, analysis);
      baseline_details = lacuna_store_get_details (baseline);
      options.comparison = comparison;
      options.baseline_title = baseline_details->values[LACUNA_DETAIL_TITLE];
    }
  if (catalog != NULL)
    lacuna_message_catalog_pop_thread_default (catalog);

  return lacuna_report_write (store, analysis, &options, path, error);
}

static void
write_report_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  ReportJob *job = task_data;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaStore) baseline = NULL;
  GError *error = NULL;

  store = lacuna_store_open (job->store_path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  if (store != NULL && job->baseline_path != NULL)
    baseline = lacuna_store_open (job->baseline_path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || (job->baseline_path != NULL && baseline == NULL)
      || !lacuna_report_write_stores (store, baseline, job->edition, job->language, job->report_path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
lacuna_report_write_file_async (const char                *store_path,
                                const LacunaReportRequest *request,
                                const char                *report_path,
                                GCancellable              *cancellable,
                                GAsyncReadyCallback        callback,
                                gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  ReportJob *job;

  g_return_if_fail (store_path != NULL && request != NULL && report_path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  job = g_new0 (ReportJob, 1);
  job->store_path = g_strdup (store_path);
  job->report_path = g_strdup (report_path);
  job->baseline_path = g_strdup (request->baseline_path);
  job->language = g_strdup (request->language);
  job->edition = request->edition;
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
