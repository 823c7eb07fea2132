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

static LacunaStore *
complete_store (const char    *path,
                LacunaCatalog *catalog)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);
  LacunaStore *store;

  while (text->len < 2000)
    g_string_append (text, "The inter-ministerial working group reviewed the case files, the budget lines and the "
                           "training records of each agency before agreeing on this rating. ");
  details->values[LACUNA_DETAIL_TITLE] = g_strdup ("Complete assessment with long texts");
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("XB");
  details->values[LACUNA_DETAIL_COUNTRY_NAME] = g_strdup ("Bench Republic");
  store = lacuna_store_create (path, catalog, details, "Bench", &error);
  if (store == NULL)
    g_error ("%s", error->message);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          g_autoptr(LacunaAnswer) answer = lacuna_answer_new (measure->id);

          if (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS)
            answer->law = LACUNA_LEVEL_NONE + g_rand_int_range (rand, 0, 4);
          if (measure->dimensions & LACUNA_DIMENSION_PRACTICE)
            answer->practice = LACUNA_LEVEL_NONE + g_rand_int_range (rand, 0, 4);
          answer->evidence = g_strdup (text->str);
          answer->notes = g_strdup (text->str);
          answer->responsible = g_strdup ("Ministry of Justice; Ministry of the Interior");
          answer->timeframe = g_strdup ("12 months");
          if (!lacuna_store_set_answer (store, answer, "Bench", &error))
            g_error ("%s", error->message);
        }
    }
  return store;
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
  complete = complete_store (complete_path, catalog);

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
