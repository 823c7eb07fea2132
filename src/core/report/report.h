/* report.h — the PDF gap-analysis report
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
} LacunaReportOptions;

GQuark   lacuna_report_error_quark (void);

/* Writes the report for the analysis of store to path, atomically: on any
 * failure nothing is left at path. The report reads the analysis; it never
 * computes a score of its own. */
gboolean lacuna_report_write       (LacunaStore               *store,
                                    const LacunaAnalysis      *analysis,
                                    const LacunaReportOptions *options,
                                    const char                *path,
                                    GError                   **error);

G_END_DECLS
