/* analysis-json.h — the analysis for scripts
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "analysis.h"

G_BEGIN_DECLS

JsonNode *lacuna_analysis_to_json (const LacunaAnalysis *analysis);
/* A score: rounded to two decimals, or null where nothing was scored. */
void      lacuna_json_add_number  (JsonBuilder          *builder,
                                   const char           *name,
                                   double                value);

G_END_DECLS
