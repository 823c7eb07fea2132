/* analysis-private.h — shared by the files of the analysis
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "analysis.h"

G_BEGIN_DECLS

/* Fills analysis->recommendations, ->data_gaps and ->warnings from the
 * measure results (analysis-recommend.c). */
void lacuna_analysis_recommend (LacunaAnalysis            *analysis,
                                const LacunaAnalysisInput *input);

G_END_DECLS
