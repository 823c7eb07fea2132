/* test-overview-view.c — the overview, built from its template and driven
 *
 * Run under Xvfb (the README's test command does this). Set
 * LACUNA_TEST_KEEP_OPEN=1 to leave the window up after the first test, to
 * look at it.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "analysis.h"
#include "framework-loader.h"
#include "lacuna-overview-view.h"
#include "sample.h"

typedef struct {
  char               *directory;
  char               *path;
  LacunaAnalysis     *analysis;
  GtkWidget          *window;
  LacunaOverviewView *view;
  char               *activated;
  guint               n_activated;
} Fixture;

static LacunaAnalysis *
analyse_sample (const char *path)
{
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_default (NULL);
  g_autoptr(GError) error = NULL;
  LacunaAnalysis *analysis;
  LacunaStore *store;

  g_assert_nonnull (catalog);
  store = lacuna_sample_create (path, catalog, &error);
  g_assert_no_error (error);
  analysis = lacuna_analyse_store (store);
  lacuna_store_close (store);
  g_assert_nonnull (analysis);
  return analysis;
}

static void
on_pillar_activated (LacunaOverviewView *view,
                     const char         *pillar_id,
                     Fixture            *fixture)
{
  g_free (fixture->activated);
  fixture->activated = g_strdup (pillar_id);
  fixture->n_activated++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->directory = g_dir_make_tmp ("lacuna-overview-XXXXXX", NULL);
  g_assert_nonnull (fixture->directory);
  fixture->path = g_build_filename (fixture->directory, "sample.lacuna", NULL);
  fixture->analysis = analyse_sample (fixture->path);

  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  fixture->view = lacuna_overview_view_new ();
  g_signal_connect (fixture->view, "pillar-activated", G_CALLBACK (on_pillar_activated), fixture);
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->view));
  gtk_widget_show (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_widget_destroy (fixture->window);
  g_clear_pointer (&fixture->analysis, lacuna_analysis_free);
  g_free (fixture->activated);
  g_unlink (fixture->path);
  g_rmdir (fixture->directory);
  g_free (fixture->path);
  g_free (fixture->directory);
}

/* Every label under ROOT, internal children (list headers) included. */
static void
collect_labels (GtkWidget *widget,
                gpointer   data)
{
  GPtrArray *labels = data;

  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, (gpointer) gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_labels, labels);
}

static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (g_ptr_array_index (labels, i), text) == 0)
      return TRUE;
  return FALSE;
}

static char *
expected_score (double value)
{
  return isnan (value) ? g_strdup ("not scored yet") : g_strdup_printf ("%.0f / 100", value);
}

static const LacunaPillarResult *
nth_pillar (const LacunaAnalysis *analysis,
            guint                 index)
{
  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      if (index < framework->pillars->len)
        return g_ptr_array_index (framework->pillars, index);
      index -= framework->pillars->len;
    }
  g_error ("The analysis has fewer pillars than the test expects");
}

static void
keep_open_if_asked (Fixture *fixture)
{
  if (g_getenv ("LACUNA_TEST_KEEP_OPEN") == NULL)
    return;
  g_signal_connect (fixture->window, "delete-event", G_CALLBACK (gtk_main_quit), NULL);
  gtk_main ();
}

static void
test_shows_every_pillar (Fixture       *fixture,
                         gconstpointer  data)
{
  const LacunaAnalysis *analysis = fixture->analysis;
  g_autofree char *overall = expected_score (analysis->overall);
  guint n_pillars = 0;

  g_assert_cmpuint (analysis->frameworks->len, ==, 2);
  lacuna_overview_view_set_analysis (fixture->view, analysis);
  gtk_test_widget_wait_for_draw (fixture->window);

  g_assert_true (shows_text (GTK_WIDGET (fixture->view), overall));
  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      g_assert_true (shows_text (GTK_WIDGET (fixture->view), framework->framework->title));
      n_pillars += framework->pillars->len;
    }
  g_assert_cmpuint (n_pillars, ==, 10);
  g_assert_cmpuint (lacuna_overview_view_get_n_pillars (fixture->view), ==, n_pillars);
  g_assert_null (lacuna_overview_view_get_pillar_row (fixture->view, n_pillars));

  for (guint i = 0; i < n_pillars; i++)
    {
      const LacunaPillarResult *pillar = nth_pillar (analysis, i);
      GtkWidget *row = lacuna_overview_view_get_pillar_row (fixture->view, i);
      g_autofree char *score = expected_score (pillar->score.score);
      g_autofree char *law = expected_score (pillar->score.law_index);
      g_autofree char *practice = expected_score (pillar->score.practice_index);
      g_autofree char *coverage = g_strdup_printf ("%u of %u applicable measure%s answered", pillar->score.answered,
                                                   pillar->score.applicable, pillar->score.applicable == 1 ? "" : "s");
      g_autofree char *critical = g_strdup_printf ("%u critical gap%s", pillar->score.critical_gaps,
                                                   pillar->score.critical_gaps == 1 ? "" : "s");
      AtkObject *accessible;

      g_assert_true (GTK_IS_LIST_BOX_ROW (row));
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
      g_assert_true (gtk_widget_get_can_focus (row));
      g_assert_true (shows_text (row, pillar->pillar->title));
      g_assert_true (shows_text (row, score));
      g_assert_true (shows_text (row, law));
      g_assert_true (shows_text (row, practice));
      g_assert_true (shows_text (row, coverage));
      g_assert_true (shows_text (row, critical));

      accessible = gtk_widget_get_accessible (row);
      g_assert_true (g_str_has_prefix (atk_object_get_name (accessible), pillar->pillar->title));
    }

  /* The sample is scored: a real number, never the placeholder. */
  g_assert_false (isnan (analysis->overall));
  g_assert_false (shows_text (lacuna_overview_view_get_pillar_row (fixture->view, 0), "not scored yet"));

  keep_open_if_asked (fixture);
}

/* A key press as the window would receive it. Not gtk_test_widget_send_key:
 * that goes through the X server, and with no window manager under Xvfb the
 * X focus need not be on the test's window. */
static void
press_key (GtkWidget *window,
           guint      keyval)
{
  GdkEvent *event = gdk_event_new (GDK_KEY_PRESS);
  GdkDisplay *display = gtk_widget_get_display (window);
  GdkSeat *seat = gdk_display_get_default_seat (display);
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys = 0;

  /* Key bindings are matched on the hardware keycode, not the keyval. */
  g_assert_true (gdk_keymap_get_entries_for_keyval (gdk_keymap_get_for_display (display), keyval, &keys, &n_keys));
  g_assert_cmpint (n_keys, >, 0);
  event->key.hardware_keycode = (guint16) keys[0].keycode;
  event->key.group = (guint8) keys[0].group;
  event->key.window = g_object_ref (gtk_widget_get_window (window));
  event->key.send_event = TRUE;
  event->key.time = GDK_CURRENT_TIME;
  event->key.keyval = keyval;
  gdk_event_set_device (event, gdk_seat_get_keyboard (seat));
  gtk_main_do_event (event);
  gdk_event_free (event);
}

static void
test_activating_a_row_names_the_pillar (Fixture       *fixture,
                                        gconstpointer  data)
{
  const LacunaPillarResult *second = nth_pillar (fixture->analysis, 1);
  const LacunaPillarResult *seventh = nth_pillar (fixture->analysis, 6);
  GtkWidget *row;

  lacuna_overview_view_set_analysis (fixture->view, fixture->analysis);
  gtk_test_widget_wait_for_draw (fixture->window);

  /* What a click does. */
  gtk_widget_activate (lacuna_overview_view_get_pillar_row (fixture->view, 1));
  g_assert_cmpuint (fixture->n_activated, ==, 1);
  g_assert_cmpstr (fixture->activated, ==, second->pillar->id);

  /* The keyboard: focus the row, then Enter, then space. */
  row = lacuna_overview_view_get_pillar_row (fixture->view, 6);
  gtk_widget_grab_focus (row);
  g_assert_true (gtk_widget_has_focus (row));
  press_key (fixture->window, GDK_KEY_Return);
  g_assert_cmpuint (fixture->n_activated, ==, 2);
  g_assert_cmpstr (fixture->activated, ==, seventh->pillar->id);
  press_key (fixture->window, GDK_KEY_space);
  g_assert_cmpuint (fixture->n_activated, ==, 3);
  g_assert_cmpstr (fixture->activated, ==, seventh->pillar->id);
}

static void
test_unscored_is_not_zero (Fixture       *fixture,
                           gconstpointer  data)
{
  LacunaPillarResult *pillar = (LacunaPillarResult *) nth_pillar (fixture->analysis, 0);
  GtkWidget *row;

  /* As for a pillar whose every measure is still unanswered. */
  pillar->score.score = NAN;
  pillar->score.law_index = NAN;
  pillar->score.practice_index = NAN;
  lacuna_overview_view_set_analysis (fixture->view, fixture->analysis);
  gtk_test_widget_wait_for_draw (fixture->window);

  row = lacuna_overview_view_get_pillar_row (fixture->view, 0);
  g_assert_true (shows_text (row, "not scored yet"));
  g_assert_false (shows_text (row, "0 / 100"));
  g_assert_true (g_str_has_suffix (atk_object_get_name (gtk_widget_get_accessible (row)), "not scored yet"));
}

static void
test_clear_and_replace (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->directory, "other.lacuna", NULL);
  LacunaAnalysis *other = analyse_sample (other_path);
  const LacunaPillarResult *first;

  lacuna_overview_view_set_analysis (fixture->view, fixture->analysis);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpuint (lacuna_overview_view_get_n_pillars (fixture->view), ==, 10);

  lacuna_overview_view_set_analysis (fixture->view, NULL);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpuint (lacuna_overview_view_get_n_pillars (fixture->view), ==, 0);
  g_assert_null (lacuna_overview_view_get_pillar_row (fixture->view, 0));
  g_assert_true (shows_text (GTK_WIDGET (fixture->view),
                             "Open or create an assessment to see its scores and gaps here."));
  g_assert_false (shows_text (GTK_WIDGET (fixture->view), "Overall score"));

  /* Twice in a row, then the analysis shown is freed at once: the view
   * must keep nothing of it (AddressSanitizer would see a read). */
  lacuna_overview_view_set_analysis (fixture->view, fixture->analysis);
  lacuna_overview_view_set_analysis (fixture->view, other);
  lacuna_analysis_free (other);
  gtk_widget_queue_draw (fixture->window);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpuint (lacuna_overview_view_get_n_pillars (fixture->view), ==, 10);
  g_assert_true (shows_text (GTK_WIDGET (fixture->view), "Overall score"));

  first = nth_pillar (fixture->analysis, 0);
  gtk_widget_activate (lacuna_overview_view_get_pillar_row (fixture->view, 0));
  g_assert_cmpstr (fixture->activated, ==, first->pillar->id);

  g_unlink (other_path);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/overview-view/shows-every-pillar", Fixture, NULL, fixture_set_up, test_shows_every_pillar,
              fixture_tear_down);
  g_test_add ("/overview-view/activating-a-row-names-the-pillar", Fixture, NULL, fixture_set_up,
              test_activating_a_row_names_the_pillar, fixture_tear_down);
  g_test_add ("/overview-view/unscored-is-not-zero", Fixture, NULL, fixture_set_up, test_unscored_is_not_zero,
              fixture_tear_down);
  g_test_add ("/overview-view/clear-and-replace", Fixture, NULL, fixture_set_up, test_clear_and_replace,
              fixture_tear_down);
  return g_test_run ();
}
