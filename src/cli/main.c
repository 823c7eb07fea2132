/* main.c — lacuna-cli: every core capability of Lacuna, scriptable
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "paths.h"

static const LacunaCliCommand commands[] = {
  { "frameworks", "[--json]", N_("List the installed Frameworks for Action and their measures"), lacuna_cli_frameworks },
  { "validate", "FILE…", N_("Check framework definition files and report every error"), lacuna_cli_validate },
  { "new", "FILE --country CODE", N_("Create a new assessment"), lacuna_cli_new },
  { "set", "FILE MEASURE", N_("Record the answer to one measure"), lacuna_cli_set },
  { "show", "FILE", N_("Show the assessment, measure by measure"), lacuna_cli_show },
  { "history", "FILE", N_("List every change, who made it and when"), lacuna_cli_history },
  { "instrument", "add|list|link|remove", N_("Keep the national register of laws, plans and agreements"), lacuna_cli_instrument },
  { "participant", "add|list", N_("Keep the list of participants"), lacuna_cli_participant },
  { "export", "FILE --format json|csv", N_("Export the assessment as JSON or CSV"), lacuna_cli_export },
  { "import", "FILE INPUT", N_("Import a JSON or CSV export"), lacuna_cli_import },
  { "merge", "FILE OTHER…", N_("Combine contributions made on copies of the assessment"), lacuna_cli_merge },
  { "sample", "FILE", N_("Write the built-in sample assessment"), lacuna_cli_sample },
  { "analyse", "FILE", N_("Scores, gaps and prioritised recommendations"), lacuna_cli_analyse },
  { "analyze", "FILE", N_("The same as analyse"), lacuna_cli_analyse },
  { "compare", "OLD NEW", N_("Compare a follow-up assessment with its baseline"), lacuna_cli_compare },
  { "upgrade", "FILE", N_("Move the assessment to the installed framework versions"), lacuna_cli_upgrade },
  { "report", "FILE -o OUT.pdf", N_("Write the gap-analysis report as a PDF"), lacuna_cli_report },
  { "languages", "[--json]", N_("List the languages a report can be written in"), lacuna_cli_languages },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  lacuna-cli COMMAND [OPTION…]\n\n%s\n", _("Usage:"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “lacuna-cli COMMAND --help” for a command’s options."));
  fprintf (stream, "%s\n", _("Options: --help, --version"));
}

gboolean
lacuna_cli_parse_options (const char    *command,
                          const char    *parameters,
                          const char    *summary,
                          GOptionEntry  *entries,
                          int           *argc,
                          char        ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameter_string = g_strdup_printf ("%s %s", command, parameters);

  context = g_option_context_new (parameter_string);
  g_option_context_set_summary (context, _(summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      lacuna_cli_error ("%s", error->message);
      fprintf (stderr, _("Run “lacuna-cli %s --help” for usage.\n"), command);
      return FALSE;
    }
  return TRUE;
}

void
lacuna_cli_error (const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "lacuna-cli: %s\n", message);
}

void
lacuna_cli_print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

int
main (int    argc,
      char **argv)
{
  const char *name;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, lacuna_paths_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("lacuna-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return LACUNA_EXIT_USAGE;
    }

  name = argv[1];
  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "help"))
    {
      if (argc > 2 && !g_str_equal (name, "--help"))
        {
          char *help_argv[] = { argv[2], (char *) "--help", NULL };
          for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
            if (g_str_equal (commands[i].name, argv[2]))
              return commands[i].run (2, help_argv);
        }
      print_usage (stdout);
      return LACUNA_EXIT_OK;
    }
  if (g_str_equal (name, "--version") || g_str_equal (name, "-V"))
    {
      printf ("lacuna-cli %s\n", PACKAGE_VERSION);
      return LACUNA_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return commands[i].run (argc - 1, argv + 1);

  lacuna_cli_error (_("Unknown command “%s”."), name);
  print_usage (stderr);
  return LACUNA_EXIT_USAGE;
}
