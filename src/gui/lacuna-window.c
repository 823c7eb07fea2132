/* lacuna-window.c — the main window
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lacuna-window.h"

struct _LacunaWindow {
  GtkApplicationWindow  parent_instance;

  GtkHeaderBar         *header_bar;
  GtkInfoBar           *info_bar;
  GtkLabel             *info_label;
  GtkTreeView          *catalog_view;
  GtkTreeStore         *catalog_store;
};

G_DEFINE_FINAL_TYPE (LacunaWindow, lacuna_window, GTK_TYPE_APPLICATION_WINDOW)

static void
fill_catalog_store (LacunaWindow  *self,
                    LacunaCatalog *catalog)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measure", "%u measures",
                                                             framework->measures->len),
                                                framework->measures->len);
      GtkTreeIter framework_iter;

      gtk_tree_store_insert_with_values (self->catalog_store, &framework_iter, NULL, -1,
                                         LACUNA_CATALOG_COLUMN_ID, framework->id,
                                         LACUNA_CATALOG_COLUMN_TITLE, framework->title,
                                         LACUNA_CATALOG_COLUMN_DETAIL, count,
                                         -1);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);
          GtkTreeIter pillar_iter;

          gtk_tree_store_insert_with_values (self->catalog_store, &pillar_iter, &framework_iter, -1,
                                             LACUNA_CATALOG_COLUMN_ID, pillar->id,
                                             LACUNA_CATALOG_COLUMN_TITLE, pillar->title,
                                             -1);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaArea *area = g_ptr_array_index (pillar->areas, a);
              GtkTreeIter area_iter;

              gtk_tree_store_insert_with_values (self->catalog_store, &area_iter, &pillar_iter, -1,
                                                 LACUNA_CATALOG_COLUMN_ID, area->id,
                                                 LACUNA_CATALOG_COLUMN_TITLE, area->title,
                                                 -1);
              for (guint m = 0; m < area->measures->len; m++)
                {
                  LacunaMeasure *measure = g_ptr_array_index (area->measures, m);

                  gtk_tree_store_insert_with_values (self->catalog_store, NULL, &area_iter, -1,
                                                     LACUNA_CATALOG_COLUMN_ID, measure->id,
                                                     LACUNA_CATALOG_COLUMN_TITLE, measure->title,
                                                     LACUNA_CATALOG_COLUMN_DETAIL,
                                                     lacuna_obligation_label (measure->obligation),
                                                     -1);
                }
            }
        }
    }
}

static void
show_error (LacunaWindow *self,
            const char   *message)
{
  gtk_label_set_text (self->info_label, message);
  gtk_widget_show (GTK_WIDGET (self->info_bar));
}

static void
lacuna_window_class_init (LacunaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, catalog_view);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, catalog_store);
}

static void
lacuna_window_init (LacunaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LacunaWindow *
lacuna_window_new (LacunaApplication *application)
{
  LacunaWindow *self = g_object_new (LACUNA_TYPE_WINDOW, "application", application, NULL);
  LacunaCatalog *catalog = lacuna_application_get_catalog (application);

  if (catalog != NULL)
    {
      g_autoptr(GtkTreePath) first = gtk_tree_path_new_first ();

      fill_catalog_store (self, catalog);
      gtk_tree_view_expand_row (self->catalog_view, first, FALSE);
    }
  else
    show_error (self, lacuna_application_get_catalog_error (application)->message);

  return self;
}

GtkTreeModel *
lacuna_window_get_catalog_model (LacunaWindow *self)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), NULL);
  return GTK_TREE_MODEL (self->catalog_store);
}

gboolean
lacuna_window_is_showing_error (LacunaWindow *self)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->info_bar));
}
