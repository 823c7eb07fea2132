/* lacuna-application.c — the single-instance GtkApplication
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>

#include "framework-loader.h"
#include "lacuna-application.h"
#include "lacuna-new-assessment-dialog.h"
#include "lacuna-window.h"
#include "paths.h"
#include "sample.h"

struct _LacunaApplication {
  GtkApplication  parent_instance;
  LacunaCatalog  *catalog;
  GError         *catalog_error;
  GSettings      *settings;  /* NULL when the schema is not installed */
  guint           signal_sources[3];
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

static void
on_open_chosen_cb (GtkNativeDialog   *dialog,
                   int                response,
                   LacunaApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        lacuna_application_remember_folder (self, path);
      g_application_open (G_APPLICATION (self), &file, 1, "");
    }
  g_object_unref (dialog);
}

/* A chooser for assessment files, starting where the last one was. */
GtkFileChooserNative *
lacuna_application_new_assessment_chooser (LacunaApplication    *self,
                                           GtkWindow            *parent,
                                           const char           *title,
                                           GtkFileChooserAction  action,
                                           const char           *accept_label)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Lacuna assessments"));
  gtk_file_filter_add_pattern (filter, "*.lacuna");
  gtk_file_filter_add_mime_type (filter, LACUNA_STORE_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  lacuna_application_start_in_last_folder (self, GTK_FILE_CHOOSER (chooser));
  return chooser;
}

static void
on_open_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkFileChooserNative *dialog = lacuna_application_new_assessment_chooser (LACUNA_APPLICATION (application),
                                                         gtk_application_get_active_window (application),
                                                         _("Open an Assessment"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                         _("_Open"));

  g_signal_connect (dialog, "response", G_CALLBACK (on_open_chosen_cb), application);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The sample lives in the user's data folder, written the first time it
 * is asked for; it is an ordinary assessment from then on. */
static void
on_open_sample_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  LacunaApplication *self = LACUNA_APPLICATION (user_data);
  g_autofree char *directory = g_build_filename (g_get_user_data_dir (), "lacuna", NULL);
  g_autofree char *path = g_build_filename (directory, "sample-arcadia.lacuna", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      LacunaStore *store = NULL;

      if (self->catalog != NULL && g_mkdir_with_parents (directory, 0755) == 0)
        store = lacuna_sample_create (path, self->catalog, &error);
      if (store == NULL)
        {
          GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
          if (LACUNA_IS_WINDOW (window))
            lacuna_window_show_error (LACUNA_WINDOW (window), error != NULL ? error->message
                                                                             : _("The sample assessment could not be written."));
          return;
        }
      lacuna_store_close (store);
    }
  g_application_open (G_APPLICATION (self), &file, 1, "");
}

/* A window to show an assessment in: the current one while it shows the
 * welcome view, a new one otherwise. */
static LacunaWindow *
window_for_assessment (LacunaApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (LACUNA_IS_WINDOW (active) && lacuna_window_get_store (LACUNA_WINDOW (active)) == NULL)
    return LACUNA_WINDOW (active);
  return lacuna_window_new (self);
}

static void
on_new_path_chosen_cb (GtkNativeDialog           *chooser,
                       int                        response,
                       LacunaNewAssessmentDialog *dialog)
{
  LacunaApplication *self = LACUNA_APPLICATION (g_application_get_default ());

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      LacunaStore *store = lacuna_new_assessment_dialog_create (dialog, path, &error);

      /* On failure the dialog shows the reason and stays open. */
      if (store != NULL)
        {
          LacunaWindow *window = window_for_assessment (self);

          lacuna_application_remember_folder (self, path);
          lacuna_window_show_assessment (window, store);
          gtk_window_present (GTK_WINDOW (window));
          gtk_widget_destroy (GTK_WIDGET (dialog));
        }
    }
  g_object_unref (chooser);
}

/* Create asks where to save; the file is only written once both are
 * answered, and the core refuses to replace an existing file. */
static void
on_new_dialog_response_cb (GtkDialog         *dialog,
                           int                response,
                           LacunaApplication *self)
{
  GtkFileChooserNative *chooser;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      gtk_widget_destroy (GTK_WIDGET (dialog));
      return;
    }
  chooser = lacuna_application_new_assessment_chooser (self, GTK_WINDOW (dialog), _("Save the New Assessment"),
                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("New assessment.lacuna"));
  /* Modal like the dialog it belongs to, or the dialog's grab would keep
   * every click from reaching it. */
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_new_path_chosen_cb), dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_new_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LacunaApplication *self = LACUNA_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  LacunaNewAssessmentDialog *dialog;

  if (self->catalog == NULL)
    {
      if (LACUNA_IS_WINDOW (parent))
        lacuna_window_show_error (LACUNA_WINDOW (parent), self->catalog_error->message);
      return;
    }
  dialog = lacuna_new_assessment_dialog_new (parent, self->catalog);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_dialog_response_cb), self);
  gtk_widget_show (GTK_WIDGET (dialog));
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  static const char *authors[] = { "The Lacuna authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                         "program-name", _("Lacuna"),
                         "logo-icon-name", LACUNA_APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Gap analysis against UNODC’s International Frameworks for Action on trafficking in persons and the smuggling of migrants."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         NULL);
}

static void
show_help_error (GtkWindow  *window,
                 const char *message)
{
  if (LACUNA_IS_WINDOW (window))
    lacuna_window_show_error (LACUNA_WINDOW (window), message);
  else
    g_warning ("%s", message);
}

/* The user guide opens in whatever the desktop reads HTML (or Markdown)
 * with: the guide is a document beside the program, not part of it. */
static void
on_help_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autofree char *path = lacuna_paths_find_user_guide ();
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      show_help_error (window, _("The user guide is not installed. Reinstall Lacuna, or set LACUNA_DOC_DIR to the folder that holds USER-GUIDE.md."));
      return;
    }
  uri = g_filename_to_uri (path, NULL, &error);
  if (uri == NULL || !gtk_show_uri_on_window (window, uri, GDK_CURRENT_TIME, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The user guide %s could not be opened: %s"), path, error->message);
      show_help_error (window, message);
    }
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = on_quit_activated },
  { .name = "new", .activate = on_new_activated },
  { .name = "open", .activate = on_open_activated },
  { .name = "open-sample", .activate = on_open_sample_activated },
  { .name = "about", .activate = on_about_activated },
  { .name = "help", .activate = on_help_activated },
};

/* Every accelerator in one place, set once at start-up. */
static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Primary>q", NULL } },
  { "app.new", { "<Primary>n", NULL } },
  { "app.open", { "<Primary>o", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.previous-measure", { "<Alt>Left", "<Primary>Page_Up", NULL } },
  { "win.next-measure", { "<Alt>Right", "<Primary>Page_Down", NULL } },
  { "win.next-unanswered", { "<Primary>j", NULL } },
  { "win.undo", { "<Primary>z", NULL } },
  { "win.find", { "<Primary>f", NULL } },
  { "win.report", { "<Primary>r", NULL } },
  { "win.save-copy", { "<Primary><Shift>s", NULL } },
  { "win.workshop-mode", { "F11", NULL } },
  { "win.show-view::measures", { "<Alt>1", NULL } },
  { "win.show-view::overview", { "<Alt>2", NULL } },
  { "win.show-view::recommendations", { "<Alt>3", NULL } },
  { "win.show-view::registers", { "<Alt>4", NULL } },
};

/* The session ends with SIGTERM (logging out, shutting down), a terminal
 * with SIGHUP or Ctrl+C: quit as the menu does, so that the text being
 * typed is saved and the lock files are removed. */
static gboolean
on_termination_signal_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_CONTINUE;
}

static void
lacuna_application_startup (GApplication *application)
{
  static const int termination_signals[] = { SIGTERM, SIGHUP, SIGINT };
  LacunaApplication *self = LACUNA_APPLICATION (application);
  static GtkCssProvider *css = NULL;

  G_APPLICATION_CLASS (lacuna_application_parent_class)->startup (application);
  gtk_window_set_default_icon_name (LACUNA_APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  G_STATIC_ASSERT (G_N_ELEMENTS (termination_signals) == G_N_ELEMENTS (self->signal_sources));
  for (guint i = 0; i < G_N_ELEMENTS (termination_signals); i++)
    self->signal_sources[i] = g_unix_signal_add (termination_signals[i], on_termination_signal_cb, self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accelerators[i].action, accelerators[i].accels);

  /* The screen outlives the application; its style is installed once per
   * process, however many times an application starts in it (tests). */
  if (css == NULL)
    {
      css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (css, "/io/github/lacuna/Lacuna/style.css");
      gtk_style_context_add_provider_for_screen (gdk_screen_get_default (), GTK_STYLE_PROVIDER (css),
                                                 GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  /* Settings are a convenience: an uninstalled build without the compiled
   * schema still runs, it just forgets window sizes and folders. */
  if (self->settings == NULL)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, LACUNA_APPLICATION_ID, TRUE);
      if (schema != NULL)
        self->settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_debug ("The settings schema %s is not installed; settings will not be kept", LACUNA_APPLICATION_ID);
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
      LacunaWindow *window = window_for_assessment (self);
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
  LacunaApplication *self = LACUNA_APPLICATION (application);

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);
  close_all_windows (GTK_APPLICATION (application));
  G_APPLICATION_CLASS (lacuna_application_parent_class)->shutdown (application);
}

static void
lacuna_application_finalize (GObject *object)
{
  LacunaApplication *self = LACUNA_APPLICATION (object);

  g_clear_pointer (&self->catalog, lacuna_catalog_unref);
  g_clear_error (&self->catalog_error);
  g_clear_object (&self->settings);
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

GSettings *
lacuna_application_get_settings (LacunaApplication *self)
{
  g_return_val_if_fail (LACUNA_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* Remembers the folder holding PATH, where the next file chooser starts. */
void
lacuna_application_remember_folder (LacunaApplication *self,
                                    const char        *path)
{
  g_autofree char *folder = NULL;

  g_return_if_fail (LACUNA_IS_APPLICATION (self));
  if (self->settings == NULL || path == NULL)
    return;
  folder = g_path_get_dirname (path);
  g_settings_set_string (self->settings, "last-folder", folder);
}

void
lacuna_application_start_in_last_folder (LacunaApplication *self,
                                         GtkFileChooser    *chooser)
{
  g_autofree char *folder = NULL;

  g_return_if_fail (LACUNA_IS_APPLICATION (self));
  if (self->settings == NULL)
    return;
  folder = g_settings_get_string (self->settings, "last-folder");
  if (folder[0] != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (chooser, folder);
}
