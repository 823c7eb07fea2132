/* lacuna-report-dialog.h — what the report should be: its language, its
 * edition, and the baseline it is compared with
 *
 * The dialog only gathers the choice; where the file goes is asked next,
 * by the owner, with a file chooser. Responses: GTK_RESPONSE_ACCEPT
 * ("Next") or GTK_RESPONSE_CANCEL / DELETE_EVENT.
 *
 * Tests drive it through gtk_widget_get_template_child () with the ids in
 * ui/lacuna-report-dialog.ui: language_combo (one id per report language,
 * as lacuna_report_languages_list() gives them), internal_radio,
 * public_radio, baseline_check, baseline_button.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "report.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_REPORT_DIALOG (lacuna_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LacunaReportDialog, lacuna_report_dialog, LACUNA, REPORT_DIALOG, GtkDialog)

LacunaReportDialog *lacuna_report_dialog_new           (GtkWindow           *parent,
                                                        const char          *language,
                                                        LacunaReportEdition  edition);
const char         *lacuna_report_dialog_get_language  (LacunaReportDialog  *self);
LacunaReportEdition lacuna_report_dialog_get_edition   (LacunaReportDialog  *self);
char               *lacuna_report_dialog_dup_baseline  (LacunaReportDialog  *self);
gboolean            lacuna_report_dialog_set_baseline  (LacunaReportDialog  *self,
                                                        const char          *path);

G_END_DECLS
