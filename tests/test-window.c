/* test-window.c — the real window, built from its template and driven
 *
 * Run under Xvfb (the README's test command does this).
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "lacuna-application.h"
#include "lacuna-window.h"

typedef struct {
  guint frameworks;
  guint measures;
  gboolean showing_error;
  char *first_title;
} WindowCheck;

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

static void
on_activate_check (GApplication *application,
                   WindowCheck  *check)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  GtkTreeModel *model;
  GtkTreeIter iter;

  g_assert_true (LACUNA_IS_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  model = lacuna_window_get_catalog_model (LACUNA_WINDOW (window));
  check->frameworks = gtk_tree_model_iter_n_children (model, NULL);
  if (gtk_tree_model_get_iter_first (model, &iter))
    {
      gtk_tree_model_get (model, &iter, LACUNA_CATALOG_COLUMN_TITLE, &check->first_title, -1);
      check->measures = 0;
      do
        check->measures += count_leaves (model, &iter);
      while (gtk_tree_model_iter_next (model, &iter));
    }
  check->showing_error = lacuna_window_is_showing_error (LACUNA_WINDOW (window));

  /* Quitting goes through the same action the menu and Ctrl+Q use. */
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

static WindowCheck
run_application (void)
{
  g_autoptr(LacunaApplication) application = lacuna_application_new ();
  WindowCheck check = { 0 };
  char *argv[] = { (char *) "lacuna", NULL };

  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate_check), &check);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), 1, argv), ==, 0);
  return check;
}

static void
test_window_shows_frameworks (void)
{
  WindowCheck check = run_application ();

  g_assert_false (check.showing_error);
  g_assert_cmpuint (check.frameworks, ==, 2);
  g_assert_cmpuint (check.measures, ==, 74 + 50);
  g_assert_cmpstr (check.first_title, ==,
                   "International Framework for Action to Implement the Trafficking in Persons Protocol");
  g_free (check.first_title);
}

static void
test_window_reports_missing_frameworks (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LACUNA_FRAMEWORKS_DIR"));
  WindowCheck check;

  g_setenv ("LACUNA_FRAMEWORKS_DIR", "/nonexistent/frameworks", TRUE);
  check = run_application ();
  g_setenv ("LACUNA_FRAMEWORKS_DIR", saved, TRUE);

  /* The window still opens, and says what is wrong. */
  g_assert_true (check.showing_error);
  g_assert_cmpuint (check.frameworks, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/shows-frameworks", test_window_shows_frameworks);
  g_test_add_func ("/window/reports-missing-frameworks", test_window_reports_missing_frameworks);
  return g_test_run ();
}
