/* lacuna-merge-dialog.h — bringing another copy's work into the open
 * assessment, and settling what both copies changed
 *
 * The dialog opens on the core's preview, which writes nothing: what
 * would be taken from the other copy, and what both copies changed
 * differently, listed for the team to settle. "Merge" (or
 * lacuna_merge_dialog_run_merge()) takes the changes and applies the
 * choices made, and leaves the undecided conflicts listed.
 *
 * The store is borrowed: the caller keeps it open while the dialog lives.
 *
 * Responses: GTK_RESPONSE_CLOSE (or DELETE_EVENT) only. "Merge" is handled
 * inside the dialog and never reaches gtk_dialog_run() or the owner.
 *
 * Signals:
 *   "merged" (no arguments): "Merge" wrote something to the store; the
 *     owner refreshes what it shows.
 *
 * Tests drive the dialog through gtk_widget_get_template_child () with the
 * ids in ui/lacuna-merge-dialog.ui: error_bar, error_label, intro_label,
 * summary_label, keep_all_button, take_all_button, conflict_box. Each child
 * of conflict_box is one conflict, carrying its id (as
 * lacuna_merge_conflict_id() gives it) under LACUNA_MERGE_DIALOG_CONFLICT_KEY;
 * its radio buttons are named "decide-later", "keep-mine" and "take-theirs".
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store.h"

G_BEGIN_DECLS

#define LACUNA_MERGE_DIALOG_CONFLICT_KEY "lacuna-conflict-id"

#define LACUNA_TYPE_MERGE_DIALOG (lacuna_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LacunaMergeDialog, lacuna_merge_dialog, LACUNA, MERGE_DIALOG, GtkDialog)

LacunaMergeDialog *lacuna_merge_dialog_new       (GtkWindow          *parent,
                                                  LacunaStore        *store,
                                                  const char         *other_path);
gboolean           lacuna_merge_dialog_run_merge (LacunaMergeDialog  *self,
                                                  GError            **error);

G_END_DECLS
