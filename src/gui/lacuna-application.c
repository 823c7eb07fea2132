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

/* Destroying the windows closes their assessments, which releases the lock
 * files; g_application_quit() alone would leave them behind. */
static void
close_all_windows (GtkApplication *application)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (application)) != NULL)
    gtk_widget_destroy (GTK_WIDGET (windows->data));
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  close_all_windows (GTK_APPLICATION (user_data));
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
  static GtkCssProvider *css = NULL;

  G_APPLICATION_CLASS (lacuna_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);

  /* The screen outlives the application; its style is installed once per
   * process, however many times an application starts in it (tests). */
  if (css == NULL)
    {
      css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (css, "/io/github/lacuna/Lacuna/style.css");
      gtk_style_context_add_provider_for_screen (gdk_screen_get_default (), GTK_STYLE_PROVIDER (css),
                                                 GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

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

/* Each file opens in a window of its own; a file that cannot be opened
 * still gets a window, which says why. */
static void
lacuna_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  LacunaApplication *self = LACUNA_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      LacunaWindow *window = lacuna_window_new (self);
      g_autofree char *path = g_file_get_path (files[i]);
      g_autoptr(GError) error = NULL;
      LacunaStore *store = path != NULL ? lacuna_store_open (path, LACUNA_STORE_OPEN_DEFAULT, &error) : NULL;

      if (store == NULL && g_error_matches (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED))
        {
          /* Someone else is working on it: show it, without changing it. */
          g_autoptr(GError) read_only_error = NULL;
          store = lacuna_store_open (path, LACUNA_STORE_OPEN_READ_ONLY, &read_only_error);
        }
      if (store != NULL)
        lacuna_window_show_assessment (window, store);
      if (error != NULL)
        lacuna_window_show_error (window, error->message);
      else if (path == NULL)
        lacuna_window_show_error (window, _("Only files on this computer or a mounted drive can be opened."));
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
lacuna_application_shutdown (GApplication *application)
{
  close_all_windows (GTK_APPLICATION (application));
  G_APPLICATION_CLASS (lacuna_application_parent_class)->shutdown (application);
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
  application_class->open = lacuna_application_open;
  application_class->shutdown = lacuna_application_shutdown;
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
                       "flags", G_APPLICATION_HANDLES_OPEN,
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
