/* lacuna-new-assessment-dialog.c — the details a new assessment starts with
 *
 * The dialog only gathers the details; the core decides whether they are
 * acceptable and writes the file. Where to write it is asked afterwards by
 * whoever runs the dialog, so that one name can be tried again after a
 * refusal without the team typing everything twice.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "countries.h"
#include "lacuna-accessibility.h"
#include "lacuna-new-assessment-dialog.h"
#include "participant-list.h"
#include "names.h"

struct _LacunaNewAssessmentDialog {
  GtkDialog             parent_instance;

  GtkInfoBar           *error_bar;
  GtkTextView          *participants_view;
  GtkLabel             *error_label;
  GtkSearchEntry       *country_search;
  GtkListBox           *country_list;
  GtkLabel             *country_chosen_label;
  GtkEntry             *title_entry;
  GtkLabel             *frameworks_label;
  GtkBox               *frameworks_box;
  GtkEntry             *period_start_entry;
  GtkEntry             *period_end_entry;
  GtkEntry             *lead_entry;
  GtkFileChooserButton *baseline_button;
  GtkWidget            *baseline_clear_button;

  LacunaCatalog        *catalog;
  GPtrArray            *framework_checks;   /* GtkToggleButton*, owned by frameworks_box */
  const LacunaCountry  *country;            /* chosen from the list, or NULL */
  char                 *typed;              /* the search text as typed */
  char                 *query;              /* the same, case-folded */
  char                 *suggested_title;    /* what the title was last filled with */
  char                 *baseline_title;     /* of the chosen baseline, or NULL */
  char                 *baseline_country;   /* its country's name when the list lacks it */
};

G_DEFINE_FINAL_TYPE (LacunaNewAssessmentDialog, lacuna_new_assessment_dialog, GTK_TYPE_DIALOG)

#define COUNTRY_KEY     "lacuna-country"
#define FOLDED_NAME_KEY "lacuna-folded-name"
#define FRAMEWORK_KEY   "lacuna-framework-id"

/* Makes case and composed or decomposed accents compare alike; typing
 * without the accents is left to g_str_match_string (). */
static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : text, -1);
}

static char *
stripped_or_null (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_entry_get_text (entry)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
show_error (LacunaNewAssessmentDialog *self,
            const char                *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

static void
hide_error (LacunaNewAssessmentDialog *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

static gboolean
any_framework_checked (LacunaNewAssessmentDialog *self)
{
  for (guint i = 0; i < self->framework_checks->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->framework_checks, i)))
      return TRUE;
  return FALSE;
}

static gboolean
has_baseline (LacunaNewAssessmentDialog *self)
{
  return self->baseline_title != NULL;
}

static void
update_sensitivity (LacunaNewAssessmentDialog *self)
{
  /* A baseline of a training country the list does not hold still
   * counts: the follow-up inherits its country. */
  gboolean country = self->country != NULL || self->baseline_country != NULL;
  gboolean ready = country && !lacuna_text_is_blank (gtk_entry_get_text (self->title_entry)) &&
                   any_framework_checked (self);

  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT, ready);
}

/* The title follows the country and the baseline until the team types
 * its own; a title they wrote is never replaced. */
static void
suggest_title (LacunaNewAssessmentDialog *self)
{
  const char *current = gtk_entry_get_text (self->title_entry);
  g_autofree char *suggestion = NULL;

  if (has_baseline (self))
    suggestion = g_strdup_printf (_("%s — follow-up"), self->baseline_title);
  else if (self->country != NULL)
    suggestion = g_strdup_printf (_("Gap analysis: %s"), lacuna_country_get_name (self->country));

  if (suggestion == NULL || (*current != '\0' && g_strcmp0 (current, self->suggested_title) != 0))
    return;
  gtk_entry_set_text (self->title_entry, suggestion);
  g_free (self->suggested_title);
  self->suggested_title = g_steal_pointer (&suggestion);
}

static void
show_chosen_country (LacunaNewAssessmentDialog *self)
{
  g_autofree char *text = NULL;

  if (self->country != NULL)
    text = g_strdup_printf (_("Chosen: %s (%s)"), lacuna_country_get_name (self->country), self->country->alpha3);
  else if (self->baseline_country != NULL)
    text = g_strdup_printf (_("Chosen: %s, as in the baseline"), self->baseline_country);
  else
    text = g_strdup (_("No country chosen yet."));
  gtk_label_set_text (self->country_chosen_label, text);
}

static gboolean
country_matches (LacunaNewAssessmentDialog *self,
                 GtkListBoxRow             *row)
{
  const LacunaCountry *country = g_object_get_data (G_OBJECT (row), COUNTRY_KEY);
  const char *folded_name = g_object_get_data (G_OBJECT (row), FOLDED_NAME_KEY);
  const char *typed = self->typed;

  if (typed == NULL || *typed == '\0')
    return TRUE;
  /* Teams often know the code from other UN forms before the name in
   * the interface language. */
  if (g_ascii_strcasecmp (typed, country->alpha2) == 0 || g_ascii_strcasecmp (typed, country->alpha3) == 0)
    return TRUE;
  return strstr (folded_name, self->query) != NULL ||
         g_str_match_string (typed, lacuna_country_get_name (country), TRUE);
}

static gboolean
filter_country_row (GtkListBoxRow *row,
                    gpointer       user_data)
{
  return country_matches (user_data, row);
}

static GtkListBoxRow *
first_visible_row (LacunaNewAssessmentDialog *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->country_list, i)) != NULL; i++)
    if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
      return row;
  return NULL;
}

static GtkListBoxRow *
find_row (LacunaNewAssessmentDialog *self,
          const LacunaCountry       *country)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->country_list, i)) != NULL; i++)
    if (g_object_get_data (G_OBJECT (row), COUNTRY_KEY) == country)
      return row;
  return NULL;
}

static void
on_search_changed_cb (GtkSearchEntry            *entry,
                      LacunaNewAssessmentDialog *self)
{
  g_free (self->typed);
  self->typed = g_strdup (gtk_entry_get_text (GTK_ENTRY (entry)));
  g_free (self->query);
  self->query = fold (self->typed);
  gtk_list_box_invalidate_filter (self->country_list);
}

/* Enter in the search takes the first match and moves on, so that
 * "fra", Enter is all it takes to choose France. */
static void
on_search_activate_cb (GtkEntry                  *entry,
                       LacunaNewAssessmentDialog *self)
{
  GtkListBoxRow *row;

  /* The filter may still be waiting for the typing pause. */
  on_search_changed_cb (GTK_SEARCH_ENTRY (entry), self);
  row = first_visible_row (self);
  if (row == NULL)
    return;
  gtk_list_box_select_row (self->country_list, row);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static gboolean
on_search_key_press_cb (GtkWidget                 *widget,
                        GdkEventKey               *event,
                        LacunaNewAssessmentDialog *self)
{
  GtkListBoxRow *row;

  if (event->keyval != GDK_KEY_Down && event->keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;
  row = gtk_list_box_get_selected_row (self->country_list);
  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    row = first_visible_row (self);
  if (row == NULL)
    return GDK_EVENT_PROPAGATE;
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return GDK_EVENT_STOP;
}

/* Typing while the list has the focus refines the search instead of
 * being lost. */
static gboolean
on_list_key_press_cb (GtkWidget                 *widget,
                      GdkEvent                  *event,
                      LacunaNewAssessmentDialog *self)
{
  if (gtk_search_entry_handle_event (self->country_search, event) == GDK_EVENT_STOP)
    {
      gtk_entry_grab_focus_without_selecting (GTK_ENTRY (self->country_search));
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
on_country_selected_cb (GtkListBox                *list,
                        GtkListBoxRow             *row,
                        LacunaNewAssessmentDialog *self)
{
  self->country = row != NULL ? g_object_get_data (G_OBJECT (row), COUNTRY_KEY) : NULL;
  show_chosen_country (self);
  suggest_title (self);
  update_sensitivity (self);
}

static void
on_country_activated_cb (GtkListBox                *list,
                         GtkListBoxRow             *row,
                         LacunaNewAssessmentDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
on_title_changed_cb (GtkEntry                  *entry,
                     LacunaNewAssessmentDialog *self)
{
  update_sensitivity (self);
}

static void
on_framework_toggled_cb (GtkToggleButton           *button,
                         LacunaNewAssessmentDialog *self)
{
  update_sensitivity (self);
}

static void
forget_baseline (LacunaNewAssessmentDialog *self)
{
  g_clear_pointer (&self->baseline_title, g_free);
  g_clear_pointer (&self->baseline_country, g_free);
  gtk_file_chooser_unselect_all (GTK_FILE_CHOOSER (self->baseline_button));
  gtk_widget_set_sensitive (self->baseline_clear_button, FALSE);
}

/* The baseline is read at once, so that a file that cannot serve is
 * refused while the team is still choosing, and so that what a follow-up
 * inherits is seen and can be changed before the file exists. */
static void
on_baseline_set_cb (GtkFileChooserButton      *button,
                    LacunaNewAssessmentDialog *self)
{
  g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (button));
  g_autoptr(LacunaStore) baseline = NULL;
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  g_autoptr(GError) error = NULL;
  const LacunaCountry *country;
  const char *lead;

  g_clear_pointer (&self->baseline_title, g_free);
  g_clear_pointer (&self->baseline_country, g_free);
  if (path == NULL)
    goto done;
  baseline = lacuna_store_open (path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  if (baseline == NULL)
    {
      show_error (self, error->message);
      forget_baseline (self);
      goto done;
    }
  hide_error (self);
  details = lacuna_store_get_details (baseline);
  self->baseline_title = g_strdup (details->values[LACUNA_DETAIL_TITLE]);
  gtk_widget_set_sensitive (self->baseline_clear_button, TRUE);

  country = lacuna_country_find (details->values[LACUNA_DETAIL_COUNTRY_CODE]);
  if (country == NULL || !lacuna_new_assessment_dialog_select_country (self, country->alpha3))
    {
      gtk_list_box_unselect_all (self->country_list);
      self->baseline_country = g_strdup (details->values[LACUNA_DETAIL_COUNTRY_NAME]);
    }

  for (guint i = 0; i < self->framework_checks->len; i++)
    {
      GtkToggleButton *check = g_ptr_array_index (self->framework_checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), FRAMEWORK_KEY);

      gtk_toggle_button_set_active (check, details->frameworks != NULL &&
                                           g_strv_contains ((const char *const *) details->frameworks, id));
    }

  lead = details->values[LACUNA_DETAIL_LEAD_INSTITUTION];
  if (lead != NULL && *gtk_entry_get_text (self->lead_entry) == '\0')
    gtk_entry_set_text (self->lead_entry, lead);

done:
  show_chosen_country (self);
  suggest_title (self);
  update_sensitivity (self);
}

static void
on_baseline_clear_cb (GtkButton                 *button,
                      LacunaNewAssessmentDialog *self)
{
  forget_baseline (self);
  show_chosen_country (self);
  suggest_title (self);
  update_sensitivity (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->baseline_button));
}

static void
on_error_bar_response_cb (GtkInfoBar                *bar,
                          int                        response,
                          LacunaNewAssessmentDialog *self)
{
  hide_error (self);
}

static int
compare_country_names (gconstpointer a,
                       gconstpointer b)
{
  const LacunaCountry *first = *(const LacunaCountry *const *) a;
  const LacunaCountry *second = *(const LacunaCountry *const *) b;

  return g_utf8_collate (lacuna_country_get_name (first), lacuna_country_get_name (second));
}

/* Sorted once by the translated name, as read, not by the English one. */
static void
fill_countries (LacunaNewAssessmentDialog *self)
{
  guint n_countries;
  const LacunaCountry *countries = lacuna_countries_get_all (&n_countries);
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (n_countries);

  for (guint i = 0; i < n_countries; i++)
    g_ptr_array_add (sorted, (gpointer) &countries[i]);
  g_ptr_array_sort (sorted, compare_country_names);

  for (guint i = 0; i < sorted->len; i++)
    {
      const LacunaCountry *country = g_ptr_array_index (sorted, i);
      const char *name = lacuna_country_get_name (country);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (name);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_set_margin_top (label, 3);
      gtk_widget_set_margin_bottom (label, 3);
      gtk_container_add (GTK_CONTAINER (row), label);
      g_object_set_data (G_OBJECT (row), COUNTRY_KEY, (gpointer) country);
      g_object_set_data_full (G_OBJECT (row), FOLDED_NAME_KEY, fold (name), g_free);
      gtk_widget_show_all (row);
      gtk_container_add (GTK_CONTAINER (self->country_list), row);
    }
}

static void
fill_frameworks (LacunaNewAssessmentDialog *self)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (self->catalog);

  for (guint i = 0; i < frameworks->len; i++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, i);
      const char *name = framework->short_title != NULL ? framework->short_title : framework->title;
      GtkWidget *check = gtk_check_button_new_with_label (_(name));

      gtk_widget_set_tooltip_text (check, _(framework->title));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), FRAMEWORK_KEY, g_strdup (framework->id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_framework_toggled_cb), self);
      gtk_widget_show (check);
      gtk_container_add (GTK_CONTAINER (self->frameworks_box), check);
      g_ptr_array_add (self->framework_checks, check);
      if (i == 0)
        gtk_label_set_mnemonic_widget (self->frameworks_label, check);
    }
}

gboolean
lacuna_new_assessment_dialog_select_country (LacunaNewAssessmentDialog *self,
                                             const char                *code)
{
  const LacunaCountry *country;
  GtkListBoxRow *row;

  g_return_val_if_fail (LACUNA_IS_NEW_ASSESSMENT_DIALOG (self), FALSE);

  country = code != NULL ? lacuna_country_find (code) : NULL;
  row = country != NULL ? find_row (self, country) : NULL;
  if (row == NULL)
    return FALSE;
  /* A search that hides the country would leave the choice invisible. */
  if (!country_matches (self, row))
    gtk_entry_set_text (GTK_ENTRY (self->country_search), "");
  on_search_changed_cb (self->country_search, self);
  gtk_list_box_select_row (self->country_list, row);
  return TRUE;
}

static char **
checked_frameworks (LacunaNewAssessmentDialog *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **ids;

  for (guint i = 0; i < self->framework_checks->len; i++)
    {
      GtkToggleButton *check = g_ptr_array_index (self->framework_checks, i);

      if (gtk_toggle_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), FRAMEWORK_KEY));
    }
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

static LacunaStore *
create_store (LacunaNewAssessmentDialog *self,
              const char                *path,
              GError                   **error)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autofree char *baseline_path = NULL;
  const char *by = g_get_real_name ();

  /* Checked here because an empty scope means "every framework" to the
   * core, which is not what unticking them all asks for. */
  if (!any_framework_checked (self))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("Keep at least one framework in scope."));
      return NULL;
    }

  if (self->country != NULL)
    details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup (self->country->alpha3);
  details->values[LACUNA_DETAIL_TITLE] = g_strstrip (g_strdup (gtk_entry_get_text (self->title_entry)));
  details->values[LACUNA_DETAIL_PERIOD_START] = stripped_or_null (self->period_start_entry);
  details->values[LACUNA_DETAIL_PERIOD_END] = stripped_or_null (self->period_end_entry);
  details->values[LACUNA_DETAIL_LEAD_INSTITUTION] = stripped_or_null (self->lead_entry);
  details->frameworks = checked_frameworks (self);

  baseline_path = has_baseline (self) ? gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (self->baseline_button)) : NULL;
  if (baseline_path != NULL)
    {
      g_autoptr(LacunaStore) baseline = lacuna_store_open (baseline_path, LACUNA_STORE_OPEN_READ_ONLY, error);

      if (baseline == NULL)
        return NULL;
      return lacuna_store_create_follow_up (path, baseline, self->catalog, details, by, error);
    }

  if (self->country == NULL)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("Choose the country assessed."));
      return NULL;
    }
  return lacuna_store_create (path, self->catalog, details, by, error);
}

static gboolean
save_participants (LacunaNewAssessmentDialog  *self,
                   LacunaStore                *store,
                   GError                    **error)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->participants_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) participants = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  participants = lacuna_participant_list_parse (text);
  if (lacuna_participant_list_save (store, participants, g_get_real_name (), error))
    return TRUE;
  g_prefix_error (error, _("The assessment was created, but its participants could not be added: "));
  return FALSE;
}

/* On failure the message is also shown in the dialog, which stays as it
 * was so the team can correct a field or pick another file name. */
LacunaStore *
lacuna_new_assessment_dialog_create (LacunaNewAssessmentDialog *self,
                                     const char                *path,
                                     GError                   **error)
{
  g_autoptr(GError) local_error = NULL;
  LacunaStore *store;

  g_return_val_if_fail (LACUNA_IS_NEW_ASSESSMENT_DIALOG (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The core writes the file whole or not at all; what it refuses, the
   * dialog only has to say. */
  store = create_store (self, path, &local_error);
  if (store != NULL && !save_participants (self, store, &local_error))
    g_clear_pointer (&store, lacuna_store_close);
  if (store != NULL)
    {
      hide_error (self);
      return store;
    }

  show_error (self, local_error->message);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static void
lacuna_new_assessment_dialog_dispose (GObject *object)
{
  LacunaNewAssessmentDialog *self = LACUNA_NEW_ASSESSMENT_DIALOG (object);

  g_clear_pointer (&self->catalog, lacuna_catalog_unref);

  G_OBJECT_CLASS (lacuna_new_assessment_dialog_parent_class)->dispose (object);
}

static void
lacuna_new_assessment_dialog_finalize (GObject *object)
{
  LacunaNewAssessmentDialog *self = LACUNA_NEW_ASSESSMENT_DIALOG (object);

  g_ptr_array_unref (self->framework_checks);
  g_free (self->typed);
  g_free (self->query);
  g_free (self->suggested_title);
  g_free (self->baseline_title);
  g_free (self->baseline_country);

  G_OBJECT_CLASS (lacuna_new_assessment_dialog_parent_class)->finalize (object);
}

static void
lacuna_new_assessment_dialog_class_init (LacunaNewAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lacuna_new_assessment_dialog_dispose;
  object_class->finalize = lacuna_new_assessment_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lacuna/Lacuna/lacuna-new-assessment-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaNewAssessmentDialog, name)
  BIND (error_bar);
  BIND (participants_view);
  BIND (error_label);
  BIND (country_search);
  BIND (country_list);
  BIND (country_chosen_label);
  BIND (title_entry);
  BIND (frameworks_label);
  BIND (frameworks_box);
  BIND (period_start_entry);
  BIND (period_end_entry);
  BIND (lead_entry);
  BIND (baseline_button);
  BIND (baseline_clear_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_press_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_press_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_baseline_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_baseline_clear_cb);
}

static void
lacuna_new_assessment_dialog_init (LacunaNewAssessmentDialog *self)
{
  GtkFileFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));
  lacuna_accessibility_name_info_bar_close (self->error_bar);
  self->framework_checks = g_ptr_array_new ();

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Lacuna assessments"));
  gtk_file_filter_add_pattern (filter, "*.lacuna");
  gtk_file_filter_add_mime_type (filter, LACUNA_STORE_MIME_TYPE);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->baseline_button), filter);

  gtk_list_box_set_filter_func (self->country_list, filter_country_row, self, NULL);
  fill_countries (self);
  g_signal_connect (self->error_bar, "response", G_CALLBACK (on_error_bar_response_cb), self);

  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
  gtk_widget_grab_focus (GTK_WIDGET (self->country_search));
}

LacunaNewAssessmentDialog *
lacuna_new_assessment_dialog_new (GtkWindow     *parent,
                                  LacunaCatalog *catalog)
{
  LacunaNewAssessmentDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (catalog != NULL, NULL);

  /* use-header-bar is construct-only, so it cannot come from the
   * template, which is applied to an object already built. */
  self = g_object_new (LACUNA_TYPE_NEW_ASSESSMENT_DIALOG,
                       "use-header-bar", TRUE,
                       "transient-for", parent,
                       NULL);
  self->catalog = lacuna_catalog_ref (catalog);
  fill_frameworks (self);
  update_sensitivity (self);
  return self;
}
