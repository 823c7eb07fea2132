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
  GtkTreeViewColumn    *law_column;
  GtkTreeViewColumn    *practice_column;

  LacunaStore          *store;   /* the open assessment, or NULL */
};

G_DEFINE_FINAL_TYPE (LacunaWindow, lacuna_window, GTK_TYPE_APPLICATION_WINDOW)

static const char *
dimension_text (const LacunaAnswer *answer,
                const LacunaMeasure *measure,
                LacunaDimensions     dimension)
{
  LacunaLevel level;

  if (answer == NULL)
    return NULL;
  if (answer->not_applicable)
    return _("Not applicable");
  if (!(measure->dimensions & dimension))
    return "—";
  level = dimension == LACUNA_DIMENSION_LEGAL_BASIS ? answer->law : answer->practice;
  return level == LACUNA_LEVEL_UNANSWERED ? "" : lacuna_level_label (level);
}

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
                  g_autoptr(LacunaAnswer) answer = self->store != NULL
                                                     ? lacuna_store_get_answer (self->store, measure->id)
                                                     : NULL;

                  gtk_tree_store_insert_with_values (self->catalog_store, NULL, &area_iter, -1,
                                                     LACUNA_CATALOG_COLUMN_ID, measure->id,
                                                     LACUNA_CATALOG_COLUMN_TITLE, measure->title,
                                                     LACUNA_CATALOG_COLUMN_DETAIL,
                                                     lacuna_obligation_label (measure->obligation),
                                                     LACUNA_CATALOG_COLUMN_LAW,
                                                     dimension_text (answer, measure, LACUNA_DIMENSION_LEGAL_BASIS),
                                                     LACUNA_CATALOG_COLUMN_PRACTICE,
                                                     dimension_text (answer, measure, LACUNA_DIMENSION_PRACTICE),
                                                     -1);
                }
            }
        }
    }
}

void
lacuna_window_show_error (LacunaWindow *self,
                          const char   *message)
{
  g_return_if_fail (LACUNA_IS_WINDOW (self));
  gtk_label_set_text (self->info_label, message);
  gtk_widget_show (GTK_WIDGET (self->info_bar));
}

/* The first pillar down to its measures: where a team starts. */
static void
expand_first_framework (LacunaWindow *self)
{
  g_autoptr(GtkTreePath) first = gtk_tree_path_new_first ();
  g_autoptr(GtkTreePath) first_pillar = gtk_tree_path_new_from_indices (0, 0, -1);

  gtk_tree_view_expand_row (self->catalog_view, first, FALSE);
  gtk_tree_view_expand_row (self->catalog_view, first_pillar, TRUE);
}

/* Shows an open assessment; the window takes the store over. */
void
lacuna_window_show_assessment (LacunaWindow *self,
                               LacunaStore  *store)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  g_autofree char *base = g_path_get_basename (lacuna_store_get_path (store));

  g_return_if_fail (LACUNA_IS_WINDOW (self));

  g_clear_pointer (&self->store, lacuna_store_close);
  self->store = store;

  gtk_header_bar_set_title (self->header_bar, details->values[LACUNA_DETAIL_TITLE]);
  gtk_header_bar_set_subtitle (self->header_bar, base);
  gtk_tree_view_column_set_visible (self->law_column, TRUE);
  gtk_tree_view_column_set_visible (self->practice_column, TRUE);
  gtk_tree_store_clear (self->catalog_store);
  fill_catalog_store (self, lacuna_store_get_catalog (store));
  expand_first_framework (self);
  if (lacuna_store_is_read_only (store))
    lacuna_window_show_error (self, lacuna_store_get_read_only_reason (store));
}

LacunaStore *
lacuna_window_get_store (LacunaWindow *self)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), NULL);
  return self->store;
}

static void
lacuna_window_dispose (GObject *object)
{
  LacunaWindow *self = LACUNA_WINDOW (object);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  g_clear_pointer (&self->store, lacuna_store_close);
  /* The keyboard-shortcuts window is a toplevel of its own: GTK 3 drops
   * its reference without destroying it, and the orphan then reacts to
   * theme changes with a dead parent. */
  if (overlay != NULL)
    gtk_widget_destroy (GTK_WIDGET (overlay));
  G_OBJECT_CLASS (lacuna_window_parent_class)->dispose (object);
}

static void
lacuna_window_class_init (LacunaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lacuna_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, catalog_view);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, catalog_store);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, law_column);
  gtk_widget_class_bind_template_child (widget_class, LacunaWindow, practice_column);
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
      fill_catalog_store (self, catalog);
      expand_first_framework (self);
    }
  else
    lacuna_window_show_error (self, lacuna_application_get_catalog_error (application)->message);

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
