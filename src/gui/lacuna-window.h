/* lacuna-window.h
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "lacuna-application.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_WINDOW (lacuna_window_get_type ())
G_DECLARE_FINAL_TYPE (LacunaWindow, lacuna_window, LACUNA, WINDOW, GtkApplicationWindow)

enum {
  LACUNA_CATALOG_COLUMN_ID,
  LACUNA_CATALOG_COLUMN_TITLE,
  LACUNA_CATALOG_COLUMN_DETAIL,
};

LacunaWindow *lacuna_window_new               (LacunaApplication *application);
GtkTreeModel *lacuna_window_get_catalog_model (LacunaWindow      *self);
gboolean      lacuna_window_is_showing_error  (LacunaWindow      *self);

G_END_DECLS
