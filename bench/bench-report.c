/* bench-report.c — time, memory and size of the PDF report
 *
 * For the built-in sample and for a complete two-framework assessment with
 * long texts: the median time of analysis plus report, the peak resident
 * memory, and the size of the file.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "analysis.h"
#include "framework-loader.h"
#include "report.h"
#include "sample.h"
#include "synthetic.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
measure (const char  *name,
         LacunaStore *store,
         const char  *pdf)
{
  double times[7];
  struct rusage usage;
  GStatBuf info;

  for (guint run = 0; run < G_N_ELEMENTS (times); run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_store (store);
      g_autoptr(GError) error = NULL;

      if (!lacuna_report_write (store, analysis, NULL, pdf, &error))
        g_error ("%s", error->message);
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  getrusage (RUSAGE_SELF, &usage);
  g_stat (pdf, &info);
  printf ("%-36s %10.1f %10.1f %12ld %10ld\n", name, times[G_N_ELEMENTS (times) / 2], times[0], usage.ru_maxrss,
          (long) info.st_size / 1024);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_load_default (&error);
  g_autofree char *directory = g_dir_make_tmp ("lacuna-bench-XXXXXX", NULL);
  g_autofree char *sample_path = g_build_filename (directory, "sample.lacuna", NULL);
  g_autofree char *complete_path = g_build_filename (directory, "complete.lacuna", NULL);
  g_autofree char *pdf = g_build_filename (directory, "report.pdf", NULL);
  g_autoptr(LacunaStore) sample = NULL;
  g_autoptr(LacunaStore) complete = NULL;

  if (catalog == NULL)
    g_error ("%s", error->message);
  sample = lacuna_sample_create (sample_path, catalog, &error);
  if (sample == NULL)
    g_error ("%s", error->message);
  complete = synthetic_complete_store (complete_path, catalog, "Complete assessment with long texts", 3);

  printf ("%-36s %10s %10s %12s %10s\n", "assessment", "median ms", "best ms", "peak RSS KiB", "PDF KiB");
  measure ("sample (Arcadia, internal edition)", sample, pdf);
  measure ("complete, 2,000-character texts", complete, pdf);

  g_clear_pointer (&sample, lacuna_store_close);
  g_clear_pointer (&complete, lacuna_store_close);
  g_unlink (pdf);
  g_unlink (sample_path);
  g_unlink (complete_path);
  g_rmdir (directory);
  return 0;
}
