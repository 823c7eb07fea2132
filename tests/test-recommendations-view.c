/* test-recommendations-view.c — the ranked recommendations, planned from
 * the view and re-ranked
 *
 * The view is driven through its real child widgets, as a user would, on
 * the built-in sample assessment. Run under Xvfb.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "analysis.h"
#include "lacuna-recommendations-view.h"
#include "sample-folder.h"

typedef struct {
  char                      *directory;
  char                      *path;
  LacunaStore               *store;
  LacunaAnalysis            *analysis;
  GtkWidget                 *window;
  LacunaRecommendationsView *view;
  guint                      changes;
  char                      *changed_id;
  char                      *activated_id;
} Fixture;

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->view), LACUNA_TYPE_RECOMMENDATIONS_VIEW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* What the window does: analyse again, show it, then let the old one go. */
static void
on_answer_changed (LacunaRecommendationsView *view,
                   const char                *measure_id,
                   Fixture                   *fixture)
{
  LacunaAnalysis *previous = fixture->analysis;

  fixture->changes++;
  g_free (fixture->changed_id);
  fixture->changed_id = g_strdup (measure_id);
  fixture->analysis = lacuna_analyse_store (fixture->store);
  lacuna_recommendations_view_set_analysis (view, fixture->store, fixture->analysis);
  lacuna_analysis_free (previous);
}

static void
on_measure_activated (LacunaRecommendationsView *view,
                      const char                *measure_id,
                      Fixture                   *fixture)
{
  g_free (fixture->activated_id);
  fixture->activated_id = g_strdup (measure_id);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = sample_folder_create ("lacuna-recommendations", &fixture->directory, &fixture->path);
  fixture->analysis = lacuna_analyse_store (fixture->store);
  g_assert_nonnull (fixture->analysis);
  g_assert_cmpuint (fixture->analysis->recommendations->len, >, 2);

  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  fixture->view = lacuna_recommendations_view_new ();
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->view));
  g_signal_connect (fixture->view, "answer-changed", G_CALLBACK (on_answer_changed), fixture);
  g_signal_connect (fixture->view, "measure-activated", G_CALLBACK (on_measure_activated), fixture);
  gtk_widget_show (fixture->window);
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_widget_destroy (fixture->window);
  lacuna_analysis_free (fixture->analysis);
  lacuna_store_close (fixture->store);
  sample_folder_remove (fixture->directory);
  g_free (fixture->path);
  g_free (fixture->directory);
  g_free (fixture->changed_id);
  g_free (fixture->activated_id);
}

static const LacunaRecommendation *
recommendation_at (const LacunaAnalysis *analysis,
                   guint                 index)
{
  return g_ptr_array_index (analysis->recommendations, index);
}

static guint
rank_of (const LacunaAnalysis *analysis,
         const char           *measure_id)
{
  for (guint i = 0; i < analysis->recommendations->len; i++)
    if (g_strcmp0 (recommendation_at (analysis, i)->measure->id, measure_id) == 0)
      return recommendation_at (analysis, i)->rank;
  return 0;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static const char *
row_id (GtkListBoxRow *row)
{
  g_assert_nonnull (row);
  return g_object_get_data (G_OBJECT (row), LACUNA_RECOMMENDATIONS_VIEW_ROW_MEASURE_KEY);
}

static void
flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_lists_in_rank_order (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (child (fixture, "recommendation_list"));
  const char *first_id = recommendation_at (fixture->analysis, 0)->measure->id;

  g_assert_cmpuint (count_rows (list), ==, 0);
  lacuna_recommendations_view_set_analysis (fixture->view, fixture->store, fixture->analysis);
  g_assert_cmpuint (count_rows (list), ==, fixture->analysis->recommendations->len);
  g_assert_cmpstr (row_id (gtk_list_box_get_row_at_index (list, 0)), ==, first_id);
  g_assert_cmpstr (row_id (gtk_list_box_get_row_at_index (list, 1)), ==,
                   recommendation_at (fixture->analysis, 1)->measure->id);
  /* The first recommendation is open from the start. */
  g_assert_cmpstr (lacuna_recommendations_view_get_selected_measure (fixture->view), ==, first_id);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (fixture, "id_label"))), ==, first_id);

  /* Enter or a double-click on a row asks to open its measure. */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)));
  g_assert_cmpstr (fixture->activated_id, ==, recommendation_at (fixture->analysis, 1)->measure->id);

  /* Every input can be told apart by a screen reader. */
  for (guint i = 0; i < 4; i++)
    {
      const char *names[] = { "urgency_combo", "reason_entry", "responsible_entry", "timeframe_entry" };
      const char *name = atk_object_get_name (gtk_widget_get_accessible (child (fixture, names[i])));

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
    }

  lacuna_recommendations_view_set_analysis (fixture->view, NULL, NULL);
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_null (lacuna_recommendations_view_get_selected_measure (fixture->view));
}

static void
test_raising_urgency_reranks (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (child (fixture, "recommendation_list"));
  GtkComboBox *urgency = GTK_COMBO_BOX (child (fixture, "urgency_combo"));
  GtkEntry *reason = GTK_ENTRY (child (fixture, "reason_entry"));
  GtkEntry *responsible = GTK_ENTRY (child (fixture, "responsible_entry"));
  GtkButton *save = GTK_BUTTON (child (fixture, "save_button"));
  GtkWidget *error_bar = child (fixture, "error_bar");
  guint pick = fixture->analysis->recommendations->len - 1;
  g_autofree char *measure_id = NULL;
  g_autofree char *responsible_before = NULL;
  g_autoptr(LacunaAnswer) stored = NULL;
  guint rank_before, rank_after;

  /* The lowest-ranked recommendation whose urgency the team left alone. */
  while (pick > 0 && recommendation_at (fixture->analysis, pick)->answer->urgency != LACUNA_URGENCY_NORMAL)
    pick--;
  g_assert_cmpuint (pick, >, 0);
  measure_id = g_strdup (recommendation_at (fixture->analysis, pick)->measure->id);
  rank_before = recommendation_at (fixture->analysis, pick)->rank;
  responsible_before = g_strdup (recommendation_at (fixture->analysis, pick)->answer->responsible);

  lacuna_recommendations_view_set_analysis (fixture->view, fixture->store, fixture->analysis);
  g_assert_true (lacuna_recommendations_view_select_measure (fixture->view, measure_id));
  g_assert_cmpstr (row_id (gtk_list_box_get_selected_row (list)), ==, measure_id);
  g_assert_cmpstr (gtk_combo_box_get_active_id (urgency), ==, "normal");

  /* Higher with no reason: the view warns, and the store refuses. */
  gtk_combo_box_set_active_id (urgency, "higher");
  gtk_entry_set_text (reason, "");
  gtk_entry_set_text (responsible, "Ministry of Justice");
  g_assert_true (gtk_widget_get_visible (child (fixture, "reason_hint")));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  gtk_button_clicked (save);
  flush_events ();
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_assert_true (gtk_widget_get_visible (error_bar));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (fixture, "error_label"))), "reason"));
  stored = lacuna_store_get_answer (fixture->store, measure_id);
  g_assert_cmpint (stored->urgency, ==, LACUNA_URGENCY_NORMAL);
  g_assert_cmpstr (stored->responsible, ==, responsible_before);
  g_assert_cmpstr (stored->responsible, !=, "Ministry of Justice");
  g_clear_pointer (&stored, lacuna_answer_free);

  /* Moving to another row does not drop the refused plan: the view stays. */
  g_assert_false (lacuna_recommendations_view_select_measure (fixture->view,
                                                              recommendation_at (fixture->analysis, 0)->measure->id));
  flush_events ();
  g_assert_cmpstr (lacuna_recommendations_view_get_selected_measure (fixture->view), ==, measure_id);
  g_assert_cmpstr (row_id (gtk_list_box_get_selected_row (list)), ==, measure_id);
  g_assert_cmpstr (gtk_entry_get_text (responsible), ==, "Ministry of Justice");
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* With a reason it is saved, and the window is told. */
  gtk_entry_set_text (reason, "Cases reported by the border police doubled");
  g_assert_false (gtk_widget_get_visible (child (fixture, "reason_hint")));
  gtk_button_clicked (save);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpstr (fixture->changed_id, ==, measure_id);
  g_assert_false (gtk_widget_get_visible (error_bar));
  stored = lacuna_store_get_answer (fixture->store, measure_id);
  g_assert_cmpint (stored->urgency, ==, LACUNA_URGENCY_HIGHER);
  g_assert_cmpstr (stored->urgency_reason, ==, "Cases reported by the border police doubled");
  g_assert_cmpstr (stored->responsible, ==, "Ministry of Justice");
  g_assert_nonnull (stored->changed_by);

  /* The handler re-ranked: the measure moved up, and is still selected. */
  rank_after = rank_of (fixture->analysis, measure_id);
  g_assert_cmpuint (rank_after, >, 0);
  g_assert_true (rank_after < rank_before || rank_after == 1);
  g_assert_cmpuint (count_rows (list), ==, fixture->analysis->recommendations->len);
  g_assert_cmpstr (lacuna_recommendations_view_get_selected_measure (fixture->view), ==, measure_id);
  g_assert_cmpstr (row_id (gtk_list_box_get_selected_row (list)), ==, measure_id);
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, (int) rank_after - 1);
  g_assert_cmpstr (gtk_combo_box_get_active_id (urgency), ==, "higher");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (fixture, "rationale_label"))), "border police"));
}

static void
test_read_only_without_store (Fixture       *fixture,
                              gconstpointer  data)
{
  lacuna_recommendations_view_set_analysis (fixture->view, NULL, fixture->analysis);
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "urgency_combo")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "responsible_entry")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "save_button")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "read_only_label")));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/recommendations-view/lists-in-rank-order", Fixture, NULL, fixture_set_up, test_lists_in_rank_order,
              fixture_tear_down);
  g_test_add ("/recommendations-view/raising-urgency-reranks", Fixture, NULL, fixture_set_up,
              test_raising_urgency_reranks, fixture_tear_down);
  g_test_add ("/recommendations-view/read-only-without-store", Fixture, NULL, fixture_set_up,
              test_read_only_without_store, fixture_tear_down);
  return g_test_run ();
}
