/* lacuna-accessibility.c — names for the controls GTK leaves unnamed
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lacuna-accessibility.h"

/**
 * lacuna_accessibility_name_info_bar_close:
 *
 * GTK 3 draws an info bar's close button as a bare icon, which a screen
 * reader can only announce as "button". Call this once "show-close-button"
 * is set (a template sets it before init returns).
 */
void
lacuna_accessibility_name_info_bar_close (GtkInfoBar *info_bar)
{
  g_autoptr(GList) buttons = NULL;

  g_return_if_fail (GTK_IS_INFO_BAR (info_bar));

  /* It sits beside the action area, not in it. */
  buttons = gtk_container_get_children (
    GTK_CONTAINER (gtk_widget_get_parent (gtk_info_bar_get_action_area (info_bar))));
  for (GList *l = buttons; l != NULL; l = l->next)
    {
      GtkWidget *child = GTK_IS_BIN (l->data) ? gtk_bin_get_child (l->data) : NULL;

      /* The close button is the one that shows an image, not words. */
      if (GTK_IS_BUTTON (l->data) && GTK_IS_IMAGE (child))
        {
          atk_object_set_name (gtk_widget_get_accessible (l->data), _("Close the message"));
          gtk_widget_set_tooltip_text (l->data, _("Close the message"));
        }
    }
}
