/* lacuna-comparison-dialog.h — the open assessment against a baseline:
 * what improved, what regressed, which gaps closed
 *
 * The comparison is the core's (lacuna_compare); the dialog shows it. The
 * baseline is read once, when the dialog is made; the open assessment is
 * read again by lacuna_comparison_dialog_refresh(), which the owner calls
 * when the team changes something.
 *
 * The store is borrowed: the caller keeps it open while the dialog lives.
 *
 * Signals:
 *   "measure-activated" (const char *measure_id): the team wants to see a
 *     measure of the list in the window.
 *
 * Tests drive the dialog through gtk_widget_get_template_child () with the
 * ids in ui/lacuna-comparison-dialog.ui: error_bar, error_label,
 * overall_label, counts_label, pillar_store, measure_store, measure_view,
 * changed_only_check. The columns of the two stores are the enums below.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store.h"

G_BEGIN_DECLS

enum {
  LACUNA_COMPARISON_PILLAR_ID,
  LACUNA_COMPARISON_PILLAR_TITLE,
  LACUNA_COMPARISON_PILLAR_BEFORE,
  LACUNA_COMPARISON_PILLAR_AFTER,
  LACUNA_COMPARISON_PILLAR_DELTA,
  LACUNA_COMPARISON_PILLAR_N_COLUMNS
};

enum {
  LACUNA_COMPARISON_MEASURE_ID,
  LACUNA_COMPARISON_MEASURE_TITLE,
  LACUNA_COMPARISON_MEASURE_CHANGE,        /* LacunaChange */
  LACUNA_COMPARISON_MEASURE_CHANGE_LABEL,
  LACUNA_COMPARISON_MEASURE_BEFORE,
  LACUNA_COMPARISON_MEASURE_AFTER,
  LACUNA_COMPARISON_MEASURE_GAP,           /* "Gap closed", "Gap opened" or "" */
  LACUNA_COMPARISON_MEASURE_N_COLUMNS
};

#define LACUNA_TYPE_COMPARISON_DIALOG (lacuna_comparison_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LacunaComparisonDialog, lacuna_comparison_dialog, LACUNA, COMPARISON_DIALOG, GtkDialog)

LacunaComparisonDialog *lacuna_comparison_dialog_new     (GtkWindow              *parent,
                                                          LacunaStore            *store,
                                                          const char             *baseline_path);
void                    lacuna_comparison_dialog_refresh (LacunaComparisonDialog *self);

G_END_DECLS
