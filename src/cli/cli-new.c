/* cli-new.c — "lacuna-cli new": start an assessment
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "countries.h"
#include "framework-loader.h"

int
lacuna_cli_new (int    argc,
                char **argv)
{
  g_autofree char *country = NULL;
  g_autofree char *country_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *period_start = NULL;
  g_autofree char *period_end = NULL;
  g_autofree char *language = NULL;
  g_autofree char *by = NULL;
  g_autofree char *baseline_path = NULL;
  g_auto(GStrv) frameworks = NULL;
  GOptionEntry entries[] = {
    { "country", 0, 0, G_OPTION_ARG_STRING, &country, N_("ISO 3166 code of the country (required)"), "CODE" },
    { "country-name", 0, 0, G_OPTION_ARG_STRING, &country_name, N_("Name of the country, if not the UN short name"), "NAME" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title of the assessment"), "TITLE" },
    { "framework", 0, 0, G_OPTION_ARG_STRING_ARRAY, &frameworks, N_("A framework in scope (repeat; default: all)"), "ID" },
    { "lead", 0, 0, G_OPTION_ARG_STRING, &lead, N_("Lead institution"), "NAME" },
    { "period-start", 0, 0, G_OPTION_ARG_STRING, &period_start, N_("Start of the period assessed"), "YYYY-MM-DD" },
    { "period-end", 0, 0, G_OPTION_ARG_STRING, &period_end, N_("End of the period assessed"), "YYYY-MM-DD" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language the team works in (default: en)"), "LL" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who creates it (default: you)"), "NAME" },
    { "baseline", 0, 0, G_OPTION_ARG_FILENAME, &baseline_path,
      N_("Start a follow-up of this earlier assessment: its answers are carried over, to be re-confirmed"), "OLD" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaCatalog) catalog = NULL;
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!lacuna_cli_parse_options ("new", "FILE --country CODE",
                                 N_("Create a new assessment file for one country."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2 || (country == NULL && baseline_path == NULL))
    {
      lacuna_cli_error (_("“new” needs one FILE and --country CODE (or --baseline OLD)."));
      return LACUNA_EXIT_USAGE;
    }

  catalog = lacuna_catalog_load_default (&error);
  if (catalog == NULL)
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }

  if (baseline_path != NULL)
    {
      g_autoptr(LacunaStore) baseline = lacuna_cli_open_store (baseline_path, TRUE);

      if (baseline == NULL)
        return LACUNA_EXIT_FAILURE;
      details->values[LACUNA_DETAIL_TITLE] = g_steal_pointer (&title);
      details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_steal_pointer (&country);
      details->values[LACUNA_DETAIL_COUNTRY_NAME] = g_steal_pointer (&country_name);
      details->values[LACUNA_DETAIL_LEAD_INSTITUTION] = g_steal_pointer (&lead);
      details->values[LACUNA_DETAIL_PERIOD_START] = g_steal_pointer (&period_start);
      details->values[LACUNA_DETAIL_PERIOD_END] = g_steal_pointer (&period_end);
      details->values[LACUNA_DETAIL_LANGUAGE] = g_steal_pointer (&language);
      details->frameworks = g_steal_pointer (&frameworks);
      store = lacuna_store_create_follow_up (argv[1], baseline, catalog, details,
                                             by != NULL ? by : lacuna_cli_default_author (), &error);
      if (store == NULL)
        {
          lacuna_cli_error ("%s", error->message);
          return LACUNA_EXIT_FAILURE;
        }
      printf (_("Created %s as a follow-up of %s; carried-over answers are marked to re-confirm.\n"), argv[1],
              baseline_path);
      return LACUNA_EXIT_OK;
    }

  if (title == NULL)
    {
      const LacunaCountry *known = lacuna_country_find (country);
      const char *name = country_name != NULL ? country_name
                         : known != NULL      ? lacuna_country_get_name (known)
                                              : country;
      title = g_strdup_printf (_("Gap analysis: %s"), name);
    }

  details->values[LACUNA_DETAIL_TITLE] = g_steal_pointer (&title);
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_steal_pointer (&country);
  details->values[LACUNA_DETAIL_COUNTRY_NAME] = g_steal_pointer (&country_name);
  details->values[LACUNA_DETAIL_LEAD_INSTITUTION] = g_steal_pointer (&lead);
  details->values[LACUNA_DETAIL_PERIOD_START] = g_steal_pointer (&period_start);
  details->values[LACUNA_DETAIL_PERIOD_END] = g_steal_pointer (&period_end);
  details->values[LACUNA_DETAIL_LANGUAGE] = g_steal_pointer (&language);
  details->frameworks = g_steal_pointer (&frameworks);

  store = lacuna_store_create (argv[1], catalog, details, by != NULL ? by : lacuna_cli_default_author (), &error);
  if (store == NULL)
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  printf (_("Created %s\n"), argv[1]);
  return LACUNA_EXIT_OK;
}
