/* test-merge-dialog.c — the real merge dialog, built from its template
 *
 * Two copies of the sample assessment go their own ways: each changes a
 * measure of its own, and both change one measure differently. The dialog
 * is opened on one copy with the other, and driven through its widgets as
 * a team would; what it did is then read back through the core. Run under
 * Xvfb.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "framework-loader.h"
#include "lacuna-merge-dialog.h"
#include "merge.h"
#include "sample.h"

#define CONFLICTED "TIP-P1-01"   /* changed in both copies, differently */
#define THEIRS_ONLY "TIP-P1-02"  /* changed only in the other copy */
#define MINE_ONLY "TIP-P1-03"    /* changed only in the open copy */

typedef struct {
  char              *directory;
  LacunaCatalog     *catalog;
  LacunaStore       *mine;
  char              *theirs_path;
  LacunaMergeDialog *dialog;
  guint              merged;      /* "merged" emissions seen */
  guint              applies;     /* APPLY responses the owner saw */
} Fixture;

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->directory, name, NULL);
}

static void
set_answer (LacunaStore *store,
            const char  *measure_id,
            LacunaLevel  law,
            LacunaLevel  practice,
            const char  *by)
{
  g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure_id);
  g_autoptr(GError) error = NULL;

  if (answer == NULL)
    g_error ("the sample has no answer for %s", measure_id);
  answer->law = law;
  answer->practice = practice;
  g_assert_true (lacuna_store_set_answer (store, answer, by, &error));
  g_assert_no_error (error);
}

static LacunaAnswer *
get_answer (LacunaStore *store,
            const char  *measure_id)
{
  LacunaAnswer *answer = lacuna_store_get_answer (store, measure_id);

  if (answer == NULL)
    g_error ("no answer for %s", measure_id);
  return answer;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) sample = NULL;
  g_autoptr(LacunaStore) theirs = NULL;
  g_autoptr(LacunaAnswer) original = NULL;
  g_autofree char *sample_path = NULL;
  g_autofree char *mine_path = NULL;

  fixture->directory = g_dir_make_tmp ("lacuna-merge-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->catalog = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);

  sample_path = path_in (fixture, "sample.lacuna");
  mine_path = path_in (fixture, "justice.lacuna");
  fixture->theirs_path = path_in (fixture, "interior.lacuna");
  sample = lacuna_sample_create (sample_path, fixture->catalog, &error);
  g_assert_no_error (error);
  g_assert_true (lacuna_store_save_copy (sample, mine_path, &error));
  g_assert_true (lacuna_store_save_copy (sample, fixture->theirs_path, &error));
  g_assert_no_error (error);

  /* The values chosen below must differ from the sample's, or there would
   * be nothing to merge. */
  original = get_answer (sample, CONFLICTED);
  g_assert_cmpint (original->law, !=, LACUNA_LEVEL_LARGELY);
  g_assert_cmpint (original->law, !=, LACUNA_LEVEL_NONE);
  g_clear_pointer (&original, lacuna_answer_free);
  original = get_answer (sample, THEIRS_ONLY);
  g_assert_cmpint (original->law, !=, LACUNA_LEVEL_PARTIAL);
  g_clear_pointer (&sample, lacuna_store_close);

  fixture->mine = lacuna_store_open (mine_path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  theirs = lacuna_store_open (fixture->theirs_path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  set_answer (fixture->mine, MINE_ONLY, LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_PARTIAL, "Justice");
  set_answer (fixture->mine, CONFLICTED, LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_LARGELY, "Justice");
  set_answer (theirs, THEIRS_ONLY, LACUNA_LEVEL_PARTIAL, LACUNA_LEVEL_NONE, "Interior");
  set_answer (theirs, CONFLICTED, LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE, "Interior");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->dialog != NULL)
    {
      gtk_widget_destroy (GTK_WIDGET (fixture->dialog));
      g_object_unref (fixture->dialog);
    }
  lacuna_store_close (fixture->mine);
  dir = g_dir_open (fixture->directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->directory, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->directory);
  g_free (fixture->directory);
  g_free (fixture->theirs_path);
  lacuna_catalog_unref (fixture->catalog);
}

static void
on_merged_cb (LacunaMergeDialog *dialog,
              Fixture           *fixture)
{
  fixture->merged++;
}

static void
on_response_cb (GtkDialog *dialog,
                int        response,
                Fixture   *fixture)
{
  if (response == GTK_RESPONSE_APPLY)
    fixture->applies++;
}

static void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
open_dialog (Fixture    *fixture,
             const char *other_path)
{
  fixture->dialog = g_object_ref_sink (lacuna_merge_dialog_new (NULL, fixture->mine, other_path));
  g_signal_connect (fixture->dialog, "merged", G_CALLBACK (on_merged_cb), fixture);
  g_signal_connect (fixture->dialog, "response", G_CALLBACK (on_response_cb), fixture);
  gtk_widget_show (GTK_WIDGET (fixture->dialog));
  drain_main_loop ();
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog), LACUNA_TYPE_MERGE_DIALOG, name);

  if (object == NULL)
    g_error ("the merge dialog has no %s", name);
  return object;
}

static GList *
conflict_rows (Fixture *fixture)
{
  return gtk_container_get_children (child (fixture, "conflict_box"));
}

/* The one conflict the fixture makes, as the dialog lists it. */
static GtkWidget *
only_row (Fixture *fixture)
{
  g_autoptr(GList) rows = conflict_rows (fixture);
  GtkWidget *row;

  g_assert_cmpuint (g_list_length (rows), ==, 1);
  row = rows->data;
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), LACUNA_MERGE_DIALOG_CONFLICT_KEY), ==, "answer:" CONFLICTED);
  return row;
}

static void
collect (GtkWidget *widget,
         gpointer   data)
{
  GPtrArray *found = data;

  g_ptr_array_add (found, widget);
  if (GTK_IS_CONTAINER (widget))
    gtk_container_foreach (GTK_CONTAINER (widget), collect, found);
}

static GtkWidget *
find_named (GtkWidget  *row,
            const char *name)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  collect (row, all);
  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (all, i)), name))
      return g_ptr_array_index (all, i);
  g_error ("no widget named %s in the row", name);
}

/* Everything the row says, to check that both sides and their authors
 * are shown. */
static char *
row_text (GtkWidget *row)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect (row, all);
  for (guint i = 0; i < all->len; i++)
    if (GTK_IS_LABEL (g_ptr_array_index (all, i)))
      g_string_append_printf (text, "%s\n", gtk_label_get_text (g_ptr_array_index (all, i)));
  return g_string_free (text, FALSE);
}

static void
assert_label_contains (Fixture    *fixture,
                       const char *name,
                       const char *expected)
{
  const char *text = gtk_label_get_text (child (fixture, name));

  if (strstr (text, expected) == NULL)
    g_error ("%s says “%s”, without “%s”", name, text, expected);
}

static void
assert_no_conflict_left (Fixture *fixture)
{
  g_autoptr(GList) rows = conflict_rows (fixture);
  g_autoptr(LacunaMergeReport) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (rows);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->dialog)) ==
                 gtk_dialog_get_widget_for_response (GTK_DIALOG (fixture->dialog), GTK_RESPONSE_CLOSE));
  assert_label_contains (fixture, "summary_label", "1 conflict settled");
  assert_label_contains (fixture, "summary_label", "0 conflicts left");
  /* The core agrees: merging the same copy again finds nothing to decide. */
  again = lacuna_store_merge (fixture->mine, fixture->theirs_path, NULL, "Check", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->conflicts->len, ==, 0);
  g_assert_cmpuint (again->taken, ==, 0);
}

/* What the dialog shows before anything is written, whichever way the
 * conflict will go. */
static GtkWidget *
check_preview (Fixture *fixture)
{
  g_autoptr(LacunaAnswer) taken = get_answer (fixture->mine, THEIRS_ONLY);
  g_autoptr(LacunaAnswer) own = get_answer (fixture->mine, MINE_ONLY);
  g_autoptr(LacunaAnswer) untouched = get_answer (fixture->mine, CONFLICTED);
  g_autofree char *text = NULL;
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  GtkWidget *row;

  g_assert_false (gtk_info_bar_get_revealed (child (fixture, "error_bar")));
  /* Nothing is written by opening the dialog. */
  g_assert_true (taken == NULL || taken->law != LACUNA_LEVEL_PARTIAL);
  g_assert_cmpint (own->law, ==, LACUNA_LEVEL_LARGELY);
  g_assert_cmpint (untouched->law, ==, LACUNA_LEVEL_LARGELY);
  g_assert_cmpuint (fixture->merged, ==, 0);

  row = only_row (fixture);
  text = row_text (row);
  mine_text = g_strdup_printf ("legal basis %s, practice %s", lacuna_level_to_string (LACUNA_LEVEL_LARGELY),
                               lacuna_level_to_string (LACUNA_LEVEL_LARGELY));
  theirs_text = g_strdup_printf ("legal basis %s, practice %s", lacuna_level_to_string (LACUNA_LEVEL_NONE),
                                 lacuna_level_to_string (LACUNA_LEVEL_NONE));
  if (strstr (text, CONFLICTED) == NULL || strstr (text, mine_text) == NULL || strstr (text, theirs_text) == NULL ||
      strstr (text, "Justice") == NULL || strstr (text, "Interior") == NULL)
    g_error ("the conflict row does not show both sides:\n%s", text);

  assert_label_contains (fixture, "summary_label", "1 change to take");
  assert_label_contains (fixture, "summary_label", "1 conflict to decide");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (row, "decide-later"))));
  /* A keyboard user starts on the decision to make. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->dialog)) == find_named (row, "decide-later"));
  /* There is a change to take even before anything is decided. */
  g_assert_true (gtk_widget_get_sensitive (gtk_dialog_get_widget_for_response (GTK_DIALOG (fixture->dialog),
                                                                               GTK_RESPONSE_APPLY)));
  return row;
}

/* What Merge must have done, whichever way the conflict went. */
static void
check_taken (Fixture *fixture)
{
  g_autoptr(LacunaAnswer) taken = get_answer (fixture->mine, THEIRS_ONLY);

  g_assert_cmpint (taken->law, ==, LACUNA_LEVEL_PARTIAL);
  g_assert_cmpint (taken->practice, ==, LACUNA_LEVEL_NONE);
  g_assert_cmpstr (taken->changed_by, ==, "Interior");
  assert_label_contains (fixture, "summary_label", "1 change taken");
}

static void
click_merge (Fixture *fixture)
{
  GtkWidget *merge = gtk_dialog_get_widget_for_response (GTK_DIALOG (fixture->dialog), GTK_RESPONSE_APPLY);

  if (merge == NULL)
    g_error ("the dialog has no Merge button");
  g_assert_true (gtk_widget_get_sensitive (merge));
  gtk_button_clicked (GTK_BUTTON (merge));
  drain_main_loop ();
  g_assert_false (gtk_info_bar_get_revealed (child (fixture, "error_bar")));
  /* Merge keeps the dialog open: the owner never sees it as a response. */
  g_assert_cmpuint (fixture->applies, ==, 0);
}

static void
test_take_theirs (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LacunaAnswer) answer = NULL;
  GtkWidget *row;

  open_dialog (fixture, fixture->theirs_path);
  row = check_preview (fixture);

  gtk_button_clicked (GTK_BUTTON (find_named (row, "take-theirs")));
  click_merge (fixture);

  check_taken (fixture);
  answer = get_answer (fixture->mine, CONFLICTED);
  g_assert_cmpint (answer->law, ==, LACUNA_LEVEL_NONE);
  g_assert_cmpint (answer->practice, ==, LACUNA_LEVEL_NONE);
  g_assert_cmpstr (answer->changed_by, ==, "Interior");
  g_assert_cmpuint (fixture->merged, ==, 1);
  assert_no_conflict_left (fixture);
}

static void
test_keep_mine (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LacunaAnswer) answer = NULL;
  GtkWidget *row;

  open_dialog (fixture, fixture->theirs_path);
  row = check_preview (fixture);

  gtk_button_clicked (GTK_BUTTON (find_named (row, "keep-mine")));
  click_merge (fixture);

  check_taken (fixture);
  answer = get_answer (fixture->mine, CONFLICTED);
  g_assert_cmpint (answer->law, ==, LACUNA_LEVEL_LARGELY);
  g_assert_cmpint (answer->practice, ==, LACUNA_LEVEL_LARGELY);
  g_assert_cmpstr (answer->changed_by, ==, "Justice");
  g_assert_cmpuint (fixture->merged, ==, 1);
  assert_no_conflict_left (fixture);
}

/* Undecided conflicts stay listed; "Take all theirs" only chooses, and
 * writes nothing until Merge. */
static void
test_decide_later (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaAnswer) answer = NULL;
  GtkWidget *row;

  open_dialog (fixture, fixture->theirs_path);
  check_preview (fixture);

  g_assert_true (lacuna_merge_dialog_run_merge (fixture->dialog, &error));
  g_assert_no_error (error);
  check_taken (fixture);
  row = only_row (fixture);
  assert_label_contains (fixture, "summary_label", "1 conflict left");
  g_assert_cmpuint (fixture->merged, ==, 1);
  /* Nothing decided and nothing left to take: Merge would write nothing. */
  g_assert_false (gtk_widget_get_sensitive (gtk_dialog_get_widget_for_response (GTK_DIALOG (fixture->dialog),
                                                                                GTK_RESPONSE_APPLY)));

  gtk_button_clicked (GTK_BUTTON (child (fixture, "take_all_button")));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (row, "take-theirs"))));
  answer = get_answer (fixture->mine, CONFLICTED);
  g_assert_cmpint (answer->law, ==, LACUNA_LEVEL_LARGELY);
  g_clear_pointer (&answer, lacuna_answer_free);

  click_merge (fixture);
  answer = get_answer (fixture->mine, CONFLICTED);
  g_assert_cmpint (answer->law, ==, LACUNA_LEVEL_NONE);
  assert_no_conflict_left (fixture);
}

/* The core's refusal is shown in its own words, and the file is left as
 * it was. */
static void
check_refused (Fixture    *fixture,
               const char *other_path,
               GQuark      domain,
               int         code)
{
  g_autoptr(GPtrArray) before = lacuna_store_list_history (fixture->mine, NULL, NULL);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(LacunaAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) rows = NULL;

  open_dialog (fixture, other_path);
  g_assert_true (gtk_info_bar_get_revealed (child (fixture, "error_bar")));
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "error_label")), !=, "");

  g_assert_false (lacuna_merge_dialog_run_merge (fixture->dialog, &error));
  g_assert_error (error, domain, code);
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "error_label")), ==, error->message);

  rows = conflict_rows (fixture);
  g_assert_null (rows);
  g_assert_false (gtk_widget_get_visible (child (fixture, "conflict_scroller")));
  g_assert_cmpuint (fixture->merged, ==, 0);
  after = lacuna_store_list_history (fixture->mine, NULL, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  answer = get_answer (fixture->mine, THEIRS_ONLY);
  g_assert_cmpint (answer->law, !=, LACUNA_LEVEL_PARTIAL);
}

static void
test_not_an_assessment (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "minutes.lacuna");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "Minutes of the working group, 3 March.\n", -1, &error));
  check_refused (fixture, path, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_SQLITE);
}

static void
test_different_assessment (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "other-country.lacuna");
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) other = lacuna_sample_create (path, fixture->catalog, &error);

  g_assert_no_error (error);
  g_clear_pointer (&other, lacuna_store_close);
  check_refused (fixture, path, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DIFFERENT_ASSESSMENT);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/merge-dialog/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("take-theirs", test_take_theirs);
  ADD ("keep-mine", test_keep_mine);
  ADD ("decide-later", test_decide_later);
  ADD ("not-an-assessment", test_not_an_assessment);
  ADD ("different-assessment", test_different_assessment);
#undef ADD

  return g_test_run ();
}
