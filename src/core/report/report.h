/* report.h — the PDF gap-analysis report
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "analysis.h"
#include "comparison.h"
#include "store.h"

G_BEGIN_DECLS

#define LACUNA_REPORT_ERROR (lacuna_report_error_quark ())

typedef enum {
  LACUNA_REPORT_ERROR_PDF,    /* libharu failed */
  LACUNA_REPORT_ERROR_FONT,   /* a font is missing or unusable */
  LACUNA_REPORT_ERROR_WRITE,  /* the file could not be written */
} LacunaReportError;

typedef enum {
  LACUNA_REPORT_INTERNAL,     /* everything, notes and names included */
  LACUNA_REPORT_PUBLIC,       /* no notes, no personal names or contacts, nothing confidential */
} LacunaReportEdition;

typedef struct {
  LacunaReportEdition      edition;
  const LacunaComparison  *comparison;      /* with a baseline, or NULL */
  const char              *baseline_title;  /* for the comparison, or NULL */
  const char              *language;        /* "fr", "ar"…; NULL for the process's */
} LacunaReportOptions;

/* What the window asks of lacuna_report_write_file_async. */
typedef struct {
  LacunaReportEdition  edition;
  const char          *language;        /* as in LacunaReportOptions */
  const char          *baseline_path;   /* an earlier assessment to compare with, or NULL */
} LacunaReportRequest;

GQuark   lacuna_report_error_quark (void);

/* Writes the report for the analysis of store to path, atomically: on any
 * failure nothing is left at path. The report reads the analysis; it never
 * computes a score of its own. Its text is in options->language, whatever
 * the process's; but the sentences the analysis made (the reasons for a
 * rank, the actions on data gaps) are in the language it was made in, so
 * lacuna_report_write_stores, which makes it in the report's, is the
 * easier way to a report in another language. */
gboolean lacuna_report_write       (LacunaStore               *store,
                                    const LacunaAnalysis      *analysis,
                                    const LacunaReportOptions *options,
                                    const char                *path,
                                    GError                   **error);

/* Analyses store, and compares it with baseline when that is not NULL,
 * in language (NULL: the process's), then writes the report in it. Errors
 * are in the process's language. */
gboolean lacuna_report_write_stores      (LacunaStore               *store,
                                          LacunaStore               *baseline,
                                          LacunaReportEdition        edition,
                                          const char                *language,
                                          const char                *path,
                                          GError                   **error);

/* Writes the report of the assessment saved at store_path in a worker
 * thread, through a read-only connection of its own (and another to
 * request->baseline_path); the caller's store stays usable meanwhile, and
 * the caller's thread keeps its language. request is copied. */
void     lacuna_report_write_file_async  (const char                *store_path,
                                          const LacunaReportRequest *request,
                                          const char                *report_path,
                                          GCancellable              *cancellable,
                                          GAsyncReadyCallback        callback,
                                          gpointer                   user_data);
gboolean lacuna_report_write_file_finish (GAsyncResult              *result,
                                          GError                   **error);

G_END_DECLS
