/* cli-report.c — "lacuna-cli report": the PDF gap-analysis report, and
 * "lacuna-cli languages": the languages it can be written in
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "message-catalog.h"
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
  g_autoptr(LacunaMessageCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  if (!lacuna_cli_parse_options ("report", "FILE -o OUT.pdf",
                                 N_("Write the gap-analysis report as a PDF."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2 || output == NULL)
    {
      lacuna_cli_error (_("“report” needs one FILE and -o OUT.pdf."));
      return LACUNA_EXIT_USAGE;
    }

  /* The report's language is chosen apart from the desktop's (an adviser
   * writes a French report from an English session): the core reads that
   * language's catalogue itself. An unknown one is refused before any
   * file is opened, with the list of those there are. */
  if (language != NULL)
    {
      catalog = lacuna_message_catalog_open (language, NULL, &error);
      if (catalog == NULL)
        {
          lacuna_cli_error ("%s", error->message);
          return LACUNA_EXIT_FAILURE;
        }
    }

  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;
  if (baseline_path != NULL)
    {
      baseline = lacuna_cli_open_store (baseline_path, TRUE);
      if (baseline == NULL)
        return LACUNA_EXIT_FAILURE;
    }

  if (!lacuna_report_write_stores (store, baseline, public_edition ? LACUNA_REPORT_PUBLIC : LACUNA_REPORT_INTERNAL,
                                   language, output, &error))
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  printf (_("Wrote %s\n"), output);
  return LACUNA_EXIT_OK;
}

int
lacuna_cli_languages (int    argc,
                      char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GPtrArray) languages = NULL;

  if (!lacuna_cli_parse_options ("languages", "[--json]",
                                 N_("List the languages a report can be written in, for “report --lang”."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 1)
    {
      lacuna_cli_error (_("“languages” takes no FILE."));
      return LACUNA_EXIT_USAGE;
    }

  languages = lacuna_report_languages_list (NULL);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < languages->len; i++)
        {
          LacunaReportLanguage *language = g_ptr_array_index (languages, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, language->code);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, language->name);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      lacuna_cli_print_json (root);
      return LACUNA_EXIT_OK;
    }
  for (guint i = 0; i < languages->len; i++)
    {
      LacunaReportLanguage *language = g_ptr_array_index (languages, i);
      printf ("%-8s %s\n", language->code, language->name);
    }
  return LACUNA_EXIT_OK;
}
