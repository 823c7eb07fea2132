/* lacuna-report-dialog.c — what the report should be: its language, its
 * edition, and the baseline it is compared with
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "lacuna-report-dialog.h"
#include "message-catalog.h"
#include "paths.h"

struct _LacunaReportDialog {
  GtkDialog        parent_instance;

  GtkComboBoxText *language_combo;
  GtkToggleButton *internal_radio;
  GtkToggleButton *public_radio;
  GtkToggleButton *baseline_check;
  GtkWidget       *baseline_button;

  /* Kept here: a file chooser button fills in its file asynchronously. */
  char            *baseline_path;
};

G_DEFINE_FINAL_TYPE (LacunaReportDialog, lacuna_report_dialog, GTK_TYPE_DIALOG)

/* "fr_FR.UTF-8" chooses "fr"; "zh_CN" chooses "zh_CN" before "zh". */
static gboolean
choose_language (LacunaReportDialog *self,
                 const char         *language)
{
  g_autofree char *base = NULL;

  if (language == NULL || *language == '\0')
    return FALSE;
  if (gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->language_combo), language))
    return TRUE;
  base = g_strndup (language, strcspn (language, "_-.@"));
  if (gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->language_combo), base))
    return TRUE;
  /* An assessment in "zh" takes the one Chinese catalogue there is. */
  {
    g_autoptr(GtkTreeModel) model = g_object_ref (gtk_combo_box_get_model (GTK_COMBO_BOX (self->language_combo)));
    int id_column = gtk_combo_box_get_id_column (GTK_COMBO_BOX (self->language_combo));
    GtkTreeIter iter;
    gboolean valid;

    for (valid = gtk_tree_model_get_iter_first (model, &iter); valid; valid = gtk_tree_model_iter_next (model, &iter))
      {
        g_autofree char *id = NULL;

        gtk_tree_model_get (model, &iter, id_column, &id, -1);
        if (strncmp (id, base, strlen (base)) == 0 && (id[strlen (base)] == '_' || id[strlen (base)] == '\0'))
          {
            gtk_combo_box_set_active_iter (GTK_COMBO_BOX (self->language_combo), &iter);
            return TRUE;
          }
      }
  }
  return FALSE;
}

static void
on_baseline_toggled_cb (GtkToggleButton    *check,
                        LacunaReportDialog *self)
{
  gtk_widget_set_sensitive (self->baseline_button, gtk_toggle_button_get_active (check));
}

static void
on_baseline_file_set_cb (GtkFileChooserButton *button,
                         LacunaReportDialog   *self)
{
  g_free (self->baseline_path);
  self->baseline_path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (button));
  gtk_toggle_button_set_active (self->baseline_check, self->baseline_path != NULL);
}

static void
lacuna_report_dialog_finalize (GObject *object)
{
  LacunaReportDialog *self = LACUNA_REPORT_DIALOG (object);

  g_free (self->baseline_path);
  G_OBJECT_CLASS (lacuna_report_dialog_parent_class)->finalize (object);
}

static void
lacuna_report_dialog_class_init (LacunaReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lacuna_report_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-report-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaReportDialog, name)
  BIND (language_combo);
  BIND (internal_radio);
  BIND (public_radio);
  BIND (baseline_check);
  BIND (baseline_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_baseline_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_baseline_file_set_cb);
}

static void
lacuna_report_dialog_init (LacunaReportDialog *self)
{
  g_autoptr(GPtrArray) languages = NULL;
  GtkFileFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Only languages whose catalogue is installed can be chosen. */
  languages = lacuna_report_languages_list (lacuna_paths_get_locale_dir ());
  for (guint i = 0; i < languages->len; i++)
    {
      const LacunaReportLanguage *language = g_ptr_array_index (languages, i);

      gtk_combo_box_text_append (self->language_combo, language->code, language->name);
    }

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Lacuna assessments"));
  gtk_file_filter_add_pattern (filter, "*.lacuna");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->baseline_button), filter);
  gtk_widget_set_sensitive (self->baseline_button, FALSE);
}

/**
 * lacuna_report_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @language: (nullable): the language to offer first, e.g. the
 *   assessment's; the desktop's, then English, when it has no catalogue
 * @edition: the edition to offer first
 */
LacunaReportDialog *
lacuna_report_dialog_new (GtkWindow           *parent,
                          const char          *language,
                          LacunaReportEdition  edition)
{
  LacunaReportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  /* use-header-bar is construct-only, so it cannot come from the
   * template. */
  self = g_object_new (LACUNA_TYPE_REPORT_DIALOG,
                       "use-header-bar", TRUE,
                       "transient-for", parent,
                       NULL);
  if (!choose_language (self, language) && !choose_language (self, g_get_language_names ()[0]))
    gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->language_combo), "en");
  gtk_toggle_button_set_active (edition == LACUNA_REPORT_PUBLIC ? self->public_radio : self->internal_radio, TRUE);
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
  /* Enter takes what is offered; Tab reaches the choices. */
  gtk_widget_grab_focus (gtk_dialog_get_widget_for_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT));
  return self;
}

const char *
lacuna_report_dialog_get_language (LacunaReportDialog *self)
{
  g_return_val_if_fail (LACUNA_IS_REPORT_DIALOG (self), NULL);
  return gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->language_combo));
}

LacunaReportEdition
lacuna_report_dialog_get_edition (LacunaReportDialog *self)
{
  g_return_val_if_fail (LACUNA_IS_REPORT_DIALOG (self), LACUNA_REPORT_INTERNAL);
  return gtk_toggle_button_get_active (self->public_radio) ? LACUNA_REPORT_PUBLIC : LACUNA_REPORT_INTERNAL;
}

/* The baseline to compare with, or NULL when the report has none. */
char *
lacuna_report_dialog_dup_baseline (LacunaReportDialog *self)
{
  g_return_val_if_fail (LACUNA_IS_REPORT_DIALOG (self), NULL);
  if (!gtk_toggle_button_get_active (self->baseline_check))
    return NULL;
  return g_strdup (self->baseline_path);
}

gboolean
lacuna_report_dialog_set_baseline (LacunaReportDialog *self,
                                   const char         *path)
{
  g_return_val_if_fail (LACUNA_IS_REPORT_DIALOG (self), FALSE);
  if (path == NULL)
    {
      gtk_toggle_button_set_active (self->baseline_check, FALSE);
      return TRUE;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  g_free (self->baseline_path);
  self->baseline_path = g_strdup (path);
  gtk_file_chooser_set_filename (GTK_FILE_CHOOSER (self->baseline_button), path);
  gtk_toggle_button_set_active (self->baseline_check, TRUE);
  return TRUE;
}
