/* bench-first-draw.c — a GTK module that times the start of the real
 * application: loaded into "lacuna" through GTK_MODULES, it writes the
 * monotonic time at which the first frame of the application window was
 * painted, and the CPU time the process had used by then (both in µs), to
 * $LACUNA_BENCH_DRAWN_FILE, then quits the application the way
 * its menu does (closing the assessment and its lock file).
 *
 * Nothing in the application knows of it: bench-operations measures the
 * same binary people run.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <time.h>
#include <gtk/gtk.h>

G_MODULE_EXPORT void gtk_module_init (gint    *argc,
                                      gchar ***argv);

static gboolean painted = FALSE;

static gboolean
quit_cb (gpointer data)
{
  GApplication *application = g_application_get_default ();

  if (application == NULL)
    exit (1);
  if (g_action_group_has_action (G_ACTION_GROUP (application), "quit"))
    g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  else
    g_application_quit (application);
  return G_SOURCE_REMOVE;
}

/* After the paint phase of the frame: the window is on the screen. */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  const char *path = g_getenv ("LACUNA_BENCH_DRAWN_FILE");
  struct timespec cpu;
  g_autofree char *stamp = NULL;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  stamp = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", g_get_monotonic_time (),
                           (gint64) cpu.tv_sec * 1000000 + cpu.tv_nsec / 1000);

  if (painted)
    return;
  painted = TRUE;
  if (path != NULL && !g_file_set_contents (path, stamp, -1, NULL))
    g_printerr ("bench-first-draw: cannot write %s\n", path);
  g_idle_add (quit_cb, NULL);
}

/* The first draw of the window: the frame it belongs to ends with the
 * next after-paint. */
static gboolean
on_draw_cb (GtkWidget *widget,
            cairo_t   *cr,
            gpointer   data)
{
  g_signal_handlers_disconnect_by_func (widget, on_draw_cb, data);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  return FALSE;
}

/* GTK 3 calls a widget's draw handler directly, without emitting "draw",
 * while nobody is connected to it, so an emission hook on "draw" would
 * never run: the hook is on "realize", and connects to "draw". */
static gboolean
on_realize_hook (GSignalInvocationHint *hint,
                 guint                  n_values,
                 const GValue          *values,
                 gpointer               data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (!GTK_IS_APPLICATION_WINDOW (widget))
    return TRUE;
  g_signal_connect (widget, "draw", G_CALLBACK (on_draw_cb), NULL);
  return FALSE;
}

G_MODULE_EXPORT void
gtk_module_init (gint    *argc,
                 gchar ***argv)
{
  g_type_class_ref (GTK_TYPE_WIDGET);
  g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0, on_realize_hook, NULL, NULL);
}
