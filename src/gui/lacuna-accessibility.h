/* lacuna-accessibility.h — names for the controls GTK leaves unnamed
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lacuna_accessibility_name_info_bar_close (GtkInfoBar *info_bar);

G_END_DECLS
