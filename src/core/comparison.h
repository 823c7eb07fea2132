/* comparison.h — a follow-up assessment against its baseline
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "analysis.h"

G_BEGIN_DECLS

typedef enum {
  LACUNA_CHANGE_IMPROVED,
  LACUNA_CHANGE_REGRESSED,
  LACUNA_CHANGE_UNCHANGED,
  LACUNA_CHANGE_NEWLY_ASSESSED,
  LACUNA_CHANGE_NO_LONGER_ASSESSED,
  LACUNA_N_CHANGES
} LacunaChange;

typedef struct {
  char         *measure_id;
  char         *title;
  LacunaChange  change;
  double        old_score;    /* 0–100 or NAN */
  double        new_score;
  gboolean      gap_closed;   /* a gap in the baseline, none now */
  gboolean      gap_opened;   /* no gap in the baseline, one now */
} LacunaMeasureChange;

typedef struct {
  char   *id;
  char   *title;
  double  old_score, new_score;
  double  old_law, new_law;
  double  old_practice, new_practice;
} LacunaScoreDelta;

typedef struct {
  double     old_overall;
  double     new_overall;
  GPtrArray *frameworks;  /* LacunaScoreDelta* */
  GPtrArray *pillars;     /* LacunaScoreDelta* */
  GPtrArray *measures;    /* LacunaMeasureChange*, new framework order, then retired ones */
  guint      counts[LACUNA_N_CHANGES];
  guint      gaps_closed;
  guint      gaps_opened;
} LacunaComparison;

const char       *lacuna_change_to_string (LacunaChange          change);
const char       *lacuna_change_label     (LacunaChange          change);
LacunaComparison *lacuna_compare          (const LacunaAnalysis *baseline,
                                           const LacunaAnalysis *follow_up);
void              lacuna_comparison_free  (LacunaComparison     *comparison);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaComparison, lacuna_comparison_free)

G_END_DECLS
