/* lacuna-window.h
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "lacuna-application.h"
#include "lacuna-comparison-dialog.h"
#include "report.h"
#include "store.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_WINDOW (lacuna_window_get_type ())
G_DECLARE_FINAL_TYPE (LacunaWindow, lacuna_window, LACUNA, WINDOW, GtkApplicationWindow)

enum {
  LACUNA_CATALOG_COLUMN_ID,
  LACUNA_CATALOG_COLUMN_TITLE,
  LACUNA_CATALOG_COLUMN_DETAIL,
  LACUNA_CATALOG_COLUMN_LAW,
  LACUNA_CATALOG_COLUMN_PRACTICE,
  LACUNA_CATALOG_COLUMN_MARK,
  LACUNA_CATALOG_COLUMN_MARK_COLOR,
  LACUNA_CATALOG_COLUMN_MEASURE,
  LACUNA_CATALOG_COLUMN_ANSWERED,
};

LacunaWindow *lacuna_window_new               (LacunaApplication *application);
void          lacuna_window_show_assessment   (LacunaWindow      *self,
                                               LacunaStore       *store);
void          lacuna_window_show_error        (LacunaWindow      *self,
                                               const char        *message);
LacunaStore  *lacuna_window_get_store         (LacunaWindow      *self);
gboolean      lacuna_window_select_measure    (LacunaWindow      *self,
                                               const char        *measure_id);
const char   *lacuna_window_get_selected_measure (LacunaWindow    *self);
void          lacuna_window_start_report      (LacunaWindow              *self,
                                               const char                *path,
                                               const LacunaReportRequest *request);
gboolean      lacuna_window_is_writing_report (LacunaWindow      *self);
GtkTreeModel *lacuna_window_get_catalog_model (LacunaWindow      *self);
gboolean      lacuna_window_is_showing_error  (LacunaWindow      *self);
gboolean      lacuna_window_is_in_workshop_mode (LacunaWindow    *self);
gboolean      lacuna_window_export            (LacunaWindow      *self,
                                               const char        *path,
                                               const char        *format,
                                               GError           **error);
LacunaComparisonDialog *lacuna_window_compare_with (LacunaWindow *self,
                                                    const char   *baseline_path);

G_END_DECLS
