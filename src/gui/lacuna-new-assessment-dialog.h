/* lacuna-new-assessment-dialog.h — the details a new assessment starts with
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store.h"

G_BEGIN_DECLS

/* Tests drive the fields through gtk_widget_get_template_child () with the
 * ids in ui/lacuna-new-assessment-dialog.ui: country_search, country_list,
 * title_entry, participants_view, frameworks_box (one check button per framework, in catalog
 * order), period_start_entry, period_end_entry, lead_entry, error_label. */

#define LACUNA_TYPE_NEW_ASSESSMENT_DIALOG (lacuna_new_assessment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LacunaNewAssessmentDialog, lacuna_new_assessment_dialog, LACUNA, NEW_ASSESSMENT_DIALOG, GtkDialog)

LacunaNewAssessmentDialog *lacuna_new_assessment_dialog_new            (GtkWindow                 *parent,
                                                                        LacunaCatalog             *catalog);
gboolean                   lacuna_new_assessment_dialog_select_country (LacunaNewAssessmentDialog *self,
                                                                        const char                *code);
LacunaStore               *lacuna_new_assessment_dialog_create         (LacunaNewAssessmentDialog *self,
                                                                        const char                *path,
                                                                        GError                   **error);

G_END_DECLS
