/* lacuna-recommendations-view.h — the ranked recommendations, and how the
 * team plans each one
 *
 * The view shows an analysis; it never ranks anything itself. It does not
 * own the store or the analysis it is given: the caller keeps both alive
 * until the next call to lacuna_recommendations_view_set_analysis() or until
 * the view is destroyed.
 *
 * Signals:
 *   "measure-activated" (const char *measure_id): the user activated a
 *     recommendation (Enter, double-click or "Go to Measure"), to open it.
 *   "answer-changed" (const char *measure_id): the view has just saved a
 *     change through the store. The ranking shown is now out of date; the
 *     owner re-runs the analysis and calls set_analysis() again, from the
 *     handler if it likes.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "analysis.h"
#include "store.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_RECOMMENDATIONS_VIEW (lacuna_recommendations_view_get_type ())
G_DECLARE_FINAL_TYPE (LacunaRecommendationsView, lacuna_recommendations_view, LACUNA, RECOMMENDATIONS_VIEW, GtkBox)

/* The key under which each row of the list keeps its measure id (a string),
 * for tests and for anyone walking the rows. */
#define LACUNA_RECOMMENDATIONS_VIEW_ROW_MEASURE_KEY "lacuna-measure-id"

LacunaRecommendationsView *lacuna_recommendations_view_new                  (void);
void                       lacuna_recommendations_view_set_analysis         (LacunaRecommendationsView *self,
                                                                             LacunaStore               *store,
                                                                             const LacunaAnalysis      *analysis);
gboolean                   lacuna_recommendations_view_select_measure       (LacunaRecommendationsView *self,
                                                                             const char                *measure_id);
const char                *lacuna_recommendations_view_get_selected_measure (LacunaRecommendationsView *self);

G_END_DECLS
