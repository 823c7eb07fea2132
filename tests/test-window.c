/* test-window.c — the real window, built from its template and driven
 *
 * Run under Xvfb (the README's test command does this).
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "accessible-names.h"
#include "framework-loader.h"
#include "lacuna-application.h"
#include "lacuna-measure-page.h"
#include "lacuna-merge-dialog.h"
#include "lacuna-overview-view.h"
#include "lacuna-properties-dialog.h"
#include "lacuna-recommendations-view.h"
#include "lacuna-window.h"
#include "paths.h"
#include "sample.h"
#include "sample-folder.h"

typedef struct {
  GtkApplication *application;
  guint           frameworks;
  guint           measures;
  gboolean        showing_error;
  char           *first_title;
  char           *window_title;
  char           *first_law;
  gboolean        has_store;
  int             mark_width;
} WindowCheck;

static void
window_check_clear (WindowCheck *check)
{
  g_free (check->first_title);
  g_free (check->window_title);
  g_free (check->first_law);
}

static guint
count_leaves (GtkTreeModel *model,
              GtkTreeIter  *parent)
{
  GtkTreeIter child;
  guint count = 0;

  if (!gtk_tree_model_iter_children (model, &child, parent))
    return 1;
  do
    count += count_leaves (model, &child);
  while (gtk_tree_model_iter_next (model, &child));
  return count;
}

/* The first measure: the first leaf under the first framework. */
static char *
first_measure_law (GtkTreeModel *model)
{
  GtkTreeIter iter, child;
  char *law = NULL;

  if (!gtk_tree_model_get_iter_first (model, &iter))
    return NULL;
  while (gtk_tree_model_iter_children (model, &child, &iter))
    iter = child;
  gtk_tree_model_get (model, &iter, LACUNA_CATALOG_COLUMN_LAW, &law, -1);
  return law;
}

static gboolean
check_and_quit (gpointer data)
{
  WindowCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  GtkTreeModel *model;
  GtkTreeIter iter;

  g_assert_true (LACUNA_IS_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  model = lacuna_window_get_catalog_model (LACUNA_WINDOW (window));
  check->frameworks = gtk_tree_model_iter_n_children (model, NULL);
  if (gtk_tree_model_get_iter_first (model, &iter))
    {
      gtk_tree_model_get (model, &iter, LACUNA_CATALOG_COLUMN_TITLE, &check->first_title, -1);
      do
        check->measures += count_leaves (model, &iter);
      while (gtk_tree_model_iter_next (model, &iter));
    }
  check->showing_error = lacuna_window_is_showing_error (LACUNA_WINDOW (window));
  check->has_store = lacuna_window_get_store (LACUNA_WINDOW (window)) != NULL;
  check->window_title = g_strdup (gtk_header_bar_get_title (GTK_HEADER_BAR (gtk_window_get_titlebar (window))));
  check->first_law = first_measure_law (model);
  /* The status mark keeps room of its own in the sidebar's fixed-size
   * column (it once shrank to nothing, the first rows having no mark). */
  {
    GtkTreeView *view = GTK_TREE_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), LACUNA_TYPE_WINDOW,
                                                                      "catalog_view"));
    GtkTreeViewColumn *column = gtk_tree_view_get_column (view, 0);
    g_autoptr(GList) cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (column));
    int start = 0;

    gtk_tree_view_column_cell_get_position (column, cells->data, &start, &check->mark_width);
  }

  /* Quitting goes through the same action the menu and Ctrl+Q use. */
  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

/* Runs the application on FILE (or none) and calls DRIVE once, when its
 * first window is up; DRIVE ends by quitting. */
typedef struct {
  GSourceFunc drive;
  gpointer    data;
} Driver;

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window,
                 Driver         *driver)
{
  g_idle_add (driver->drive, driver->data);
}

static void
run_driven (GtkApplication **application_out,
            const char      *file,
            GSourceFunc      drive,
            gpointer         data)
{
  g_autoptr(LacunaApplication) application = lacuna_application_new ();
  char *argv[] = { (char *) "lacuna", (char *) file, NULL };
  Driver driver = { drive, data };

  *application_out = GTK_APPLICATION (application);
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added), &driver);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), file != NULL ? 2 : 1, argv), ==, 0);
  *application_out = NULL;
}

static void
run_application (WindowCheck *check,
                 const char  *file)
{
  run_driven (&check->application, file, check_and_quit, check);
}

static void
test_window_shows_frameworks (void)
{
  WindowCheck check = { 0 };

  run_application (&check, NULL);
  g_assert_false (check.showing_error);
  g_assert_false (check.has_store);
  g_assert_cmpuint (check.frameworks, ==, 2);
  g_assert_cmpuint (check.measures, ==, 74 + 50);
  g_assert_cmpstr (check.first_title, ==,
                   "International Framework for Action to Implement the Trafficking in Persons Protocol");
  window_check_clear (&check);
}

/* The sample assessment, closed, in a new folder (*directory, the
 * caller's, to remove with sample_folder_remove()); returns its path. */
static char *
sample_file (char **directory)
{
  char *path = NULL;

  lacuna_store_close (sample_folder_create ("lacuna-window", directory, &path));
  return path;
}

static void
test_window_opens_assessment (void)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  g_autofree char *lock = g_build_filename (directory, ".~lock.sample.lacuna#", NULL);
  WindowCheck check = { 0 };

  run_application (&check, path);
  g_assert_true (check.has_store);
  g_assert_false (check.showing_error);
  g_assert_true (g_str_has_prefix (check.window_title, "National assessment"));
  g_assert_cmpuint (check.measures, ==, 124);
  /* TIP-P1-01's legal basis in the sample is full. */
  g_assert_cmpstr (check.first_law, ==, "Full");
  g_assert_cmpint (check.mark_width, >=, 8);
  /* Closing the window released the file. */
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

  window_check_clear (&check);
  sample_folder_remove (directory);
}

static void
test_window_reports_bad_file (void)
{
  g_autofree char *directory = g_dir_make_tmp ("lacuna-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "notes.lacuna", NULL);
  WindowCheck check = { 0 };

  g_assert_true (g_file_set_contents (path, "not an assessment", -1, NULL));
  run_application (&check, path);
  g_assert_true (check.showing_error);
  g_assert_false (check.has_store);
  window_check_clear (&check);
  g_unlink (path);
  g_rmdir (directory);
}

static void
test_window_reports_missing_frameworks (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LACUNA_FRAMEWORKS_DIR"));
  WindowCheck check = { 0 };

  g_setenv ("LACUNA_FRAMEWORKS_DIR", "/nonexistent/frameworks", TRUE);
  run_application (&check, NULL);
  g_setenv ("LACUNA_FRAMEWORKS_DIR", saved, TRUE);

  /* The window still opens, and says what is wrong. */
  g_assert_true (check.showing_error);
  g_assert_cmpuint (check.frameworks, ==, 0);
  window_check_clear (&check);
}

/* A team answering with the keyboard, as in a workshop: jump to the next
 * open question, press a digit, correct it with Undo, and print. */
typedef struct {
  GtkApplication *application;
  char           *report_path;
  char           *answered_id;
  LacunaLevel     law_after_key;
  LacunaLevel     practice_after_key;
  LacunaLevel     law_after_undo;
  gboolean        report_written;
  LacunaTaNeeds   ta_after_tick;
  char           *progress_before;     /* the first framework's "answered/total" */
  char           *progress_after_key;
  char           *progress_after_undo;
  guint           sidebar_mismatches;  /* rows whose mark or count disagrees with the file */
} WorkshopCheck;

static LacunaLevel
stored_level (LacunaStore *store,
              const char  *measure_id,
              gboolean     practice)
{
  g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure_id);

  if (answer == NULL)
    return LACUNA_LEVEL_UNANSWERED;
  return practice ? answer->practice : answer->law;
}

/* Checks every row of the sidebar against the file: a measure's "answered"
 * flag against its stored answer, a group's "answered/total" against the
 * measures below it. Returns the number of rows that disagree; adds the
 * group's counts to *answered and *total. */
static guint
sidebar_mismatches (GtkTreeModel *model,
                    GtkTreeIter  *parent,
                    LacunaStore  *store,
                    guint        *answered,
                    guint        *total)
{
  GtkTreeIter child;
  guint mismatches = 0;

  if (!gtk_tree_model_iter_children (model, &child, parent))
    return 0;
  do
    {
      LacunaMeasure *measure = NULL;
      gboolean shown_answered = FALSE;
      g_autofree char *detail = NULL;

      gtk_tree_model_get (model, &child, LACUNA_CATALOG_COLUMN_MEASURE, &measure, LACUNA_CATALOG_COLUMN_ANSWERED,
                          &shown_answered, LACUNA_CATALOG_COLUMN_DETAIL, &detail, -1);
      if (measure != NULL)
        {
          g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure->id);
          gboolean law = (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) != 0;
          gboolean practice = (measure->dimensions & LACUNA_DIMENSION_PRACTICE) != 0;
          gboolean is_answered = answer->not_applicable ||
                                 ((!law || answer->law != LACUNA_LEVEL_UNANSWERED) &&
                                  (!practice || answer->practice != LACUNA_LEVEL_UNANSWERED));

          mismatches += shown_answered != is_answered;
          *answered += is_answered;
          (*total)++;
        }
      else
        {
          guint group_answered = 0, group_total = 0;
          g_autofree char *expected = NULL;

          mismatches += sidebar_mismatches (model, &child, store, &group_answered, &group_total);
          expected = g_strdup_printf ("%u/%u", group_answered, group_total);
          mismatches += g_strcmp0 (detail, expected) != 0;
          *answered += group_answered;
          *total += group_total;
        }
    }
  while (gtk_tree_model_iter_next (model, &child));
  return mismatches;
}

static char *
first_row_detail (GtkTreeModel *model)
{
  GtkTreeIter iter;
  char *detail = NULL;

  if (gtk_tree_model_get_iter_first (model, &iter))
    gtk_tree_model_get (model, &iter, LACUNA_CATALOG_COLUMN_DETAIL, &detail, -1);
  return detail;
}

static void
check_sidebar (WorkshopCheck *check,
               LacunaWindow  *window,
               char         **progress)
{
  GtkTreeModel *model = lacuna_window_get_catalog_model (window);
  guint answered = 0, total = 0;

  check->sidebar_mismatches += sidebar_mismatches (model, NULL, lacuna_window_get_store (window), &answered, &total);
  *progress = first_row_detail (model);
}

/* Delivers a key press through GTK's own event dispatch, as if typed:
 * XTest events depend on the X server giving the window input focus, which
 * a display without a window manager does not. */
static void
press_key (GtkWindow *window,
           guint      keyval)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GdkEvent *event = gdk_event_new (GDK_KEY_PRESS);
  g_autofree GdkKeymapKey *keys = NULL;
  gint n_keys = 0;

  event->key.window = g_object_ref (gtk_widget_get_window (GTK_WIDGET (window)));
  event->key.send_event = TRUE;
  event->key.time = GDK_CURRENT_TIME;
  event->key.keyval = keyval;
  if (gdk_keymap_get_entries_for_keyval (gdk_keymap_get_for_display (display), keyval, &keys, &n_keys) && n_keys > 0)
    event->key.hardware_keycode = keys[0].keycode;
  gdk_event_set_device (event, gdk_seat_get_keyboard (gdk_display_get_default_seat (display)));
  gtk_main_do_event (event);
  gdk_event_free (event);
}

static GtkWidget *
window_part (GtkWindow  *window,
             const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), LACUNA_TYPE_WINDOW, name));
}

static gboolean
drive_workshop (gpointer data)
{
  WorkshopCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  LacunaWindow *lacuna = LACUNA_WINDOW (window);
  LacunaStore *store = lacuna_window_get_store (lacuna);
  GtkWidget *focus;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  check_sidebar (check, lacuna, &check->progress_before);
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-unanswered", NULL);
  check->answered_id = g_strdup (lacuna_window_get_selected_measure (lacuna));
  g_assert_nonnull (check->answered_id);
  g_assert_cmpint (stored_level (store, check->answered_id, FALSE), ==, LACUNA_LEVEL_UNANSWERED);

  /* The list of measures has the focus: "2" answers the legal basis. */
  focus = gtk_window_get_focus (window);
  g_assert_true (GTK_IS_TREE_VIEW (focus));
  press_key (window, GDK_KEY_2);
  check->law_after_key = stored_level (store, check->answered_id, FALSE);
  check->practice_after_key = stored_level (store, check->answered_id, TRUE);

  /* Practice too, so that the measure counts as answered: the marks and
   * the counts above it follow, and go back with Undo. */
  {
    LacunaMeasure *measure = lacuna_catalog_find_measure (lacuna_store_get_catalog (store), check->answered_id);
    gboolean practice = (measure->dimensions & LACUNA_DIMENSION_PRACTICE) != 0;

    if (practice)
      lacuna_measure_page_set_level (LACUNA_MEASURE_PAGE (window_part (window, "measure_page")),
                                     LACUNA_DIMENSION_PRACTICE, LACUNA_LEVEL_PARTIAL);
    check_sidebar (check, lacuna, &check->progress_after_key);
    if (practice)
      g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  check->law_after_undo = stored_level (store, check->answered_id, FALSE);
  check_sidebar (check, lacuna, &check->progress_after_undo);

  /* The report is written by a thread while the window stays responsive;
   * the info bar then offers to open it. */
  {
    LacunaReportRequest request = { .edition = LACUNA_REPORT_PUBLIC, .language = "fr" };

    lacuna_window_start_report (lacuna, check->report_path, &request);
  }
  g_assert_true (lacuna_window_is_writing_report (lacuna));
  while (lacuna_window_is_writing_report (lacuna))
    g_main_context_iteration (NULL, TRUE);
  check->report_written = !lacuna_window_is_showing_error (lacuna);

  /* Ticking a kind of technical assistance is saved at once. */
  {
    GtkContainer *ta_box = GTK_CONTAINER (gtk_widget_get_template_child (window_part (window, "measure_page"),
                                                                          LACUNA_TYPE_MEASURE_PAGE, "ta_box"));
    g_autoptr(GList) children = gtk_container_get_children (ta_box);
    GtkWidget *first = gtk_bin_get_child (GTK_BIN (children->data));
    g_autoptr(LacunaAnswer) answer = NULL;

    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (first), TRUE);
    answer = lacuna_store_get_answer (store, check->answered_id);
    check->ta_after_tick = answer != NULL ? answer->ta_needs : LACUNA_TA_NONE;
  }

  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_window_answers_from_keyboard (void)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  g_autofree char *report = g_build_filename (directory, "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  gsize pdf_length = 0;
  g_autoptr(GPtrArray) history = NULL;
  WorkshopCheck check = { .report_path = report };
  LacunaStore *sample;

  run_driven (&check.application, path, drive_workshop, &check);

  g_assert_cmpint (check.law_after_key, ==, LACUNA_LEVEL_LARGELY);
  g_assert_cmpint (check.practice_after_key, ==, LACUNA_LEVEL_UNANSWERED);
  g_assert_cmpint (check.law_after_undo, ==, LACUNA_LEVEL_UNANSWERED);
  g_assert_cmpuint (check.sidebar_mismatches, ==, 0);
  g_assert_cmpstr (check.progress_after_key, !=, check.progress_before);
  g_assert_cmpstr (check.progress_after_undo, ==, check.progress_before);
  g_assert_true (check.report_written);
  g_assert_cmpint (check.ta_after_tick, ==, LACUNA_TA_LEGISLATIVE_DRAFTING);
  g_assert_true (g_file_get_contents (report, &pdf, &pdf_length, NULL));
  g_assert_cmpuint (pdf_length, >, 1000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  /* Asked for in French from an English window: its headings are French. */
  {
    const char *argv[] = { "pdftotext", report, "-", NULL };
    g_autofree char *text = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, &text, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_nonnull (strstr (text, "Résumé"));
    g_assert_null (strstr (text, "Executive summary"));
  }

  /* The edit and its undoing are both in the file, reopened cold. */
  sample = lacuna_store_open (path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored_level (sample, check.answered_id, FALSE), ==, LACUNA_LEVEL_UNANSWERED);
  history = lacuna_store_list_history (sample, "answer", check.answered_id);
  g_assert_cmpuint (history->len, >=, 2);
  lacuna_store_close (sample);

  g_free (check.answered_id);
  g_free (check.progress_before);
  g_free (check.progress_after_key);
  g_free (check.progress_after_undo);
  sample_folder_remove (directory);
}

/* The overview and the recommendations follow the answers, and lead back
 * to the measures. */
typedef struct {
  GtkApplication *application;
  guint           pillars;
  char           *view_after_pillar;
  char           *pillar_filter;
  guint           pillar_leaves;
  guint           all_leaves;
  gboolean        hidden_measure_shown;
  char           *closed_gap;
  gboolean        listed_before;
  gboolean        listed_after;
} ResultsCheck;


static gboolean
drive_results (gpointer data)
{
  ResultsCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  GtkStack *views = GTK_STACK (window_part (window, "view_stack"));
  LacunaOverviewView *overview = LACUNA_OVERVIEW_VIEW (window_part (window, "overview_view"));
  LacunaRecommendationsView *recommendations = LACUNA_RECOMMENDATIONS_VIEW (window_part (window, "recommendations_view"));
  LacunaMeasurePage *page = LACUNA_MEASURE_PAGE (window_part (window, "measure_page"));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_stack_set_visible_child_name (views, "overview");
  check->pillars = lacuna_overview_view_get_n_pillars (overview);
  g_assert_cmpuint (check->pillars, >, 0);
  gtk_widget_activate (lacuna_overview_view_get_pillar_row (overview, 0));
  check->view_after_pillar = g_strdup (gtk_stack_get_visible_child_name (views));
  /* The sidebar lists that pillar's measures only, then all again. */
  {
    GtkComboBox *pillars = GTK_COMBO_BOX (window_part (window, "pillar_combo"));
    GtkTreeModel *shown = gtk_tree_view_get_model (GTK_TREE_VIEW (window_part (window, "catalog_view")));

    check->pillar_filter = g_strdup (gtk_combo_box_get_active_id (pillars));
    check->pillar_leaves = count_leaves (shown, NULL);
    gtk_combo_box_set_active_id (pillars, "any");
    check->all_leaves = count_leaves (shown, NULL);
    /* A measure asked for from elsewhere is shown even when the filter
     * hid it: the filter gives way. */
    gtk_combo_box_set_active_id (pillars, "TIP-P1");
    check->hidden_measure_shown = lacuna_window_select_measure (LACUNA_WINDOW (window), "SOM-P1-01") &&
                                  g_strcmp0 (gtk_combo_box_get_active_id (pillars), "any") == 0;
  }

  /* Close the gap of the top recommendation from the measure page. */
  gtk_stack_set_visible_child_name (views, "recommendations");
  check->closed_gap = g_strdup (lacuna_recommendations_view_get_selected_measure (recommendations));
  g_assert_nonnull (check->closed_gap);
  check->listed_before = lacuna_recommendations_view_select_measure (recommendations, check->closed_gap);
  gtk_stack_set_visible_child_name (views, "measures");
  g_assert_true (lacuna_window_select_measure (LACUNA_WINDOW (window), check->closed_gap));
  lacuna_measure_page_set_level (page, LACUNA_DIMENSION_LEGAL_BASIS, LACUNA_LEVEL_FULL);
  lacuna_measure_page_set_level (page, LACUNA_DIMENSION_PRACTICE, LACUNA_LEVEL_FULL);
  gtk_stack_set_visible_child_name (views, "recommendations");
  check->listed_after = lacuna_recommendations_view_select_measure (recommendations, check->closed_gap);

  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_window_results_follow_answers (void)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  ResultsCheck check = { 0 };

  run_driven (&check.application, path, drive_results, &check);
  g_assert_cmpstr (check.view_after_pillar, ==, "measures");
  g_assert_cmpstr (check.pillar_filter, ==, "TIP-P1");
  g_assert_cmpuint (check.pillar_leaves, >, 0);
  g_assert_cmpuint (check.pillar_leaves, <, check.all_leaves);
  g_assert_true (check.hidden_measure_shown);
  g_free (check.pillar_filter);
  g_assert_true (check.listed_before);
  /* Fully in place in law and practice: no longer a recommendation. */
  g_assert_false (check.listed_after);

  g_free (check.view_after_pillar);
  g_free (check.closed_gap);
  sample_folder_remove (directory);
}

/* The comparison with a baseline follows the team's edits and leads back
 * to the measure. */
typedef struct {
  GtkApplication *application;
  char           *baseline_path;
  char           *measure_id;
  LacunaChange    change_after_edit;
  gboolean        listed_before_edit;
  gboolean        listed_when_all_shown;
  char           *overall_text;
  char           *selected_after_activation;
  gboolean        bad_baseline_shown;
} CompareCheck;

/* The change recorded for measure_id in the dialog's full list, or
 * LACUNA_N_CHANGES when it is not there. */
static LacunaChange
listed_change (GtkTreeModel *model,
               const char   *measure_id)
{
  GtkTreeIter iter;
  gboolean valid;

  for (valid = gtk_tree_model_get_iter_first (model, &iter); valid; valid = gtk_tree_model_iter_next (model, &iter))
    {
      g_autofree char *id = NULL;
      LacunaChange change;

      gtk_tree_model_get (model, &iter, LACUNA_COMPARISON_MEASURE_ID, &id, LACUNA_COMPARISON_MEASURE_CHANGE, &change, -1);
      if (g_strcmp0 (id, measure_id) == 0)
        return change;
    }
  return LACUNA_N_CHANGES;
}

static gboolean
listed_in_view (GtkTreeView *view,
                const char  *measure_id)
{
  return listed_change (gtk_tree_view_get_model (view), measure_id) != LACUNA_N_CHANGES;
}

static gpointer
dialog_part (gpointer    dialog,
             const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (dialog), LACUNA_TYPE_COMPARISON_DIALOG, name);
}

static gboolean
drive_compare (gpointer data)
{
  CompareCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  LacunaWindow *lacuna = LACUNA_WINDOW (window);
  LacunaMeasurePage *page = LACUNA_MEASURE_PAGE (window_part (window, "measure_page"));
  LacunaComparisonDialog *dialog;
  GtkTreeView *view;
  GtkTreePath *path;
  g_autoptr(GError) error = NULL;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (lacuna_store_save_copy (lacuna_window_get_store (lacuna), check->baseline_path, &error));
  g_assert_no_error (error);

  dialog = lacuna_window_compare_with (lacuna, check->baseline_path);
  view = dialog_part (dialog, "measure_view");
  g_assert_false (gtk_info_bar_get_revealed (dialog_part (dialog, "error_bar")));

  /* An unanswered measure, answered now: it is newly assessed. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-unanswered", NULL);
  check->measure_id = g_strdup (lacuna_window_get_selected_measure (lacuna));
  check->listed_before_edit = listed_in_view (view, check->measure_id);
  lacuna_measure_page_set_level (page, LACUNA_DIMENSION_LEGAL_BASIS, LACUNA_LEVEL_FULL);
  lacuna_measure_page_set_level (page, LACUNA_DIMENSION_PRACTICE, LACUNA_LEVEL_FULL);
  check->change_after_edit = listed_change (GTK_TREE_MODEL (dialog_part (dialog, "measure_store")), check->measure_id);
  check->overall_text = g_strdup (gtk_label_get_text (dialog_part (dialog, "overall_label")));

  /* Unchanged measures are listed too when asked for. */
  {
    int changed = gtk_tree_model_iter_n_children (gtk_tree_view_get_model (view), NULL);
    int all;

    gtk_toggle_button_set_active (dialog_part (dialog, "changed_only_check"), FALSE);
    all = gtk_tree_model_iter_n_children (gtk_tree_view_get_model (view), NULL);
    check->listed_when_all_shown =
      changed < all && all == gtk_tree_model_iter_n_children (GTK_TREE_MODEL (dialog_part (dialog, "measure_store")), NULL);
    gtk_toggle_button_set_active (dialog_part (dialog, "changed_only_check"), TRUE);
  }

  /* Activating the row shows the measure in the window. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-measure", NULL);
  g_assert_cmpstr (lacuna_window_get_selected_measure (lacuna), !=, check->measure_id);
  path = gtk_tree_path_new_first ();
  while (gtk_tree_model_iter_n_children (gtk_tree_view_get_model (view), NULL) > 0)
    {
      GtkTreeIter iter;
      g_autofree char *id = NULL;

      if (!gtk_tree_model_get_iter (gtk_tree_view_get_model (view), &iter, path))
        break;
      gtk_tree_model_get (gtk_tree_view_get_model (view), &iter, LACUNA_COMPARISON_MEASURE_ID, &id, -1);
      if (g_strcmp0 (id, check->measure_id) == 0)
        {
          gtk_tree_view_row_activated (view, path, gtk_tree_view_get_column (view, 0));
          break;
        }
      gtk_tree_path_next (path);
    }
  gtk_tree_path_free (path);
  check->selected_after_activation = g_strdup (lacuna_window_get_selected_measure (lacuna));

  /* A file that is no assessment: the dialog says why and lists nothing. */
  dialog = lacuna_window_compare_with (lacuna, __FILE__);
  check->bad_baseline_shown = gtk_info_bar_get_revealed (dialog_part (dialog, "error_bar")) &&
                              gtk_tree_model_iter_n_children (GTK_TREE_MODEL (dialog_part (dialog, "measure_store")), NULL) == 0;

  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_window_compares_with_baseline (void)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  g_autofree char *baseline = g_build_filename (directory, "baseline.lacuna", NULL);
  CompareCheck check = { .baseline_path = baseline };

  run_driven (&check.application, path, drive_compare, &check);
  g_assert_nonnull (check.measure_id);
  g_assert_false (check.listed_before_edit);
  g_assert_cmpint (check.change_after_edit, ==, LACUNA_CHANGE_NEWLY_ASSESSED);
  g_assert_true (g_str_has_prefix (check.overall_text, "Overall score: "));
  g_assert_true (check.listed_when_all_shown);
  g_assert_cmpstr (check.selected_after_activation, ==, check.measure_id);
  g_assert_true (check.bad_baseline_shown);

  g_free (check.measure_id);
  g_free (check.overall_text);
  g_free (check.selected_after_activation);
  sample_folder_remove (directory);
}

/* Every control a person can reach with the keyboard has a name a screen
 * reader can speak: its own label, a label pointing at it, or an
 * accessible name. Checked over the window with every view built and over
 * each dialog. */
typedef struct {
  GtkApplication *application;
  AccessibleNames names;
  const char     *path;        /* the sample */
  const char     *dialog;      /* which dialog to check, or NULL for the window */
} NamesCheck;

/* Views fill themselves when first shown. */
static gboolean
drive_names_in_window (gpointer data)
{
  NamesCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  GtkStack *views = GTK_STACK (window_part (window, "view_stack"));
  const char *const view_names[] = { "overview", "recommendations", "registers", "measures" };

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    {
      gtk_stack_set_visible_child_name (views, view_names[i]);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  accessible_names_check (&check->names, GTK_WIDGET (window));

  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

/* Each dialog on its own, in front of the welcome view: together with the
 * window's views they pass the 2048 quarks after which GLib drops its
 * first quark table on purpose, which LeakSanitizer's fast unwinder
 * cannot tell from a leak. (The new-assessment dialog is checked in its
 * own test, without a window.) */
static gboolean
drive_names_in_dialog (gpointer data)
{
  NamesCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = NULL;

  store = lacuna_store_open (check->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  if (g_str_equal (check->dialog, "properties"))
    dialog = GTK_WIDGET (lacuna_properties_dialog_new (window, store));
  else if (g_str_equal (check->dialog, "comparison"))
    dialog = GTK_WIDGET (lacuna_comparison_dialog_new (window, store, lacuna_store_get_path (store)));
  else
    dialog = GTK_WIDGET (lacuna_merge_dialog_new (window, store, lacuna_store_get_path (store)));
  gtk_widget_show (dialog);
  accessible_names_check (&check->names, dialog);
  gtk_widget_destroy (dialog);

  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
check_every_control_named (GSourceFunc  drive,
                           const char  *dialog,
                           guint        at_least)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  NamesCheck check = { .path = path, .dialog = dialog };
  gboolean open_in_window = dialog == NULL;

  accessible_names_init (&check.names);
  run_driven (&check.application, open_in_window ? path : NULL, drive, &check);
  accessible_names_assert_all_named (&check.names, at_least);

  sample_folder_remove (directory);
}

static void
test_window_names_in_window (void)
{
  check_every_control_named (drive_names_in_window, NULL, 60);
}

static void
test_window_names_in_properties (void)
{
  check_every_control_named (drive_names_in_dialog, "properties", 10);
}

static void
test_window_names_in_comparison (void)
{
  check_every_control_named (drive_names_in_dialog, "comparison", 4);
}

static void
test_window_names_in_merge (void)
{
  check_every_control_named (drive_names_in_dialog, "merge", 3);
}

/* The window in the session's language: French labels, and in Arabic a
 * layout mirrored from right to left. */
typedef struct {
  GtkApplication *application;
  char           *report_label;
  char           *view_title;
  GtkTextDirection direction;
  gboolean        sidebar_on_the_right;
} LanguageCheck;

static gboolean
drive_language (gpointer data)
{
  LanguageCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  GtkWidget *sidebar = window_part (window, "sidebar");
  GtkWidget *page = window_part (window, "measure_page");
  GtkAllocation sidebar_box, page_box;
  GtkWidget *measures;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  check->direction = gtk_widget_get_direction (GTK_WIDGET (window));
  measures = gtk_stack_get_child_by_name (GTK_STACK (window_part (window, "view_stack")), "measures");
  gtk_container_child_get (GTK_CONTAINER (window_part (window, "view_stack")), measures,
                           "title", &check->view_title, NULL);
  check->report_label = g_strdup (_("_Report…"));
  gtk_widget_get_allocation (sidebar, &sidebar_box);
  gtk_widget_translate_coordinates (sidebar, GTK_WIDGET (window), 0, 0, &sidebar_box.x, &sidebar_box.y);
  gtk_widget_get_allocation (page, &page_box);
  gtk_widget_translate_coordinates (page, GTK_WIDGET (window), 0, 0, &page_box.x, &page_box.y);
  check->sidebar_on_the_right = sidebar_box.x > page_box.x;

  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
run_language_check (LanguageCheck *check)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);

  run_driven (&check->application, path, drive_language, check);
  sample_folder_remove (directory);
}

static void
test_window_speaks_french (void)
{
  LanguageCheck check = { 0 };

  run_language_check (&check);
  g_assert_cmpstr (check.report_label, ==, "_Rapport…");
  g_assert_cmpstr (check.view_title, ==, "Mesures");
  g_assert_cmpint (check.direction, ==, GTK_TEXT_DIR_LTR);
  g_assert_false (check.sidebar_on_the_right);
  g_free (check.report_label);
  g_free (check.view_title);
}

static void
test_window_mirrors_in_arabic (void)
{
  LanguageCheck check = { 0 };

  run_language_check (&check);
  g_assert_cmpstr (check.view_title, ==, "التدابير");
  g_assert_cmpint (check.direction, ==, GTK_TEXT_DIR_RTL);
  g_assert_true (check.sidebar_on_the_right);
  g_free (check.report_label);
  g_free (check.view_title);
}

/* The sidebar's filters, workshop mode and export, on the sample. */
typedef struct {
  GtkApplication *application;
  char           *export_path;
  guint           all_leaves;
  guint           mandatory_leaves;
  guint           data_gap_leaves;
  gboolean        sidebar_hidden_in_workshop;
  gboolean        workshop_after_escape;
  gboolean        sidebar_back;
  gboolean        exported;
  char           *view_by_key;
  char           *view_after_next;
} FilterCheck;

static guint
count_measure_leaves (GtkTreeModel *model)
{
  GtkTreeIter iter;
  guint count = 0;

  if (!gtk_tree_model_get_iter_first (model, &iter))
    return 0;
  do
    {
      GtkTreeIter child;

      if (gtk_tree_model_iter_children (model, &child, &iter))
        count += count_leaves (model, &iter);
    }
  while (gtk_tree_model_iter_next (model, &iter));
  return count;
}

static gboolean
drive_filters (gpointer data)
{
  FilterCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  LacunaWindow *lacuna = LACUNA_WINDOW (window);
  GtkTreeModel *filtered = gtk_tree_view_get_model (GTK_TREE_VIEW (window_part (window, "catalog_view")));
  GtkWidget *sidebar = window_part (window, "sidebar");
  g_autoptr(GError) error = NULL;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  check->all_leaves = count_measure_leaves (filtered);
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (window_part (window, "obligation_combo")), "mandatory");
  check->mandatory_leaves = count_measure_leaves (filtered);
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (window_part (window, "obligation_combo")), "any");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (window_part (window, "data_gaps_check")), TRUE);
  check->data_gap_leaves = count_measure_leaves (filtered);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (window_part (window, "data_gaps_check")), FALSE);

  /* The views are one key away: Alt+2 is the overview, Alt+1 the measures. */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (check->application, "win.show-view::overview");

    g_assert_cmpstr (accels[0], ==, "<Alt>2");
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view", g_variant_new_string ("overview"));
  check->view_by_key = g_strdup (gtk_stack_get_visible_child_name (GTK_STACK (window_part (window, "view_stack"))));
  /* Ctrl+J from the overview goes back to the measures. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-unanswered", NULL);
  check->view_after_next = g_strdup (gtk_stack_get_visible_child_name (GTK_STACK (window_part (window, "view_stack"))));

  g_action_group_activate_action (G_ACTION_GROUP (window), "workshop-mode", NULL);
  check->sidebar_hidden_in_workshop = lacuna_window_is_in_workshop_mode (lacuna) && !gtk_widget_get_visible (sidebar);
  press_key (window, GDK_KEY_Escape);
  check->workshop_after_escape = lacuna_window_is_in_workshop_mode (lacuna);
  check->sidebar_back = gtk_widget_get_visible (sidebar);

  check->exported = lacuna_window_export (lacuna, check->export_path, "csv", &error);
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_window_filters_workshop_export (void)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  g_autofree char *csv_path = g_build_filename (directory, "export.csv", NULL);
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_default (NULL);
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autofree char *csv = NULL;
  FilterCheck check = { .export_path = csv_path };
  guint mandatory = 0, unknown = 0;

  /* What the filters should leave, counted from the data. */
  store = lacuna_store_open (path, LACUNA_STORE_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (store);
  for (guint f = 0; f < lacuna_catalog_get_frameworks (catalog)->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (lacuna_catalog_get_frameworks (catalog), f);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure->id);

          mandatory += measure->obligation == LACUNA_OBLIGATION_MANDATORY;
          unknown += answer != NULL && (answer->law == LACUNA_LEVEL_UNKNOWN || answer->practice == LACUNA_LEVEL_UNKNOWN);
        }
    }
  g_clear_pointer (&store, lacuna_store_close);

  run_driven (&check.application, path, drive_filters, &check);
  g_assert_cmpuint (check.all_leaves, ==, 124);
  g_assert_cmpuint (check.mandatory_leaves, ==, mandatory);
  g_assert_cmpuint (check.mandatory_leaves, <, check.all_leaves);
  g_assert_cmpuint (unknown, >, 0);
  g_assert_cmpuint (check.data_gap_leaves, ==, unknown);
  g_assert_cmpstr (check.view_by_key, ==, "overview");
  g_assert_cmpstr (check.view_after_next, ==, "measures");
  g_free (check.view_by_key);
  g_free (check.view_after_next);
  g_assert_true (check.sidebar_hidden_in_workshop);
  g_assert_false (check.workshop_after_escape);
  g_assert_true (check.sidebar_back);
  g_assert_true (check.exported);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "TIP-P1-01"));

  sample_folder_remove (directory);
}

/* The window opens at the size it was closed at, and keeps it. */
typedef struct {
  GtkApplication *application;
  int             default_width;
  int             default_height;
  int             width;
  int             height;
} SizeCheck;

static gboolean
measure_and_quit (gpointer data)
{
  SizeCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_get_default_size (window, &check->default_width, &check->default_height);
  gtk_window_get_size (window, &check->width, &check->height);
  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_window_keeps_its_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (LACUNA_APPLICATION_ID);
  SizeCheck check = { 0 };

  g_settings_set_int (settings, "window-width", 1010);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  run_driven (&check.application, NULL, measure_and_quit, &check);

  g_assert_cmpint (check.default_width, ==, 1010);
  g_assert_cmpint (check.default_height, ==, 640);
  /* What was written back on closing is the size the window really had. */
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, check.width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, check.height);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* A window made narrow, after being wide, cuts nothing off: the sidebar
 * keeps the width it needs, and the measure page and its answer buttons
 * end inside the window. (A text view asks for the width it last had,
 * which once kept the page wide and let the divider cut it.) */
typedef struct {
  GtkApplication *application;
  int             wide_width;
  int             narrow_width;
  int             cut[4];  /* px cut off: sidebar, page, page content, answer buttons */
} NarrowCheck;

static void
wait_for_width (GtkWidget *window,
                int        width)
{
  int before = gtk_widget_get_allocated_width (window);
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  /* The window stops at its minimum width: wait for a change, not for
   * the width asked for. */
  gtk_window_resize (GTK_WINDOW (window), width, 700);
  while (g_get_monotonic_time () < deadline && gtk_widget_get_allocated_width (window) == before)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  gtk_test_widget_wait_for_draw (window);
}

/* How far the right edge of inner lies beyond that of outer, in pixels. */
static int
beyond (GtkWidget *inner,
        GtkWidget *outer)
{
  GtkWidget *window = gtk_widget_get_toplevel (inner);
  int inner_right = 0, outer_right = 0, y = 0;

  gtk_widget_translate_coordinates (inner, window, gtk_widget_get_allocated_width (inner), 0, &inner_right, &y);
  gtk_widget_translate_coordinates (outer, window, gtk_widget_get_allocated_width (outer), 0, &outer_right, &y);
  return inner_right - outer_right;
}

static gboolean
drive_narrow (gpointer data)
{
  NarrowCheck *check = data;
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (check->application));
  GtkWidget *sidebar = window_part (GTK_WINDOW (window), "sidebar");
  GtkWidget *page = window_part (GTK_WINDOW (window), "measure_page");
  int sidebar_needs = 0;

  gtk_test_widget_wait_for_draw (window);
  wait_for_width (window, 1250);
  check->wide_width = gtk_widget_get_allocated_width (window);
  wait_for_width (window, 300);
  check->narrow_width = gtk_widget_get_allocated_width (window);

  gtk_widget_get_preferred_width (sidebar, &sidebar_needs, NULL);
  check->cut[0] = sidebar_needs - gtk_widget_get_allocated_width (sidebar);
  check->cut[1] = beyond (page, window);
  check->cut[2] = beyond (gtk_bin_get_child (GTK_BIN (page)), page);
  check->cut[3] = beyond (GTK_WIDGET (gtk_widget_get_template_child (page, LACUNA_TYPE_MEASURE_PAGE, "law_box")), page);
  g_action_group_activate_action (G_ACTION_GROUP (check->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_window_narrow_cuts_nothing (void)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  NarrowCheck check = { 0 };

  run_driven (&check.application, path, drive_narrow, &check);
  g_test_message ("wide %d px, narrowed to %d px; cut off: sidebar %d, page %d, its content %d, answers %d px",
                  check.wide_width, check.narrow_width, check.cut[0], check.cut[1], check.cut[2], check.cut[3]);
  g_assert_cmpint (check.wide_width, >, check.narrow_width);
  for (guint i = 0; i < G_N_ELEMENTS (check.cut); i++)
    g_assert_cmpint (check.cut[i], <=, 0);

  sample_folder_remove (directory);
}

/* The session ending (SIGTERM at logout) quits as the menu does: the
 * evidence being typed, not yet saved by leaving the field, is saved, and
 * the lock file is removed. */
typedef struct {
  GtkApplication *application;
  char           *measure_id;
} TerminationCheck;

static gboolean
drive_termination (gpointer data)
{
  TerminationCheck *check = data;
  GtkWindow *window = gtk_application_get_active_window (check->application);
  GtkWidget *page = window_part (window, "measure_page");
  GtkTextView *evidence = GTK_TEXT_VIEW (gtk_widget_get_template_child (page, LACUNA_TYPE_MEASURE_PAGE, "evidence_view"));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  check->measure_id = g_strdup (lacuna_window_get_selected_measure (LACUNA_WINDOW (window)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (evidence), "Typed as the session ended.", -1);
  raise (SIGTERM);
  return G_SOURCE_REMOVE;
}

static void
test_window_saves_on_termination (void)
{
  g_autofree char *directory = NULL;
  g_autofree char *path = sample_file (&directory);
  g_autofree char *lock = g_build_filename (directory, ".~lock.sample.lacuna#", NULL);
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;
  TerminationCheck check = { 0 };

  run_driven (&check.application, path, drive_termination, &check);
  g_assert_nonnull (check.measure_id);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  store = lacuna_store_open (path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  answer = lacuna_store_get_answer (store, check.measure_id);
  g_assert_nonnull (answer);
  g_assert_cmpstr (answer->evidence, ==, "Typed as the session ended.");

  g_free (check.measure_id);
  g_clear_pointer (&store, lacuna_store_close);
  sample_folder_remove (directory);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  /* As the application does: the window speaks the session's language
   * (the language cases run with LANGUAGE set), and is laid out in its
   * direction. gtk_test_init() set the "C" locale, in which gettext
   * ignores LANGUAGE, and chose the direction from it. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, lacuna_paths_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_widget_set_default_direction (gtk_get_locale_direction ());

  g_test_add_func ("/window/shows-frameworks", test_window_shows_frameworks);
  g_test_add_func ("/window/opens-assessment", test_window_opens_assessment);
  g_test_add_func ("/window/reports-bad-file", test_window_reports_bad_file);
  g_test_add_func ("/window/reports-missing-frameworks", test_window_reports_missing_frameworks);
  g_test_add_func ("/window/answers-from-keyboard", test_window_answers_from_keyboard);
  g_test_add_func ("/window/keeps-its-size", test_window_keeps_its_size);
  g_test_add_func ("/window/narrow-cuts-nothing", test_window_narrow_cuts_nothing);
  g_test_add_func ("/window/saves-on-termination", test_window_saves_on_termination);
  g_test_add_func ("/window/results-follow-answers", test_window_results_follow_answers);
  g_test_add_func ("/window/filters-workshop-export", test_window_filters_workshop_export);
  g_test_add_func ("/window/compares-with-baseline", test_window_compares_with_baseline);
  g_test_add_func ("/window/names-in-window", test_window_names_in_window);
  g_test_add_func ("/window/speaks-french", test_window_speaks_french);
  g_test_add_func ("/window/mirrors-in-arabic", test_window_mirrors_in_arabic);
  g_test_add_func ("/window/names-in-properties", test_window_names_in_properties);
  g_test_add_func ("/window/names-in-comparison", test_window_names_in_comparison);
  g_test_add_func ("/window/names-in-merge", test_window_names_in_merge);
  return g_test_run ();
}
