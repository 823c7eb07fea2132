/* bench-window.c — how long the window takes to answer, at any size
 *
 * bench-window FILE runs the real application window on the assessment
 * FILE (under Xvfb: see bench/run) and times what a team does all day:
 * selecting a measure (the page filled and painted), answering it (the
 * answer committed, the sidebar's marks and counts updated, and painted),
 * the same with the "to do" filter on, and typing a character into the
 * sidebar's search. For each: the handler's wall-clock time, the main
 * thread's CPU time for it, and the time until the main loop is idle and
 * the window has painted again. Medians of many; figures, not assertions.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <gtk/gtk.h>

#include "lacuna-application.h"
#include "lacuna-measure-page.h"
#include "lacuna-window.h"

#define N_SAMPLES 41

typedef struct {
  GtkApplication *application;
  gint64          started;      /* in main() */
  double          first_draw;   /* ms from main() */
  gboolean        drawn;
  gint64          search_started;
  gint64          search_done;
  double          search_cpu_started;
  double          search_cpu_done;
  int             status;
} Bench;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double  *values,
        guint    n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static double
since_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* CPU time of the main thread, in ms: what the work itself cost, whatever
 * else the machine was doing meanwhile. */
static double
thread_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* Template children keep their ids as buildable names. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *name)
{
  g_autoptr(GList) children = NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (name == NULL || g_strcmp0 (gtk_buildable_get_name (GTK_BUILDABLE (widget)), name) == 0))
    return widget;
  if (!GTK_IS_CONTAINER (widget))
    return NULL;
  children = gtk_container_get_children (GTK_CONTAINER (widget));
  for (GList *l = children; l != NULL; l = l->next)
    {
      GtkWidget *found = find_widget (l->data, type, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Lets pending work (idle handlers, the frame) run, then waits for the
 * next paint of the window. */
static void
settle (GtkWidget *window)
{
  while (gtk_events_pending ())
    gtk_main_iteration ();
  gtk_test_widget_wait_for_draw (window);
}

static GPtrArray *
all_measures (LacunaStore *store)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));
  GPtrArray *measures = g_ptr_array_new ();

  for (guint f = 0; f < frameworks->len; f++)
    if (lacuna_store_has_framework (store, ((LacunaFramework *) g_ptr_array_index (frameworks, f))->id))
      g_ptr_array_extend (measures, ((LacunaFramework *) g_ptr_array_index (frameworks, f))->measures, NULL, NULL);
  return measures;
}

static void
print_row (const char *what,
           double     *sync,
           double     *cpu,
           double     *painted,
           guint       n)
{
  double s = median (sync, n), c = median (cpu, n), p = median (painted, n);
  printf ("  %-46s %9.2f %9.2f %9.2f\n", what, s, c, p);
}

/* Sets every question of N_SAMPLES measures spread over the list to
 * unanswered (clear) or to a level of each sample's own, as the digit
 * keys do: the page saves, the window updates the sidebar. Each question
 * set is one sample. */
static void
time_answers (LacunaWindow      *window,
              LacunaMeasurePage *page,
              GPtrArray         *measures,
              gboolean           clear,
              const char        *what)
{
  static const LacunaDimensions dimensions[] = { LACUNA_DIMENSION_LEGAL_BASIS, LACUNA_DIMENSION_PRACTICE };
  double sync[2 * N_SAMPLES], cpu[2 * N_SAMPLES], painted[2 * N_SAMPLES];
  guint n = 0;

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      LacunaMeasure *measure = g_ptr_array_index (measures, (i * 7919u) % measures->len);

      if (!lacuna_window_select_measure (window, measure->id))
        g_error ("%s is not in the list", measure->id);
      settle (GTK_WIDGET (window));
      for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
        {
          gint64 start;
          double cpu_start;

          if (!(measure->dimensions & dimensions[d]))
            continue;
          cpu_start = thread_cpu_ms ();
          start = g_get_monotonic_time ();
          lacuna_measure_page_set_level (page, dimensions[d], clear ? LACUNA_LEVEL_UNANSWERED : LACUNA_LEVEL_NONE + i % 4);
          sync[n] = since_ms (start);
          cpu[n] = thread_cpu_ms () - cpu_start;
          settle (GTK_WIDGET (window));
          painted[n++] = since_ms (start);
        }
    }
  print_row (what, sync, cpu, painted, n);
}

static void
on_search_hook_done_cb (GtkSearchEntry *entry,
                        Bench          *bench)
{
  bench->search_done = g_get_monotonic_time ();
  bench->search_cpu_done = thread_cpu_ms ();
}

static gboolean
on_search_started_hook (GSignalInvocationHint *hint,
                        guint                  n_values,
                        const GValue          *values,
                        gpointer               data)
{
  ((Bench *) data)->search_started = g_get_monotonic_time ();
  ((Bench *) data)->search_cpu_started = thread_cpu_ms ();
  return TRUE;
}

/* Types "Measure 4" one character at a time (every synthetic title holds
 * it; the real frameworks' ids and titles match parts of it), then
 * clears the search. The entry waits 150 ms after a key before it
 * searches; the figures are the search itself, and the search with its
 * paint. */
static void
time_search (LacunaWindow *window,
             Bench        *bench)
{
  static const char typed[] = "measure 4";
  GtkWidget *entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search_entry");
  double sync[G_N_ELEMENTS (typed) - 1], cpu[G_N_ELEMENTS (typed) - 1], painted[G_N_ELEMENTS (typed) - 1];
  gulong handler;
  guint hook;

  g_assert (entry != NULL);
  hook = g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                                     on_search_started_hook, bench, NULL);
  handler = g_signal_connect_after (entry, "search-changed", G_CALLBACK (on_search_hook_done_cb), bench);
  for (guint i = 1; i < G_N_ELEMENTS (typed); i++)
    {
      g_autofree char *text = g_strndup (typed, i);

      bench->search_done = 0;
      gtk_entry_set_text (GTK_ENTRY (entry), text);
      while (bench->search_done == 0)
        gtk_main_iteration ();
      sync[i - 1] = (bench->search_done - bench->search_started) / 1000.0;
      cpu[i - 1] = bench->search_cpu_done - bench->search_cpu_started;
      settle (GTK_WIDGET (window));
      painted[i - 1] = since_ms (bench->search_started);
    }
  print_row ("type a search character (after 150 ms pause)", sync, cpu, painted, G_N_ELEMENTS (sync));
  g_signal_handler_disconnect (entry, handler);
  g_signal_remove_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), hook);
  gtk_entry_set_text (GTK_ENTRY (entry), "");
  settle (GTK_WIDGET (window));
}

static gboolean
drive (gpointer data)
{
  Bench *bench = data;
  GtkWindow *active = gtk_application_get_active_window (bench->application);
  LacunaWindow *window;
  LacunaMeasurePage *page;
  GtkToggleButton *todo;
  g_autoptr(GPtrArray) measures = NULL;
  double sync[N_SAMPLES], cpu[N_SAMPLES], painted[N_SAMPLES];

  if (!LACUNA_IS_WINDOW (active) || lacuna_window_get_store (LACUNA_WINDOW (active)) == NULL)
    {
      fprintf (stderr, "The assessment did not open.\n");
      bench->status = 1;
      g_application_quit (G_APPLICATION (bench->application));
      return G_SOURCE_REMOVE;
    }
  window = LACUNA_WINDOW (active);
  settle (GTK_WIDGET (window));
  page = LACUNA_MEASURE_PAGE (find_widget (GTK_WIDGET (window), LACUNA_TYPE_MEASURE_PAGE, NULL));
  todo = GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, "unanswered_toggle"));
  g_assert (page != NULL && todo != NULL);
  measures = all_measures (lacuna_window_get_store (window));

  printf ("%u measures; first window painted %.1f ms after main()\n", measures->len, bench->first_draw);
  printf ("  %-46s %9s %9s %9s\n", "median ms of each:", "handled", "CPU", "idle+paint");

  /* Selecting: the page is filled from the store, then painted. */
  for (guint i = 0; i < N_SAMPLES; i++)
    {
      LacunaMeasure *measure = g_ptr_array_index (measures, (i * 7919u) % measures->len);
      double cpu_start = thread_cpu_ms ();
      gint64 start = g_get_monotonic_time ();

      lacuna_window_select_measure (window, measure->id);
      sync[i] = since_ms (start);
      cpu[i] = thread_cpu_ms () - cpu_start;
      settle (GTK_WIDGET (window));
      painted[i] = since_ms (start);
    }
  print_row ("select a measure (page filled)", sync, cpu, painted, N_SAMPLES);

  /* The samples lose their answers first, so that the "to do" filter
   * shows them; answering them there takes each out of the list. */
  time_answers (window, page, measures, TRUE, "answer: saved, sidebar marks updated");
  gtk_toggle_button_set_active (todo, TRUE);
  settle (GTK_WIDGET (window));
  time_answers (window, page, measures, FALSE, "answer with \"to do\" on (row leaves the list)");
  gtk_toggle_button_set_active (todo, FALSE);
  settle (GTK_WIDGET (window));

  time_search (window, bench);

  g_action_group_activate_action (G_ACTION_GROUP (bench->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  if (bench->drawn)
    return;
  bench->drawn = TRUE;
  bench->first_draw = since_ms (bench->started);
  g_idle_add (drive, bench);
}

/* The frame of the window's first draw ends with the next after-paint. */
static gboolean
on_draw_cb (GtkWidget *window,
            cairo_t   *cr,
            Bench     *bench)
{
  g_signal_handlers_disconnect_by_func (window, on_draw_cb, bench);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), bench);
  return FALSE;
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window,
                    Bench          *bench)
{
  g_signal_connect (window, "draw", G_CALLBACK (on_draw_cb), bench);
}

int
main (int    argc,
      char **argv)
{
  Bench bench = { .started = g_get_monotonic_time () };
  g_autoptr(LacunaApplication) application = NULL;
  char *app_argv[3] = { (char *) "lacuna", NULL, NULL };
  int status;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s ASSESSMENT\n", argv[0]);
      return 2;
    }
  app_argv[1] = argv[1];
  application = lacuna_application_new ();
  bench.application = GTK_APPLICATION (application);
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added_cb), &bench);
  status = g_application_run (G_APPLICATION (application), 2, app_argv);
  return status != 0 ? status : bench.status;
}
