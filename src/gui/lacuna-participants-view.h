/* lacuna-participants-view.h — the people who took part in the assessment
 *
 * The view lists the participants and adds, edits and removes them through
 * the store. It does not own the store it is given: the caller keeps it
 * alive until the next call to lacuna_participants_view_set_store() or
 * until the view is destroyed.
 *
 * Signals:
 *   "changed" (void): the view has just saved a participant or removed
 *     one through the store. Whoever shows participants elsewhere (the
 *     report, the history) reads them again.
 *
 * Tests drive the view through gtk_widget_get_template_child () with the
 * ids in ui/lacuna-participants-view.ui: participant_tree (its model has
 * the columns below), add_button, edit_button, remove_button, remove_bar
 * (a GtkInfoBar asking to confirm; respond GTK_RESPONSE_ACCEPT to remove),
 * name_entry, institution_entry, role_entry, contact_entry, pillars_grid
 * (one check button per pillar in scope, each carrying its pillar id under
 * LACUNA_PARTICIPANTS_VIEW_PILLAR_KEY), save_button, cancel_button,
 * error_bar, error_label, read_only_label.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_PARTICIPANTS_VIEW (lacuna_participants_view_get_type ())
G_DECLARE_FINAL_TYPE (LacunaParticipantsView, lacuna_participants_view, LACUNA, PARTICIPANTS_VIEW, GtkBox)

/* The columns of participant_tree's model, all strings. */
typedef enum {
  LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID,
  LACUNA_PARTICIPANTS_VIEW_COLUMN_NAME,
  LACUNA_PARTICIPANTS_VIEW_COLUMN_INSTITUTION,
  LACUNA_PARTICIPANTS_VIEW_COLUMN_ROLE,
  LACUNA_PARTICIPANTS_VIEW_COLUMN_CONTACT,
  LACUNA_PARTICIPANTS_VIEW_COLUMN_PILLARS,          /* ids, comma-separated */
  LACUNA_PARTICIPANTS_VIEW_COLUMN_PILLARS_TOOLTIP,  /* their titles, one a line */
  LACUNA_PARTICIPANTS_VIEW_N_COLUMNS
} LacunaParticipantsViewColumn;

#define LACUNA_PARTICIPANTS_VIEW_PILLAR_KEY "lacuna-pillar-id"

LacunaParticipantsView *lacuna_participants_view_new       (void);
void                    lacuna_participants_view_set_store (LacunaParticipantsView *self,
                                                            LacunaStore            *store);

G_END_DECLS
