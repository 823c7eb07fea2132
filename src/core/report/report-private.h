/* report-private.h — shared by the files that write the report's sections
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pdf-writer.h"
#include "report.h"

G_BEGIN_DECLS

typedef struct {
  LacunaPdf                 *pdf;
  LacunaStore               *store;
  const LacunaAnalysis      *analysis;
  const LacunaReportOptions *options;
  LacunaAssessmentDetails   *details;
  gboolean                   public_edition;
} ReportContext;

extern const LacunaPdfStyle report_body;
extern const LacunaPdfStyle report_small;
extern const LacunaPdfStyle report_strong;
extern const LacunaPdfStyle report_bullet;

/* Framework text is translated through the project's catalogue; what the
 * team typed is never touched. */
const char *report_tr            (const char *text);
char       *report_score_text    (double      value);
const LacunaPdfColor *report_tier_color (LacunaTier tier);
char       *report_level_text    (const LacunaMeasure *measure,
                                  const LacunaAnswer  *answer,
                                  LacunaDimensions     dimension);
void        report_add_row       (GPtrArray  *rows,
                                  const LacunaPdfColor *accent,
                                  ...) G_GNUC_NULL_TERMINATED;

void        report_write_summary       (ReportContext *context);
void        report_write_charts        (ReportContext *context);
void        report_write_findings      (ReportContext *context);
void        report_write_recommendations (ReportContext *context);
void        report_write_gaps          (ReportContext *context);
void        report_write_annexes       (ReportContext *context);
void        report_write_markdown      (ReportContext *context,
                                        const char    *text);

G_END_DECLS
