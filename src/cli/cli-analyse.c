/* cli-analyse.c — "lacuna-cli analyse": scores, gaps and recommendations
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "analysis-json.h"
#include "analysis.h"
#include "cli.h"

static char *
percent (double value)
{
  /* ASCII, so that printf pads the column right. */
  return isnan (value) ? g_strdup ("-") : g_strdup_printf ("%.0f", value);
}

static void
print_score_row (const char        *id,
                 const char        *title,
                 const LacunaScore *score,
                 int                indent)
{
  g_autofree char *total = percent (score->score);
  g_autofree char *law = percent (score->law_index);
  g_autofree char *practice = percent (score->practice_index);
  g_autofree char *coverage = percent (isnan (score->coverage) ? NAN : 100 * score->coverage);
  g_autofree char *name = g_utf8_substring (title, 0, MIN (g_utf8_strlen (title, -1), 40 - indent));
  /* Pad by characters, not bytes, so accented titles line up. */
  int padding = 40 - indent - (int) g_utf8_strlen (name, -1);

  printf ("%*s%-9s %s%*s %5s %5s %8s %8s %5u %5u\n", indent, "", id, name, MAX (padding, 0), "", total, law, practice,
          coverage, score->data_gaps, score->critical_gaps);
}

static void
print_text (const LacunaAnalysis *analysis)
{
  g_autofree char *overall = percent (analysis->overall);

  printf ("%s %s/100\n\n", _("Overall score:"), overall);
  printf ("%-50s %5s %5s %8s %8s %5s %5s\n", "", _("Score"), _("Law"), _("Practice"), _("Covered"), _("Data"),
          _("Crit."));
  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      print_score_row (framework->framework->id, framework->framework->short_title, &framework->score, 0);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);

          print_score_row (pillar->pillar->id, pillar->pillar->title, &pillar->score, 2);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaAreaResult *area = g_ptr_array_index (pillar->areas, a);
              print_score_row (area->area->id, area->area->title, &area->score, 4);
            }
        }
      printf ("\n");
    }

  printf ("%s (%u)\n", _("Treaty compliance gaps: mandatory measures with no legal basis"), analysis->critical_gaps->len);
  for (guint i = 0; i < analysis->critical_gaps->len; i++)
    {
      const LacunaMeasure *measure = g_ptr_array_index (analysis->critical_gaps, i);
      printf ("  %-10s %s\n", measure->id, measure->title);
    }

  printf ("\n%s (%u)\n", _("Recommendations in priority order"), analysis->recommendations->len);
  for (guint i = 0; i < analysis->recommendations->len; i++)
    {
      LacunaRecommendation *recommendation = g_ptr_array_index (analysis->recommendations, i);

      printf ("%3u. [%s] %s — %s (%s %.2f)\n", recommendation->rank, lacuna_tier_label (recommendation->tier),
              recommendation->measure->id, recommendation->measure->title, _("priority"), recommendation->priority);
      printf ("     %s\n", recommendation->rationale);
      printf ("     → %s\n", recommendation->measure->recommendation);
    }

  printf ("\n%s (%u)\n", _("Data gaps to close"), analysis->data_gaps->len);
  for (guint i = 0; i < analysis->data_gaps->len; i++)
    {
      LacunaDataGap *gap = g_ptr_array_index (analysis->data_gaps, i);
      printf ("  %-10s %s\n", gap->measure->id, gap->action);
    }

  printf ("\n%s (%u)\n", _("Answers to check"), analysis->warnings->len);
  for (guint i = 0; i < analysis->warnings->len; i++)
    printf ("  %s\n", ((LacunaWarning *) g_ptr_array_index (analysis->warnings, i))->message);
}

int
lacuna_cli_analyse (int    argc,
                    char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAnalysis) analysis = NULL;

  if (!lacuna_cli_parse_options ("analyse", "FILE",
                                 N_("Score the assessment, list the treaty compliance gaps, the recommendations in priority order with their reasons, the data gaps and answers to check."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2)
    {
      lacuna_cli_error (_("“analyse” needs one FILE."));
      return LACUNA_EXIT_USAGE;
    }
  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  analysis = lacuna_analyse_store (store);
  if (json)
    {
      g_autoptr(JsonNode) root = lacuna_analysis_to_json (analysis);
      lacuna_cli_print_json (root);
    }
  else
    print_text (analysis);
  return LACUNA_EXIT_OK;
}
