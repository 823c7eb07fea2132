/* bench-analysis.c — time and memory of the analysis
 *
 * Prints, for the real frameworks fully answered and for synthetic ones of
 * growing size, the median time of one analysis as the application runs it
 * (lacuna_analyse_take on an input read for it) and the peak resident
 * memory of the process so far. Figures, not assertions: see bench/run.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "analysis.h"
#include "framework-loader.h"
#include "synthetic.h"

static long
peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static LacunaAnalysisInput *
complete_input (LacunaCatalog *catalog,
                GRand         *rand)
{
  LacunaAnalysisInput *input = lacuna_analysis_input_new (catalog);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      g_hash_table_add (input->scope, g_strdup (framework->id));
      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          LacunaAnswer *answer = lacuna_answer_new (measure->id);

          if (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS)
            answer->law = LACUNA_LEVEL_NONE + g_rand_int_range (rand, 0, 5);
          if (measure->dimensions & LACUNA_DIMENSION_PRACTICE)
            answer->practice = LACUNA_LEVEL_NONE + g_rand_int_range (rand, 0, 5);
          answer->notes = g_strnfill (2000, 'n');
          g_hash_table_replace (input->answers, answer->measure_id, answer);
        }
    }
  return input;
}

static void
measure_catalog (const char    *name,
                 LacunaCatalog *catalog)
{
  double times[15];
  guint recommendations = 0;

  for (guint run = 0; run < G_N_ELEMENTS (times); run++)
    {
      /* A fresh input each time, as lacuna_analyse_store() makes one from
       * the file, which the analysis then takes. */
      g_autoptr(GRand) rand = g_rand_new_with_seed (1);
      LacunaAnalysisInput *input = complete_input (catalog, rand);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_take (input);

      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      recommendations = analysis->recommendations->len;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  /* Per measure, so that growth beyond linear shows as a rising figure. */
  printf ("%-28s %8u %10.3f %10.3f %10.2f %12ld %8u\n", name, lacuna_catalog_count_measures (catalog),
          times[G_N_ELEMENTS (times) / 2], times[0], 1000.0 * times[0] / lacuna_catalog_count_measures (catalog),
          peak_kib (), recommendations);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaCatalog) real = lacuna_catalog_load_default (&error);
  static const guint sizes[] = { 100, 500, 1000, 2000, 5000 };

  if (real == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("%-28s %8s %10s %10s %10s %12s %8s\n", "catalogue", "measures", "median ms", "best ms", "best µs/m",
          "peak RSS KiB", "recs");
  measure_catalog ("real frameworks (TIP + SOM)", real);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(LacunaCatalog) synthetic = synthetic_catalog (sizes[i]);
      g_autofree char *name = g_strdup_printf ("synthetic %u", sizes[i]);
      measure_catalog (name, synthetic);
    }
  return 0;
}
