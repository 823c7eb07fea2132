/* test-properties-dialog.c — the assessment's details, edited through the
 * real dialog
 *
 * Driven on a copy of the built-in sample; what was saved is checked in
 * the file's history, which has one line per field written. Run under Xvfb.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "lacuna-properties-dialog.h"
#include "sample-folder.h"

typedef struct {
  char                   *directory;
  char                   *path;
  LacunaStore            *store;
  LacunaPropertiesDialog *dialog;
  GPtrArray              *responses;   /* what a caller's handler saw */
} Fixture;

/* Aborts rather than returning NULL, so that callers need no check. */
static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog), LACUNA_TYPE_PROPERTIES_DIALOG, name);

  if (object == NULL)
    g_error ("The dialog has no child “%s”.", name);
  return GTK_WIDGET (object);
}

static void
on_response (GtkDialog *dialog,
             int        response,
             Fixture   *fixture)
{
  g_ptr_array_add (fixture->responses, GINT_TO_POINTER (response));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = sample_folder_create ("lacuna-properties", &fixture->directory, &fixture->path);
  fixture->responses = g_ptr_array_new ();
  fixture->dialog = g_object_ref_sink (lacuna_properties_dialog_new (NULL, fixture->store));
  g_signal_connect (fixture->dialog, "response", G_CALLBACK (on_response), fixture);
  gtk_widget_show (GTK_WIDGET (fixture->dialog));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_widget_destroy (GTK_WIDGET (fixture->dialog));
  g_object_unref (fixture->dialog);
  g_ptr_array_unref (fixture->responses);
  lacuna_store_close (fixture->store);
  sample_folder_remove (fixture->directory);
  g_free (fixture->path);
  g_free (fixture->directory);
}

static GPtrArray *
details_history (Fixture *fixture)
{
  return lacuna_store_list_history (fixture->store, "assessment", "details");
}

static const char *
entry_text (Fixture    *fixture,
            const char *name)
{
  return gtk_entry_get_text (GTK_ENTRY (child (fixture, name)));
}

static void
test_shows_details (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (fixture->store);
  const char *inputs[] = { "title_entry", "period_start_entry", "period_end_entry", "lead_entry", "language_combo",
                           "status_combo", "validated_by_entry", "validated_at_entry" };

  g_assert_cmpstr (entry_text (fixture, "title_entry"), ==, details->values[LACUNA_DETAIL_TITLE]);
  g_assert_cmpstr (entry_text (fixture, "period_start_entry"), ==, "2024-01-01");
  g_assert_cmpstr (entry_text (fixture, "period_end_entry"), ==, "2025-12-31");
  g_assert_cmpstr (entry_text (fixture, "lead_entry"), ==, details->values[LACUNA_DETAIL_LEAD_INSTITUTION]);
  g_assert_cmpstr (gtk_combo_box_get_active_id (GTK_COMBO_BOX (child (fixture, "language_combo"))), ==,
                   details->values[LACUNA_DETAIL_LANGUAGE]);
  g_assert_cmpstr (gtk_combo_box_get_active_id (GTK_COMBO_BOX (child (fixture, "status_combo"))), ==,
                   "under-validation");
  /* The country is shown, and offered to nobody for change. */
  g_assert_true (GTK_IS_LABEL (child (fixture, "country_label")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (fixture, "country_label"))),
                            details->values[LACUNA_DETAIL_COUNTRY_NAME]));
  g_assert_true (gtk_dialog_get_header_bar (GTK_DIALOG (fixture->dialog)) != NULL);

  /* Who validated is asked only once the exercise is validated. */
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "validated_by_entry")));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (fixture, "status_combo")), "validated");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "validated_by_entry")));
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "validated_at_entry")));

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      const char *name = atk_object_get_name (gtk_widget_get_accessible (child (fixture, inputs[i])));

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
    }
  g_assert_false (gtk_widget_get_visible (child (fixture, "read_only_label")));
}

static void
test_applies_only_changes (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) before = details_history (fixture);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  g_autoptr(GError) error = NULL;
  const char *fields[2];

  gtk_entry_set_text (GTK_ENTRY (child (fixture, "lead_entry")), "Ministry of the Interior");
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (fixture, "status_combo")), "draft");
  g_assert_true (lacuna_properties_dialog_apply (fixture->dialog, &error));
  g_assert_no_error (error);

  after = details_history (fixture);
  g_assert_cmpuint (after->len, ==, before->len + 2);
  for (guint i = 0; i < 2; i++)
    {
      LacunaHistoryEntry *entry = g_ptr_array_index (after, before->len + i);

      fields[i] = entry->field;
      g_assert_cmpstr (entry->by, ==, g_get_real_name ());
    }
  g_assert_cmpstr (fields[0], ==, lacuna_detail_to_string (LACUNA_DETAIL_LEAD_INSTITUTION));
  g_assert_cmpstr (fields[1], ==, lacuna_detail_to_string (LACUNA_DETAIL_EXERCISE_STATUS));
  g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (after, before->len))->new_value, ==,
                   "Ministry of the Interior");
  g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (after, before->len + 1))->new_value, ==, "draft");

  details = lacuna_store_get_details (fixture->store);
  g_assert_cmpstr (details->values[LACUNA_DETAIL_LEAD_INSTITUTION], ==, "Ministry of the Interior");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_EXERCISE_STATUS], ==, "draft");

  /* Applying again writes nothing more. */
  g_assert_true (lacuna_properties_dialog_apply (fixture->dialog, NULL));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = details_history (fixture);
  g_assert_cmpuint (after->len, ==, before->len + 2);
}

static void
test_bad_date_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) before = details_history (fixture);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *error_bar = child (fixture, "error_bar");
  const char *message;

  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (error_bar)));
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "period_end_entry")), "31/12/2025");
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "lead_entry")), "Not to be saved");

  /* The Save button: refused, so the caller never hears of it and the
   * dialog stays, showing the core's own message. */
  gtk_dialog_response (GTK_DIALOG (fixture->dialog), GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (fixture->responses->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (error_bar)));
  message = gtk_label_get_text (GTK_LABEL (child (fixture, "error_label")));
  g_assert_nonnull (strstr (message, "31/12/2025"));
  g_assert_nonnull (strstr (message, "YYYY-MM-DD"));

  g_assert_false (lacuna_properties_dialog_apply (fixture->dialog, &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, gtk_label_get_text (GTK_LABEL (child (fixture, "error_label"))));

  after = details_history (fixture);
  g_assert_cmpuint (after->len, ==, before->len);
  details = lacuna_store_get_details (fixture->store);
  g_assert_cmpstr (details->values[LACUNA_DETAIL_PERIOD_END], ==, "2025-12-31");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_LEAD_INSTITUTION], !=, "Not to be saved");

  /* Corrected, it is saved, the caller hears of it and the dialog goes. */
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "period_end_entry")), "2025-11-30");
  gtk_dialog_response (GTK_DIALOG (fixture->dialog), GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (fixture->responses->len, ==, 1);
  g_assert_cmpint (GPOINTER_TO_INT (g_ptr_array_index (fixture->responses, 0)), ==, GTK_RESPONSE_ACCEPT);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_clear_pointer (&details, lacuna_assessment_details_free);
  details = lacuna_store_get_details (fixture->store);
  g_assert_cmpstr (details->values[LACUNA_DETAIL_PERIOD_END], ==, "2025-11-30");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_LEAD_INSTITUTION], ==, "Not to be saved");
}

static void
test_blank_title_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) before = details_history (fixture);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  gtk_entry_set_text (GTK_ENTRY (child (fixture, "title_entry")), "   ");
  g_assert_false (lacuna_properties_dialog_apply (fixture->dialog, &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (fixture, "error_label"))), ==, error->message);
  after = details_history (fixture);
  g_assert_cmpuint (after->len, ==, before->len);

  /* Cancel closes without a word to the store. */
  gtk_dialog_response (GTK_DIALOG (fixture->dialog), GTK_RESPONSE_CANCEL);
  g_assert_cmpuint (fixture->responses->len, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = details_history (fixture);
  g_assert_cmpuint (after->len, ==, before->len);
}

static void
test_read_only_store (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LacunaStore) reader = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, NULL);
  LacunaPropertiesDialog *dialog;
  GtkWidget *note, *lead, *save;

  g_assert_nonnull (reader);
  dialog = g_object_ref_sink (lacuna_properties_dialog_new (NULL, reader));
  note = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), LACUNA_TYPE_PROPERTIES_DIALOG,
                                                    "read_only_label"));
  lead = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), LACUNA_TYPE_PROPERTIES_DIALOG, "lead_entry"));
  save = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  if (note == NULL || lead == NULL || save == NULL)
    g_error ("The dialog lacks a child.");
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_false (gtk_widget_get_sensitive (lead));
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_widget_destroy (GTK_WIDGET (dialog));
  g_object_unref (dialog);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/properties-dialog/shows-details", Fixture, NULL, fixture_set_up, test_shows_details,
              fixture_tear_down);
  g_test_add ("/properties-dialog/applies-only-changes", Fixture, NULL, fixture_set_up, test_applies_only_changes,
              fixture_tear_down);
  g_test_add ("/properties-dialog/bad-date-refused", Fixture, NULL, fixture_set_up, test_bad_date_refused,
              fixture_tear_down);
  g_test_add ("/properties-dialog/blank-title-refused", Fixture, NULL, fixture_set_up, test_blank_title_refused,
              fixture_tear_down);
  g_test_add ("/properties-dialog/read-only-store", Fixture, NULL, fixture_set_up, test_read_only_store,
              fixture_tear_down);
  return g_test_run ();
}
