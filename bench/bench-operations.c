/* bench-operations.c — what a user waits for, at every catalogue size
 *
 * For the real frameworks and for synthetic ones of 100 to 5,000 measures,
 * written as framework files that the application loads through
 * LACUNA_FRAMEWORKS_DIR, each operation runs in a fresh process of its own
 * (this program again, or the real "lacuna"), several times over: the
 * median time is printed with the peak resident memory of the process that
 * did it (ru_maxrss from wait4), and then how each figure grows from 100 to
 * 5,000 measures. Figures, not assertions: see bench/run.
 *
 * The window's start is timed on the real, unmodified "lacuna" binary: a
 * GTK module (bench-first-draw.c, loaded through GTK_MODULES) notes when
 * the first frame of the window has been painted and quits the application.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "analysis.h"
#include "export-json.h"
#include "framework-loader.h"
#include "import.h"
#include "report.h"
#include "synthetic.h"

#define N_EDITS 201

typedef enum {
  OP_OPEN,
  OP_EDIT,
  OP_ANALYSE,
  OP_REPORT,
  OP_EXPORT,
  OP_IMPORT,
  OP_START,        /* lacuna, to its first painted window */
  OP_START_OPEN,   /* lacuna FILE, to its first painted window */
  N_OPS
} Op;

static const struct {
  const char *name;
  const char *label;
  guint       runs;
} ops[N_OPS] = {
  [OP_OPEN] = { "open", "open assessment", 7 },
  [OP_EDIT] = { "edit", "one edit committed", 3 },
  [OP_ANALYSE] = { "analyse", "analysis", 7 },
  [OP_REPORT] = { "report", "analysis + PDF report", 3 },
  [OP_EXPORT] = { "export", "JSON export", 5 },
  [OP_IMPORT] = { "import", "JSON import (new file)", 5 },
  [OP_START] = { "start", "lacuna: first window", 7 },
  [OP_START_OPEN] = { "start-open", "lacuna FILE: first window", 7 },
};

typedef struct {
  double ms;        /* median wall-clock time */
  double cpu_ms;    /* median CPU time of the process doing it */
  long   peak_kib;  /* median of the runs' peaks */
  gboolean done;
} Figure;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static int
compare_longs (const void *a,
               const void *b)
{
  long x = *(const long *) a, y = *(const long *) b;
  return x < y ? -1 : x > y;
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* CPU time of this process (all its threads), in ms. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static LacunaStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  LacunaStore *store = lacuna_store_open (path, LACUNA_STORE_OPEN_DEFAULT, &error);

  if (store == NULL)
    g_error ("%s", error->message);
  return store;
}

/* An assessment of every measure, answered, with 2,000-character evidence
 * and notes, and its JSON export beside it. */
static void
prepare (const char *path,
         const char *json_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_default (&error);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  LacunaStore *store;

  if (catalog == NULL)
    g_error ("%s", error->message);
  store = synthetic_complete_store (path, catalog, "Benchmark assessment", 7);
  root = lacuna_export_json (store);
  json = lacuna_json_to_text (root);
  if (!g_file_set_contents (json_path, json, -1, &error))
    g_error ("%s", error->message);
  lacuna_store_close (store);
}

/* One edit as the window makes it: one field of one answer, committed with
 * its history row. The median of N_EDITS, on measures spread over the
 * whole assessment. */
static void
time_edits (LacunaStore *store,
            double      *wall,
            double      *cpu)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));
  g_autoptr(GPtrArray) measures = g_ptr_array_new ();
  double times[N_EDITS], cpus[N_EDITS];

  for (guint f = 0; f < frameworks->len; f++)
    g_ptr_array_extend (measures, ((LacunaFramework *) g_ptr_array_index (frameworks, f))->measures, NULL, NULL);
  for (guint i = 0; i < N_EDITS; i++)
    {
      LacunaMeasure *measure = g_ptr_array_index (measures, (i * 7919u) % measures->len);
      g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure->id);
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      g_free (answer->timeframe);
      /* Never the value an earlier run left, which would be no change. */
      answer->timeframe = g_strdup_printf ("%u months (run %d)", 6 + i, (int) getpid ());
      if (!lacuna_store_set_answer (store, answer, "Bench", &error))
        g_error ("%s", error->message);
      times[i] = elapsed_ms (start);
      cpus[i] = cpu_ms () - cpu_start;
    }
  qsort (times, N_EDITS, sizeof (double), compare_doubles);
  qsort (cpus, N_EDITS, sizeof (double), compare_doubles);
  *wall = times[N_EDITS / 2];
  *cpu = cpus[N_EDITS / 2];
}

/* The child: one operation, its time on stdout. */
static int
run_child (const char *op,
           const char *path,
           const char *json_path,
           const char *scratch)
{
  g_autoptr(GError) error = NULL;
  double ms = 0, cpu = 0, cpu_start = 0;
  gint64 start;

  if (g_str_equal (op, "prepare"))
    {
      prepare (path, json_path);
      return 0;
    }
  if (g_str_equal (op, "open"))
    {
      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      lacuna_store_close (open_store (path));
      ms = elapsed_ms (start);
      cpu = cpu_ms () - cpu_start;
    }
  else if (g_str_equal (op, "edit"))
    {
      g_autoptr(LacunaStore) store = open_store (path);
      time_edits (store, &ms, &cpu);
    }
  else if (g_str_equal (op, "analyse"))
    {
      g_autoptr(LacunaStore) store = open_store (path);
      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      lacuna_analysis_free (lacuna_analyse_store (store));
      ms = elapsed_ms (start);
      cpu = cpu_ms () - cpu_start;
    }
  else if (g_str_equal (op, "report"))
    {
      g_autoptr(LacunaStore) store = open_store (path);
      LacunaReportOptions options = { .edition = LACUNA_REPORT_INTERNAL };
      g_autoptr(LacunaAnalysis) analysis = NULL;

      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      analysis = lacuna_analyse_store (store);
      if (!lacuna_report_write (store, analysis, &options, scratch, &error))
        g_error ("%s", error->message);
      ms = elapsed_ms (start);
      cpu = cpu_ms () - cpu_start;
    }
  else if (g_str_equal (op, "export"))
    {
      g_autoptr(LacunaStore) store = open_store (path);
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *json = NULL;

      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      root = lacuna_export_json (store);
      json = lacuna_json_to_text (root);
      if (!g_file_set_contents (scratch, json, -1, &error))
        g_error ("%s", error->message);
      ms = elapsed_ms (start);
      cpu = cpu_ms () - cpu_start;
    }
  else if (g_str_equal (op, "import"))
    {
      g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_default (&error);
      g_autofree char *text = NULL;
      gsize length = 0;
      LacunaStore *store;

      if (catalog == NULL || !g_file_get_contents (json_path, &text, &length, &error))
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      store = lacuna_import_json_new (scratch, text, length, catalog, "Bench", &error);
      if (store == NULL)
        g_error ("%s", error->message);
      lacuna_store_close (store);
      ms = elapsed_ms (start);
      cpu = cpu_ms () - cpu_start;
    }
  else
    {
      fprintf (stderr, "unknown operation %s\n", op);
      return 2;
    }
  printf ("%.3f %.3f\n", ms, cpu);
  return 0;
}

/* Runs argv with extra environment; returns its peak RSS and fills out
 * with what it printed on stdout (or, for the window, wrote to its
 * file). */
static long
spawn_measured (char       **argv,
                char       **envp,
                gint64      *spawned_at,
                char       **out)
{
  int pipe_fds[2];
  struct rusage usage;
  int status = 0;
  GString *text = g_string_new (NULL);
  char buffer[256];
  ssize_t n;
  pid_t pid;

  if (pipe (pipe_fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));
  *spawned_at = g_get_monotonic_time ();
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      dup2 (pipe_fds[1], STDOUT_FILENO);
      close (pipe_fds[0]);
      close (pipe_fds[1]);
      execve (argv[0], argv, envp);
      _exit (127);
    }
  close (pipe_fds[1]);
  while ((n = read (pipe_fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (pipe_fds[0]);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s %s failed (status %d)", argv[0], argv[1] != NULL ? argv[1] : "", status);
  *out = g_string_free (text, FALSE);
  return usage.ru_maxrss;
}

typedef struct {
  const char *self;          /* this program */
  const char *lacuna;        /* the application, or NULL to skip the window */
  const char *module;        /* bench-first-draw module */
  const char *work;          /* scratch folder */
} Setup;

static Figure
measure_op (const Setup *setup,
            Op           op,
            const char  *frameworks,
            const char  *path,
            const char  *json_path)
{
  g_autofree char *scratch = g_build_filename (setup->work, op == OP_REPORT ? "out.pdf" : op == OP_EXPORT ? "out.json"
                                                                                                       : "out.lacuna",
                                               NULL);
  g_autofree char *drawn = g_build_filename (setup->work, "drawn", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  guint runs = ops[op].runs;
  double times[16], cpus[16];
  long peaks[16];
  Figure figure = { 0 };
  gboolean window = op == OP_START || op == OP_START_OPEN;

  if (window && (setup->lacuna == NULL || setup->module == NULL))
    return figure;
  envp = g_environ_setenv (envp, "LACUNA_FRAMEWORKS_DIR", frameworks, TRUE);
  envp = g_environ_setenv (envp, "LACUNA_BENCH_DRAWN_FILE", drawn, TRUE);
  if (window)
    envp = g_environ_setenv (envp, "GTK_MODULES", setup->module, TRUE);

  for (guint run = 0; run < runs; run++)
    {
      g_autofree char *out = NULL;
      gint64 spawned_at;

      g_unlink (scratch);
      g_unlink (drawn);
      if (window)
        {
          char *argv[] = { (char *) setup->lacuna, op == OP_START_OPEN ? (char *) path : NULL, NULL };
          g_autofree char *stamp = NULL;

          peaks[run] = spawn_measured (argv, envp, &spawned_at, &out);
          if (!g_file_get_contents (drawn, &stamp, NULL, NULL))
            g_error ("%s never drew its window (is the module loaded?)", setup->lacuna);
          /* The module wrote "monotonic-µs cpu-µs". */
          {
            char *end = NULL;
            times[run] = (g_ascii_strtoll (stamp, &end, 10) - spawned_at) / 1000.0;
            cpus[run] = g_ascii_strtoll (end, NULL, 10) / 1000.0;
          }
        }
      else
        {
          char *argv[] = { (char *) setup->self, (char *) "--child", (char *) ops[op].name, (char *) path,
                           (char *) json_path, scratch, NULL };

          peaks[run] = spawn_measured (argv, envp, &spawned_at, &out);
          char *end = NULL;

          times[run] = g_ascii_strtod (out, &end);
          cpus[run] = g_ascii_strtod (end, NULL);
        }
    }
  g_unlink (scratch);
  g_unlink (drawn);
  qsort (times, runs, sizeof (double), compare_doubles);
  qsort (cpus, runs, sizeof (double), compare_doubles);
  qsort (peaks, runs, sizeof (long), compare_longs);
  figure.ms = times[runs / 2];
  figure.cpu_ms = cpus[runs / 2];
  figure.peak_kib = peaks[runs / 2];
  figure.done = TRUE;
  return figure;
}

static void
measure_catalogue (const Setup *setup,
                   const char  *name,
                   const char  *frameworks,
                   Figure       figures[N_OPS])
{
  g_autofree char *path = g_build_filename (setup->work, "assessment.lacuna", NULL);
  g_autofree char *json_path = g_build_filename (setup->work, "assessment.json", NULL);
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LACUNA_FRAMEWORKS_DIR", frameworks, TRUE);
  char *argv[] = { (char *) setup->self, (char *) "--child", (char *) "prepare", path, json_path, path, NULL };
  g_autofree char *out = NULL;
  gint64 spawned_at;

  g_unlink (path);
  spawn_measured (argv, envp, &spawned_at, &out);
  printf ("%-30s %10s %10s %10s\n", name, "wall ms", "CPU ms", "peak KiB");
  for (Op op = 0; op < N_OPS; op++)
    {
      figures[op] = measure_op (setup, op, frameworks, path, json_path);
      if (figures[op].done)
        printf ("  %-28s %10.2f %10.2f %10ld\n", ops[op].label, figures[op].ms, figures[op].cpu_ms,
                figures[op].peak_kib);
      fflush (stdout);
    }
  g_unlink (path);
  g_unlink (json_path);
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[] = { 100, 500, 1000, 2000, 5000 };
  Figure figures[G_N_ELEMENTS (sizes)][N_OPS];
  Figure real[N_OPS];
  g_autofree char *work = NULL;
  g_autofree char *self = NULL;
  Setup setup;

  if (argc == 6 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3], argv[4], argv[5]);
  /* For a person who wants to open the synthetic framework by hand:
   * LACUNA_FRAMEWORKS_DIR=DIRECTORY lacuna. */
  if (argc == 4 && g_str_equal (argv[1], "--write-synthetic"))
    {
      g_autoptr(GError) error = NULL;

      if (!synthetic_write_frameworks ((guint) g_ascii_strtoull (argv[2], NULL, 10), argv[3], &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      return 0;
    }
  if (argc != 1 && argc != 3)
    {
      fprintf (stderr, "usage: %s [LACUNA GTK-MODULE] | --write-synthetic N DIRECTORY\n", argv[0]);
      return 2;
    }
  if (g_getenv ("LACUNA_FRAMEWORKS_DIR") == NULL)
    {
      fprintf (stderr, "Set LACUNA_FRAMEWORKS_DIR to the real frameworks folder.\n");
      return 2;
    }

  self = g_canonicalize_filename (argv[0], NULL);
  work = g_dir_make_tmp ("lacuna-bench-XXXXXX", NULL);
  setup.self = self;
  setup.lacuna = argc == 3 ? argv[1] : NULL;
  setup.module = argc == 3 ? argv[2] : NULL;
  setup.work = work;

  printf ("Each figure: the median of the runs listed here, each in a fresh process; the edit is the median of %u "
          "edits per process. Memory: peak resident set of that process.\n\n", N_EDITS);
  for (Op op = 0; op < N_OPS; op++)
    printf ("  %-28s %u runs\n", ops[op].label, ops[op].runs);
  printf ("\n");
  measure_catalogue (&setup, "real frameworks (TIP + SOM, 124 measures)", g_getenv ("LACUNA_FRAMEWORKS_DIR"), real);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *directory = g_strdup_printf ("%s/synthetic-%u", work, sizes[i]);
      g_autofree char *name = g_strdup_printf ("synthetic, %u measures", sizes[i]);
      g_autoptr(GError) error = NULL;
      g_autofree char *instruments = g_build_filename (directory, SYNTHETIC_INSTRUMENTS_FILE, NULL);
      g_autofree char *framework = g_build_filename (directory, SYNTHETIC_FRAMEWORK_FILE, NULL);

      if (!synthetic_write_frameworks (sizes[i], directory, &error))
        g_error ("%s", error->message);
      measure_catalogue (&setup, name, directory, figures[i]);
      g_unlink (instruments);
      g_unlink (framework);
      g_rmdir (directory);
    }

  printf ("\nGrowth from 100 to 5,000 measures (x50 would be linear)\n");
  printf ("  %-28s %10s %10s %10s\n", "", "wall", "CPU", "memory");
  for (Op op = 0; op < N_OPS; op++)
    {
      Figure *small = &figures[0][op], *large = &figures[G_N_ELEMENTS (sizes) - 1][op];

      if (small->done && large->done)
        printf ("  %-28s %9.1fx %9.1fx %9.1fx\n", ops[op].label, large->ms / small->ms, large->cpu_ms / small->cpu_ms,
                (double) large->peak_kib / small->peak_kib);
    }
  g_rmdir (work);
  return 0;
}
