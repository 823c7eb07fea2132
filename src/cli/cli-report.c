/* cli-report.c — "lacuna-cli report": the PDF gap-analysis report
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "analysis.h"
#include "cli.h"
#include "comparison.h"
#include "report.h"

int
lacuna_cli_report (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *baseline_path = NULL;
  gboolean public_edition = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write (required)"), "OUT.pdf" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the report, such as fr or ar (default: yours)"), "LL" },
    { "baseline", 0, 0, G_OPTION_ARG_FILENAME, &baseline_path, N_("Show progress since this earlier assessment"), "OLD" },
    { "public", 0, 0, G_OPTION_ARG_NONE, &public_edition,
      N_("The public edition: without notes, personal names, contacts or anything confidential"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaStore) baseline = NULL;
  g_autoptr(LacunaAnalysis) analysis = NULL;
  g_autoptr(LacunaAnalysis) baseline_analysis = NULL;
  g_autoptr(LacunaComparison) comparison = NULL;
  g_autoptr(LacunaAssessmentDetails) baseline_details = NULL;
  g_autoptr(GError) error = NULL;
  LacunaReportOptions options = { .edition = LACUNA_REPORT_INTERNAL };

  if (!lacuna_cli_parse_options ("report", "FILE -o OUT.pdf",
                                 N_("Write the gap-analysis report as a PDF."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2 || output == NULL)
    {
      lacuna_cli_error (_("“report” needs one FILE and -o OUT.pdf."));
      return LACUNA_EXIT_USAGE;
    }
  /* Only known once the options are parsed. */
  options.edition = public_edition ? LACUNA_REPORT_PUBLIC : LACUNA_REPORT_INTERNAL;

  /* The report's language is chosen apart from the desktop's: an adviser
   * can write a French report from an English session. */
  if (language != NULL)
    {
      g_setenv ("LANGUAGE", language, TRUE);
      setlocale (LC_MESSAGES, "");
    }

  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;
  analysis = lacuna_analyse_store (store);
  if (baseline_path != NULL)
    {
      baseline = lacuna_cli_open_store (baseline_path, TRUE);
      if (baseline == NULL)
        return LACUNA_EXIT_FAILURE;
      baseline_analysis = lacuna_analyse_store (baseline);
      comparison = lacuna_compare (baseline_analysis, analysis);
      baseline_details = lacuna_store_get_details (baseline);
      options.comparison = comparison;
      options.baseline_title = baseline_details->values[LACUNA_DETAIL_TITLE];
    }

  if (!lacuna_report_write (store, analysis, &options, output, &error))
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  printf (_("Wrote %s\n"), output);
  return LACUNA_EXIT_OK;
}
