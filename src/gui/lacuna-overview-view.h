/* lacuna-overview-view.h — the gap analysis at a glance
 *
 * The overall score, then, framework by framework, one row per pillar with
 * its score, its legal-basis and practice indices drawn as bars, its
 * coverage and its gaps. Activating a row (click, Enter or space) emits
 * "pillar-activated" with the pillar's id.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "analysis.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_OVERVIEW_VIEW (lacuna_overview_view_get_type ())
G_DECLARE_FINAL_TYPE (LacunaOverviewView, lacuna_overview_view, LACUNA, OVERVIEW_VIEW, GtkScrolledWindow)

LacunaOverviewView *lacuna_overview_view_new            (void);

/* Shows ANALYSIS, or clears the view when it is NULL. The view copies every
 * title, id and number it shows, so it keeps no pointer into ANALYSIS: the
 * caller may free the analysis as soon as this returns. */
void                lacuna_overview_view_set_analysis   (LacunaOverviewView   *self,
                                                         const LacunaAnalysis *analysis);

/* For tests and for the window's keyboard handling: the pillar rows in
 * display order (frameworks in analysis order, pillars within each). The
 * row is a GtkListBoxRow owned by the view, valid until the next
 * lacuna_overview_view_set_analysis(); NULL when INDEX is out of range. */
guint               lacuna_overview_view_get_n_pillars  (LacunaOverviewView   *self);
GtkWidget          *lacuna_overview_view_get_pillar_row (LacunaOverviewView   *self,
                                                         guint                 index);

G_END_DECLS
