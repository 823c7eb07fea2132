/* test-new-assessment-dialog.c — the real dialog, built from its template
 *
 * Driven the way a team would: searching for the country, choosing it,
 * changing the scope, then creating the file and reading it back through
 * the core. Run under Xvfb.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "accessible-names.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "countries.h"
#include "framework-loader.h"
#include "lacuna-new-assessment-dialog.h"
#include "sample.h"

typedef struct {
  LacunaCatalog             *catalog;
  LacunaNewAssessmentDialog *dialog;
  GtkEntry                  *search;
  GtkListBox                *list;
  GtkEntry                  *title;
  GtkWidget                 *create;
  GList                     *checks;
  char                      *directory;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog), LACUNA_TYPE_NEW_ASSESSMENT_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->catalog = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);
  fixture->dialog = g_object_ref_sink (lacuna_new_assessment_dialog_new (NULL, fixture->catalog));
  fixture->search = child (fixture, "country_search");
  fixture->list = child (fixture, "country_list");
  fixture->title = child (fixture, "title_entry");
  fixture->checks = gtk_container_get_children (child (fixture, "frameworks_box"));
  fixture->create = gtk_dialog_get_widget_for_response (GTK_DIALOG (fixture->dialog), GTK_RESPONSE_ACCEPT);
  g_assert_nonnull (fixture->create);
  fixture->directory = g_dir_make_tmp ("lacuna-new-dialog-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->directory, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->directory);
  g_free (fixture->directory);
  g_list_free (fixture->checks);
  gtk_widget_destroy (GTK_WIDGET (fixture->dialog));
  g_object_unref (fixture->dialog);
  lacuna_catalog_unref (fixture->catalog);
}

static GtkListBoxRow *
row_of (Fixture    *fixture,
        const char *code)
{
  const LacunaCountry *country = lacuna_country_find (code);
  g_autoptr(GList) rows = gtk_container_get_children (GTK_CONTAINER (fixture->list));

  g_assert_nonnull (country);
  for (GList *l = rows; l != NULL; l = l->next)
    {
      GtkWidget *label = gtk_bin_get_child (GTK_BIN (l->data));
      if (g_str_equal (gtk_label_get_text (GTK_LABEL (label)), lacuna_country_get_name (country)))
        return l->data;
    }
  g_assert_not_reached ();
}

static guint
count_shown (Fixture *fixture)
{
  g_autoptr(GList) rows = gtk_container_get_children (GTK_CONTAINER (fixture->list));
  guint shown = 0;

  for (GList *l = rows; l != NULL; l = l->next)
    shown += gtk_widget_get_child_visible (l->data);
  return shown;
}

static void
on_search_changed (GtkSearchEntry *entry,
                   gboolean       *changed)
{
  *changed = TRUE;
}

/* The search entry filters after a pause in the typing, as it should for
 * a person; wait for that pause rather than assume it. */
static void
type_search (Fixture    *fixture,
             const char *text)
{
  gboolean changed = FALSE;
  gulong handler = g_signal_connect (fixture->search, "search-changed", G_CALLBACK (on_search_changed), &changed);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_entry_set_text (fixture->search, text);
  while (!changed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (fixture->search, handler);
  g_assert_true (changed);
}

static gboolean
can_create (Fixture *fixture)
{
  return gtk_widget_get_sensitive (fixture->create);
}

static void
set_check (Fixture *fixture,
           guint    index,
           gboolean active)
{
  gtk_toggle_button_set_active (g_list_nth_data (fixture->checks, index), active);
}

static const char *
framework_id (Fixture *fixture,
              guint    index)
{
  return ((LacunaFramework *) g_ptr_array_index (lacuna_catalog_get_frameworks (fixture->catalog), index))->id;
}

static void
test_creates_from_search (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->directory, "france.lacuna", NULL);
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  g_autoptr(GError) error = NULL;
  guint all = count_shown (fixture);

  g_assert_cmpuint (all, >=, 193);
  g_assert_cmpuint (g_list_length (fixture->checks), ==, 2);
  g_assert_false (can_create (fixture));

  type_search (fixture, "fra");
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (row_of (fixture, "FR"))));
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (row_of (fixture, "DE"))));
  g_assert_cmpuint (count_shown (fixture), <, 10);
  g_assert_false (can_create (fixture));

  gtk_list_box_select_row (fixture->list, row_of (fixture, "FR"));
  g_assert_cmpstr (gtk_entry_get_text (fixture->title), ==, "Gap analysis: France");
  g_assert_true (can_create (fixture));

  gtk_entry_set_text (fixture->title, "   ");
  g_assert_false (can_create (fixture));
  gtk_entry_set_text (fixture->title, "Examen national 2026");
  g_assert_true (can_create (fixture));

  set_check (fixture, 0, FALSE);
  set_check (fixture, 1, FALSE);
  g_assert_false (can_create (fixture));
  set_check (fixture, 1, TRUE);
  g_assert_true (can_create (fixture));

  gtk_entry_set_text (child (fixture, "period_start_entry"), "2024-01-01");
  gtk_entry_set_text (child (fixture, "period_end_entry"), " 2025-12-31 ");
  gtk_entry_set_text (child (fixture, "lead_entry"), "Comité national");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (fixture, "participants_view")),
                            "Claire Martin, Ministère de la Justice\nPaul Durand, Police nationale\n", -1);

  store = lacuna_new_assessment_dialog_create (fixture->dialog, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_pointer (&store, lacuna_store_close);

  store = lacuna_store_open (path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  details = lacuna_store_get_details (store);
  /* The core keeps the alpha-3 code of a real State. */
  g_assert_cmpstr (details->values[LACUNA_DETAIL_COUNTRY_CODE], ==, "FRA");
  g_assert_cmpstr (lacuna_country_find (details->values[LACUNA_DETAIL_COUNTRY_CODE])->alpha2, ==, "FR");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_COUNTRY_NAME], ==, "France");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_TITLE], ==, "Examen national 2026");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_PERIOD_START], ==, "2024-01-01");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_PERIOD_END], ==, "2025-12-31");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_LEAD_INSTITUTION], ==, "Comité national");
  g_assert_nonnull (details->frameworks);
  g_assert_cmpuint (g_strv_length (details->frameworks), ==, 1);
  g_assert_cmpstr (details->frameworks[0], ==, framework_id (fixture, 1));
  g_assert_cmpstr (details->baseline_uuid, ==, NULL);
  /* The participants typed, one a line. */
  {
    g_autoptr(GPtrArray) participants = lacuna_store_list_participants (store);
    gboolean found = FALSE;

    g_assert_cmpuint (participants->len, ==, 2);
    for (guint i = 0; i < participants->len; i++)
      {
        LacunaParticipant *p = g_ptr_array_index (participants, i);

        found |= g_strcmp0 (p->name, "Claire Martin") == 0 && g_strcmp0 (p->institution, "Ministère de la Justice") == 0;
      }
    g_assert_true (found);
  }
}

static void
test_enter_chooses_first_match (Fixture       *fixture,
                                gconstpointer  data)
{
  gtk_entry_set_text (fixture->search, "fra");
  /* Enter does not wait for the typing pause. */
  g_signal_emit_by_name (fixture->search, "activate");
  g_assert_true (gtk_list_box_get_selected_row (fixture->list) == row_of (fixture, "FR"));
  g_assert_true (can_create (fixture));

  /* Codes work too, and accents need not be typed. */
  type_search (fixture, "deu");
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (row_of (fixture, "DE"))));
  g_assert_cmpuint (count_shown (fixture), ==, 1);
  type_search (fixture, "cote");
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (row_of (fixture, "CI"))));
}

static void
test_title_follows_country_until_edited (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_assert_false (lacuna_new_assessment_dialog_select_country (fixture->dialog, "XX"));
  g_assert_false (lacuna_new_assessment_dialog_select_country (fixture->dialog, NULL));
  g_assert_false (can_create (fixture));

  /* Chosen even while a search hides it. */
  type_search (fixture, "fra");
  g_assert_true (lacuna_new_assessment_dialog_select_country (fixture->dialog, "DEU"));
  g_assert_true (gtk_list_box_get_selected_row (fixture->list) == row_of (fixture, "DE"));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (row_of (fixture, "DE"))));
  g_assert_cmpstr (gtk_entry_get_text (fixture->title), ==, "Gap analysis: Germany");

  g_assert_true (lacuna_new_assessment_dialog_select_country (fixture->dialog, "fr"));
  g_assert_cmpstr (gtk_entry_get_text (fixture->title), ==, "Gap analysis: France");

  gtk_entry_set_text (fixture->title, "Our own title");
  g_assert_true (lacuna_new_assessment_dialog_select_country (fixture->dialog, "IT"));
  g_assert_cmpstr (gtk_entry_get_text (fixture->title), ==, "Our own title");
}

static void
assert_refused (Fixture    *fixture,
                const char *path,
                GQuark      domain,
                int         code)
{
  g_autoptr(GError) error = NULL;
  LacunaStore *store = lacuna_new_assessment_dialog_create (fixture->dialog, path, &error);

  g_assert_null (store);
  g_assert_error (error, domain, code);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The team sees the core's own words. */
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "error_label")), ==, error->message);
  g_assert_true (gtk_info_bar_get_revealed (child (fixture, "error_bar")));
}

static void
test_failures_leave_no_file (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->directory, "no-such-folder", "new.lacuna", NULL);
  g_autofree char *path = g_build_filename (fixture->directory, "dated.lacuna", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GDir) dir = NULL;

  g_assert_true (lacuna_new_assessment_dialog_select_country (fixture->dialog, "FRA"));

  {
    g_autoptr(GError) io_error = NULL;
    g_assert_null (lacuna_new_assessment_dialog_create (fixture->dialog, missing, &io_error));
    g_assert_nonnull (io_error);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    g_assert_cmpstr (gtk_label_get_text (child (fixture, "error_label")), ==, io_error->message);
  }

  gtk_entry_set_text (child (fixture, "period_start_entry"), "31/12/2025");
  assert_refused (fixture, path, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);

  /* Unticking every framework must not fall back to the core's "all". */
  gtk_entry_set_text (child (fixture, "period_start_entry"), "");
  set_check (fixture, 0, FALSE);
  set_check (fixture, 1, FALSE);
  assert_refused (fixture, path, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);

  /* Corrected, the same dialog creates, and the message goes away. */
  set_check (fixture, 0, TRUE);
  store = lacuna_new_assessment_dialog_create (fixture->dialog, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (gtk_info_bar_get_revealed (child (fixture, "error_bar")));
  g_clear_pointer (&store, lacuna_store_close);

  /* An existing file is neither overwritten nor removed. */
  {
    g_autoptr(GError) exists = NULL;
    g_assert_null (lacuna_new_assessment_dialog_create (fixture->dialog, path, &exists));
    g_assert_error (exists, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EXISTS);
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  /* Nothing else was left in the folder: no temporary, no lock. */
  dir = g_dir_open (fixture->directory, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "dated.lacuna");
  g_assert_null (g_dir_read_name (dir));
}

static void
test_follow_up_of_baseline (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *baseline_path = g_build_filename (fixture->directory, "baseline.lacuna", NULL);
  g_autofree char *path = g_build_filename (fixture->directory, "follow-up.lacuna", NULL);
  g_autoptr(LacunaAssessmentDetails) before = NULL;
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkFileChooser *chooser = child (fixture, "baseline_button");
  g_autofree char *expected_title = NULL;

  store = lacuna_sample_create (baseline_path, fixture->catalog, &error);
  g_assert_no_error (error);
  before = lacuna_store_get_details (store);
  g_clear_pointer (&store, lacuna_store_close);

  g_assert_false (can_create (fixture));
  g_assert_true (gtk_file_chooser_set_filename (chooser, baseline_path));
  g_signal_emit_by_name (chooser, "file-set");
  /* The sample's country is a training one, not in the list: it is
   * inherited, which is enough to create. */
  expected_title = g_strdup_printf ("%s — follow-up", before->values[LACUNA_DETAIL_TITLE]);
  g_assert_cmpstr (gtk_entry_get_text (fixture->title), ==, expected_title);
  g_assert_true (can_create (fixture));

  store = lacuna_new_assessment_dialog_create (fixture->dialog, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  details = lacuna_store_get_details (store);
  g_assert_cmpstr (details->baseline_uuid, ==, before->uuid);
  g_assert_cmpstr (details->values[LACUNA_DETAIL_COUNTRY_CODE], ==, before->values[LACUNA_DETAIL_COUNTRY_CODE]);
  g_assert_cmpstr (details->values[LACUNA_DETAIL_TITLE], ==, expected_title);
}

static void
test_bad_baseline_is_refused (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->directory, "notes.lacuna", NULL);
  GtkFileChooser *chooser = child (fixture, "baseline_button");

  g_assert_true (g_file_set_contents (path, "not an assessment", -1, NULL));
  g_assert_true (gtk_file_chooser_set_filename (chooser, path));
  g_signal_emit_by_name (chooser, "file-set");
  g_assert_true (gtk_info_bar_get_revealed (child (fixture, "error_bar")));
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "error_label")), !=, "");
  g_assert_false (can_create (fixture));
  /* The file it refused is left as it was. */
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "not an assessment");
  }
}

/* A screen reader can speak every control of the dialog. */
static void
test_names_every_control (Fixture       *fixture,
                          gconstpointer  data)
{
  AccessibleNames names;

  gtk_widget_show (GTK_WIDGET (fixture->dialog));
  accessible_names_init (&names);
  accessible_names_check (&names, GTK_WIDGET (fixture->dialog));
  accessible_names_assert_all_named (&names, 8);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/new-assessment-dialog/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("creates-from-search", test_creates_from_search);
  ADD ("enter-chooses-first-match", test_enter_chooses_first_match);
  ADD ("title-follows-country-until-edited", test_title_follows_country_until_edited);
  ADD ("failures-leave-no-file", test_failures_leave_no_file);
  ADD ("follow-up-of-baseline", test_follow_up_of_baseline);
  ADD ("bad-baseline-is-refused", test_bad_baseline_is_refused);
  ADD ("names-every-control", test_names_every_control);
#undef ADD
  return g_test_run ();
}
