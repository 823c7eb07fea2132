/* lacuna-properties-dialog.c — the assessment's own details, edited
 *
 * Only the fields the team changed are written, each through
 * lacuna_store_set_detail(): the file may be shared, and a field left alone
 * here must not overwrite what someone else saved meanwhile, nor add a line
 * to the history. Whether a value is acceptable is the core's decision.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lacuna-accessibility.h"
#include "lacuna-properties-dialog.h"

struct _LacunaPropertiesDialog {
  GtkDialog        parent_instance;

  GtkInfoBar      *error_bar;
  GtkLabel        *error_label;
  GtkLabel        *read_only_label;
  GtkEntry        *title_entry;
  GtkLabel        *country_label;
  GtkEntry        *period_start_entry;
  GtkEntry        *period_end_entry;
  GtkEntry        *lead_entry;
  GtkComboBoxText *language_combo;
  GtkComboBoxText *status_combo;
  GtkEntry        *validated_by_entry;
  GtkEntry        *validated_at_entry;

  LacunaStore     *store;                      /* borrowed */
  char            *shown[LACUNA_N_DETAILS];    /* what the fields were filled with */
};

G_DEFINE_FINAL_TYPE (LacunaPropertiesDialog, lacuna_properties_dialog, GTK_TYPE_DIALOG)

/* The details a field can change, those the core may refuse first: a
 * refusal then comes before anything is written, in the common case of
 * one bad field. (The core has no call that writes several at once.) */
static const LacunaDetail edited_details[] = {
  LACUNA_DETAIL_TITLE,
  LACUNA_DETAIL_PERIOD_START,
  LACUNA_DETAIL_PERIOD_END,
  LACUNA_DETAIL_VALIDATED_AT,
  LACUNA_DETAIL_LEAD_INSTITUTION,
  LACUNA_DETAIL_LANGUAGE,
  LACUNA_DETAIL_EXERCISE_STATUS,
  LACUNA_DETAIL_VALIDATED_BY,
};

static gboolean
is_writable (LacunaPropertiesDialog *self)
{
  return self->store != NULL && !lacuna_store_is_read_only (self->store);
}

static char *
stripped_or_null (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_entry_get_text (entry)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
show_error (LacunaPropertiesDialog *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

static void
hide_error (LacunaPropertiesDialog *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

static GtkWidget *
widget_for (LacunaPropertiesDialog *self,
            LacunaDetail            detail)
{
  switch (detail)
    {
    case LACUNA_DETAIL_TITLE:            return GTK_WIDGET (self->title_entry);
    case LACUNA_DETAIL_PERIOD_START:     return GTK_WIDGET (self->period_start_entry);
    case LACUNA_DETAIL_PERIOD_END:       return GTK_WIDGET (self->period_end_entry);
    case LACUNA_DETAIL_LEAD_INSTITUTION: return GTK_WIDGET (self->lead_entry);
    case LACUNA_DETAIL_LANGUAGE:         return GTK_WIDGET (self->language_combo);
    case LACUNA_DETAIL_EXERCISE_STATUS:  return GTK_WIDGET (self->status_combo);
    case LACUNA_DETAIL_VALIDATED_BY:     return GTK_WIDGET (self->validated_by_entry);
    case LACUNA_DETAIL_VALIDATED_AT:     return GTK_WIDGET (self->validated_at_entry);
    case LACUNA_DETAIL_COUNTRY_CODE:
    case LACUNA_DETAIL_COUNTRY_NAME:
    case LACUNA_N_DETAILS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What a field holds, in the form the core is given. The title is never
 * NULL, so that emptying it reaches the core and is refused there. */
static char *
field_value (LacunaPropertiesDialog *self,
             LacunaDetail            detail)
{
  GtkWidget *widget = widget_for (self, detail);

  if (detail == LACUNA_DETAIL_TITLE)
    return g_strstrip (g_strdup (gtk_entry_get_text (GTK_ENTRY (widget))));
  if (GTK_IS_COMBO_BOX (widget))
    return g_strdup (gtk_combo_box_get_active_id (GTK_COMBO_BOX (widget)));
  return stripped_or_null (GTK_ENTRY (widget));
}

static void
update_controls (LacunaPropertiesDialog *self)
{
  gboolean writable = is_writable (self);
  gboolean validated = g_strcmp0 (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->status_combo)),
                                  "validated") == 0;

  for (guint i = 0; i < G_N_ELEMENTS (edited_details); i++)
    gtk_widget_set_sensitive (widget_for (self, edited_details[i]), writable);
  /* Who validated, and when, only mean something once it is validated. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->validated_by_entry), writable && validated);
  gtk_widget_set_sensitive (GTK_WIDGET (self->validated_at_entry), writable && validated);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT, writable);

  if (self->store != NULL && !writable)
    {
      const char *reason = lacuna_store_get_read_only_reason (self->store);
      g_autofree char *note = g_strdup_printf (_("This assessment is open read-only: its details can be read here, "
                                                 "not changed. %s"), reason != NULL ? reason : "");
      gtk_label_set_text (self->read_only_label, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), self->store != NULL && !writable);
}

static void
set_entry (GtkEntry   *entry,
           const char *text)
{
  gtk_entry_set_text (entry, text != NULL ? text : "");
}

static void
load (LacunaPropertiesDialog *self)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (self->store);
  char **values = details->values;
  g_autofree char *country = NULL;
  const char *language = values[LACUNA_DETAIL_LANGUAGE];

  set_entry (self->title_entry, values[LACUNA_DETAIL_TITLE]);
  /* TRANSLATORS: a country's name and its ISO code, e.g. "France (FRA)". */
  country = g_strdup_printf (_("%s (%s)"),
                             values[LACUNA_DETAIL_COUNTRY_NAME] != NULL ? values[LACUNA_DETAIL_COUNTRY_NAME] : "",
                             values[LACUNA_DETAIL_COUNTRY_CODE] != NULL ? values[LACUNA_DETAIL_COUNTRY_CODE] : "");
  gtk_label_set_text (self->country_label, country);
  set_entry (self->period_start_entry, values[LACUNA_DETAIL_PERIOD_START]);
  set_entry (self->period_end_entry, values[LACUNA_DETAIL_PERIOD_END]);
  set_entry (self->lead_entry, values[LACUNA_DETAIL_LEAD_INSTITUTION]);
  set_entry (self->validated_by_entry, values[LACUNA_DETAIL_VALIDATED_BY]);
  set_entry (self->validated_at_entry, values[LACUNA_DETAIL_VALIDATED_AT]);

  /* A file written in another language than the five offered keeps its
   * own, shown as its code, rather than being switched on open. */
  if (language != NULL && !gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->language_combo), language))
    {
      gtk_combo_box_text_append (self->language_combo, language, language);
      gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->language_combo), language);
    }
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->status_combo), values[LACUNA_DETAIL_EXERCISE_STATUS]);

  /* Compared against the fields as filled, so that a value the widgets
   * cannot show exactly (spaces around it) does not count as a change. */
  for (guint i = 0; i < G_N_ELEMENTS (edited_details); i++)
    {
      LacunaDetail detail = edited_details[i];

      g_free (self->shown[detail]);
      self->shown[detail] = field_value (self, detail);
    }
}

/**
 * lacuna_properties_dialog_apply:
 *
 * Saves the fields changed since the dialog was filled, one by one, as
 * g_get_real_name (). Stops at the first the core refuses: that message is
 * returned and shown in the dialog, and the field gets the focus. Fields
 * saved before the refusal stay saved and are not written again on the
 * next call.
 */
gboolean
lacuna_properties_dialog_apply (LacunaPropertiesDialog  *self,
                                GError                 **error)
{
  g_return_val_if_fail (LACUNA_IS_PROPERTIES_DIALOG (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (edited_details); i++)
    {
      LacunaDetail detail = edited_details[i];
      g_autofree char *value = field_value (self, detail);
      g_autoptr(GError) local_error = NULL;

      if (g_strcmp0 (value, self->shown[detail]) == 0)
        continue;
      if (!lacuna_store_set_detail (self->store, detail, value, g_get_real_name (), &local_error))
        {
          show_error (self, local_error->message);
          gtk_widget_grab_focus (widget_for (self, detail));
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_free (self->shown[detail]);
      self->shown[detail] = g_steal_pointer (&value);
    }
  hide_error (self);
  return TRUE;
}

/* Connected before anyone else can be, so it runs first: a refused save
 * stops the response here and the caller never mistakes it for a save. */
static void
on_response_cb (GtkDialog              *dialog,
                int                     response,
                LacunaPropertiesDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT && !lacuna_properties_dialog_apply (self, NULL))
    g_signal_stop_emission_by_name (dialog, "response");
}

/* The class handler runs after the caller's: they have seen the response
 * before the dialog goes. */
static void
lacuna_properties_dialog_response (GtkDialog *dialog,
                                   int        response)
{
  if (response == GTK_RESPONSE_ACCEPT || response == GTK_RESPONSE_CANCEL || response == GTK_RESPONSE_DELETE_EVENT ||
      response == GTK_RESPONSE_CLOSE)
    gtk_widget_destroy (GTK_WIDGET (dialog));
}

static void
on_status_changed_cb (GtkComboBox            *combo,
                      LacunaPropertiesDialog *self)
{
  update_controls (self);
}

static void
on_error_bar_response_cb (GtkInfoBar             *bar,
                          int                     response,
                          LacunaPropertiesDialog *self)
{
  hide_error (self);
}

static void
lacuna_properties_dialog_dispose (GObject *object)
{
  LacunaPropertiesDialog *self = LACUNA_PROPERTIES_DIALOG (object);

  self->store = NULL;
  G_OBJECT_CLASS (lacuna_properties_dialog_parent_class)->dispose (object);
}

static void
lacuna_properties_dialog_finalize (GObject *object)
{
  LacunaPropertiesDialog *self = LACUNA_PROPERTIES_DIALOG (object);

  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    g_free (self->shown[i]);
  G_OBJECT_CLASS (lacuna_properties_dialog_parent_class)->finalize (object);
}

static void
lacuna_properties_dialog_class_init (LacunaPropertiesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->dispose = lacuna_properties_dialog_dispose;
  object_class->finalize = lacuna_properties_dialog_finalize;
  dialog_class->response = lacuna_properties_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lacuna/Lacuna/lacuna-properties-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaPropertiesDialog, name)
  BIND (error_bar);
  BIND (error_label);
  BIND (read_only_label);
  BIND (title_entry);
  BIND (country_label);
  BIND (period_start_entry);
  BIND (period_end_entry);
  BIND (lead_entry);
  BIND (language_combo);
  BIND (status_combo);
  BIND (validated_by_entry);
  BIND (validated_at_entry);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);
}

static void
lacuna_properties_dialog_init (LacunaPropertiesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lacuna_accessibility_name_info_bar_close (self->error_bar);
  g_signal_connect (self, "response", G_CALLBACK (on_response_cb), self);
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
}

LacunaPropertiesDialog *
lacuna_properties_dialog_new (GtkWindow   *parent,
                              LacunaStore *store)
{
  LacunaPropertiesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store != NULL, NULL);

  /* use-header-bar is construct-only, so it cannot come from the
   * template, which is applied to an object already built. */
  self = g_object_new (LACUNA_TYPE_PROPERTIES_DIALOG,
                       "use-header-bar", TRUE,
                       "transient-for", parent,
                       NULL);
  self->store = store;
  load (self);
  update_controls (self);
  /* Selecting a long title would scroll its start out of sight. */
  gtk_entry_grab_focus_without_selecting (self->title_entry);
  gtk_editable_set_position (GTK_EDITABLE (self->title_entry), 0);
  return self;
}
