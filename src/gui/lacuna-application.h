/* lacuna-application.h
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "framework.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_APPLICATION (lacuna_application_get_type ())
G_DECLARE_FINAL_TYPE (LacunaApplication, lacuna_application, LACUNA, APPLICATION, GtkApplication)

LacunaApplication *lacuna_application_new         (void);
LacunaCatalog     *lacuna_application_get_catalog (LacunaApplication *self);
const GError      *lacuna_application_get_catalog_error (LacunaApplication *self);
GSettings         *lacuna_application_get_settings (LacunaApplication *self);
void               lacuna_application_remember_folder (LacunaApplication *self,
                                                       const char        *path);
GtkFileChooserNative *lacuna_application_new_assessment_chooser (LacunaApplication    *self,
                                                                GtkWindow            *parent,
                                                                const char           *title,
                                                                GtkFileChooserAction  action,
                                                                const char           *accept_label);
void               lacuna_application_start_in_last_folder (LacunaApplication *self,
                                                            GtkFileChooser    *chooser);

G_END_DECLS
