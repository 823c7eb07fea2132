/* lacuna-properties-dialog.h — the assessment's own details, edited
 *
 * The dialog does not own the store: the caller keeps it alive for as long
 * as the dialog exists.
 *
 * Responses: the Save button answers GTK_RESPONSE_ACCEPT. The dialog
 * handles its responses itself: on ACCEPT it calls
 * lacuna_properties_dialog_apply(); when the core refuses, the message is
 * shown in the dialog, the response goes no further (handlers the caller
 * connected do not see it) and the dialog stays open. After a successful
 * save, and on Cancel or Escape, the caller's "response" handlers run and
 * then the dialog destroys itself. So a caller connects to "response" (an
 * ACCEPT means "saved"), presents the dialog, and neither runs
 * gtk_dialog_run() nor destroys it.
 *
 * Tests drive the fields through gtk_widget_get_template_child () with the
 * ids in ui/lacuna-properties-dialog.ui: title_entry, country_label,
 * period_start_entry, period_end_entry, lead_entry, language_combo (ids en,
 * fr, es, ru, ar, zh, plus the stored code when it is another), status_combo
 * (ids draft, under-validation, validated), validated_by_entry,
 * validated_at_entry, error_bar, error_label, read_only_label.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_PROPERTIES_DIALOG (lacuna_properties_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LacunaPropertiesDialog, lacuna_properties_dialog, LACUNA, PROPERTIES_DIALOG, GtkDialog)

LacunaPropertiesDialog *lacuna_properties_dialog_new   (GtkWindow               *parent,
                                                        LacunaStore             *store);
gboolean                lacuna_properties_dialog_apply (LacunaPropertiesDialog  *self,
                                                        GError                 **error);

G_END_DECLS
