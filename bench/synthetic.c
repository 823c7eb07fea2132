/* synthetic.c — a generated framework, written through the real loader so
 * that benchmarks measure the same code users run
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>

#include "diagnostic.h"
#include "framework-loader.h"
#include "store-private.h"  /* lacuna_store_begin_batch: 5,000 answers in one commit */
#include "synthetic.h"

static const char *const levels[] = {
  "mandatory", "mandatory-qualified", "consider", "good-practice-core", "optional", "good-practice",
};

static const char long_text[] =
  "The measure is in place when the competent authorities have the legal powers, the staff, the budget "
  "and the procedures they need, apply them in every region and for every group of victims, and report "
  "on the results each year in a form that others can check and use.";

/* The two files of a synthetic framework: its instruments and itself,
 * an element a line as in the real files (the loader's error positions
 * are computed per line). */
static void
synthetic_xml (guint     n_measures,
               GString **instruments_out,
               GString **framework_out)
{
  GString *instruments = g_string_new ("<instruments><instrument id=\"SYN\"><title>Synthetic</title>"
                                       "<short-title>Synthetic</short-title>\n");
  GString *framework = g_string_new ("<framework id=\"syn\" version=\"1.0\" publisher=\"Bench\" year=\"2026\">"
                                     "<title>Synthetic framework</title><short-title>Synthetic</short-title>"
                                     "<provenance>Generated.</provenance>\n");
  guint per_pillar = (n_measures + 4) / 5;
  guint measure = 0;

  for (guint article = 1; article <= 50; article++)
    g_string_append_printf (instruments, "<provision article=\"%u\" level=\"mandatory\"><short-title>Article %u</short-title>"
                                         "<paraphrase>%s</paraphrase></provision>\n", article, article, long_text);
  g_string_append (instruments, "</instrument>\n</instruments>\n");

  for (guint pillar = 0; pillar < 5 && measure < n_measures; pillar++)
    {
      g_string_append_printf (framework, "<pillar id=\"SYN-P%u\"><title>Pillar %u</title>\n", pillar + 1, pillar + 1);
      for (guint area = 0; area * 20 < per_pillar && measure < n_measures; area++)
        {
          g_string_append_printf (framework, "<area id=\"SYN-A%u.%u\"><title>Area %u.%u</title>\n", pillar + 1, area + 1,
                                  pillar + 1, area + 1);
          for (guint i = 0; i < 20 && area * 20 + i < per_pillar && measure < n_measures; i++, measure++)
            {
              g_string_append_printf (framework,
                                      "<measure id=\"SYN-%05u\" level=\"%s\">\n<title>Measure %u with a long enough title</title>\n"
                                      "<description>%s</description>\n<question>%s</question>\n<question>%s</question>\n"
                                      "<legal-basis instrument=\"SYN\" article=\"%u\"/>\n<recommendation>%s</recommendation>\n",
                                      measure, levels[measure % G_N_ELEMENTS (levels)], measure, long_text, long_text,
                                      long_text, 1 + measure % 50, long_text);
              /* Chains of prerequisites, as in the real frameworks. */
              if (measure % 10 == 0)
                for (guint next = measure + 1; next <= measure + 3 && next < n_measures; next++)
                  g_string_append_printf (framework, "<enables measure=\"SYN-%05u\"/>\n", next);
              g_string_append (framework, "</measure>\n");
            }
          g_string_append (framework, "</area>\n");
        }
      g_string_append (framework, "</pillar>\n");
    }
  g_string_append (framework, "</framework>\n");
  *instruments_out = instruments;
  *framework_out = framework;
}

LacunaCatalog *
synthetic_catalog (guint n_measures)
{
  g_autoptr(GString) instruments = NULL;
  g_autoptr(GString) framework = NULL;
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  LacunaCatalog *catalog = lacuna_catalog_new ();

  synthetic_xml (n_measures, &instruments, &framework);
  lacuna_catalog_add_data (catalog, SYNTHETIC_INSTRUMENTS_FILE, instruments->str, instruments->len, diagnostics);
  lacuna_catalog_add_data (catalog, SYNTHETIC_FRAMEWORK_FILE, framework->str, framework->len, diagnostics);
  lacuna_catalog_resolve (catalog, diagnostics);
  if (diagnostics->len > 0)
    g_error ("synthetic framework invalid: %s", ((LacunaDiagnostic *) g_ptr_array_index (diagnostics, 0))->message);
  return catalog;
}

gboolean
synthetic_write_frameworks (guint        n_measures,
                            const char  *directory,
                            GError     **error)
{
  g_autoptr(GString) instruments = NULL;
  g_autoptr(GString) framework = NULL;
  g_autofree char *instruments_path = g_build_filename (directory, SYNTHETIC_INSTRUMENTS_FILE, NULL);
  g_autofree char *framework_path = g_build_filename (directory, SYNTHETIC_FRAMEWORK_FILE, NULL);

  if (g_mkdir_with_parents (directory, 0755) != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "Cannot create %s: %s", directory,
                   g_strerror (errno));
      return FALSE;
    }
  synthetic_xml (n_measures, &instruments, &framework);
  return g_file_set_contents (instruments_path, instruments->str, instruments->len, error) &&
         g_file_set_contents (framework_path, framework->str, framework->len, error);
}

LacunaStore *
synthetic_complete_store (const char    *path,
                          LacunaCatalog *catalog,
                          const char    *title,
                          guint32        seed)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);
  LacunaStore *store;

  while (text->len < 2000)
    g_string_append (text, "The inter-ministerial working group reviewed the case files, the budget lines and the "
                           "training records of each agency before agreeing on this rating. ");
  details->values[LACUNA_DETAIL_TITLE] = g_strdup (title);
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("XB");
  details->values[LACUNA_DETAIL_COUNTRY_NAME] = g_strdup ("Bench Republic");
  store = lacuna_store_create (path, catalog, details, "Bench", &error);
  if (store == NULL || !lacuna_store_begin_batch (store, &error))
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
  if (!lacuna_store_end_batch (store, TRUE, &error))
    g_error ("%s", error->message);
  return store;
}
