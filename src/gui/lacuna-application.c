/* lacuna-application.c — the single-instance GtkApplication
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "framework-loader.h"
#include "lacuna-application.h"
#include "lacuna-window.h"

struct _LacunaApplication {
  GtkApplication  parent_instance;
  LacunaCatalog  *catalog;
  GError         *catalog_error;
};

G_DEFINE_FINAL_TYPE (LacunaApplication, lacuna_application, GTK_TYPE_APPLICATION)

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = on_quit_activated },
};

static void
lacuna_application_startup (GApplication *application)
{
  LacunaApplication *self = LACUNA_APPLICATION (application);
  static const char *quit_accels[] = { "<Primary>q", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (lacuna_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);

  gtk_css_provider_load_from_resource (css, "/io/github/lacuna/Lacuna/style.css");
  gtk_style_context_add_provider_for_screen (gdk_screen_get_default (), GTK_STYLE_PROVIDER (css),
                                             GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* A broken or missing framework folder must not stop the window from
   * opening: it shows the message instead. */
  self->catalog = lacuna_catalog_load_default (&self->catalog_error);
}

static void
lacuna_application_activate (GApplication *application)
{
  LacunaApplication *self = LACUNA_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (lacuna_window_new (self));
  gtk_window_present (window);
}

static void
lacuna_application_finalize (GObject *object)
{
  LacunaApplication *self = LACUNA_APPLICATION (object);

  g_clear_pointer (&self->catalog, lacuna_catalog_unref);
  g_clear_error (&self->catalog_error);
  G_OBJECT_CLASS (lacuna_application_parent_class)->finalize (object);
}

static void
lacuna_application_class_init (LacunaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lacuna_application_finalize;
  application_class->startup = lacuna_application_startup;
  application_class->activate = lacuna_application_activate;
}

static void
lacuna_application_init (LacunaApplication *self)
{
}

LacunaApplication *
lacuna_application_new (void)
{
  return g_object_new (LACUNA_TYPE_APPLICATION,
                       "application-id", LACUNA_APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

LacunaCatalog *
lacuna_application_get_catalog (LacunaApplication *self)
{
  g_return_val_if_fail (LACUNA_IS_APPLICATION (self), NULL);
  return self->catalog;
}

const GError *
lacuna_application_get_catalog_error (LacunaApplication *self)
{
  g_return_val_if_fail (LACUNA_IS_APPLICATION (self), NULL);
  return self->catalog_error;
}
