/* cli-participant.c — "lacuna-cli participant": who took part
 *
 *   participant add FILE --name NAME [--institution I] [--role R] [--contact C] [--pillar ID]...
 *   participant list FILE [--json]
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "export-json.h"

static int
participant_add (int    argc,
                 char **argv)
{
  g_autofree char *name = NULL, *institution = NULL, *role = NULL, *contact = NULL, *by = NULL;
  g_auto(GStrv) pillars = NULL;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Name (required)"), "NAME" },
    { "institution", 0, 0, G_OPTION_ARG_STRING, &institution, N_("Institution"), "NAME" },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_("Role in the assessment"), "TEXT" },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact, N_("E-mail or telephone"), "TEXT" },
    { "pillar", 0, 0, G_OPTION_ARG_STRING_ARRAY, &pillars, N_("A pillar they contributed to (repeat)"), "ID" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who makes the change (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaParticipant) participant = lacuna_participant_new ();
  g_autoptr(GError) error = NULL;

  if (!lacuna_cli_parse_options ("participant add", "FILE --name NAME", N_("Add a participant."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2 || name == NULL)
    {
      lacuna_cli_error (_("“participant add” needs a FILE and --name."));
      return LACUNA_EXIT_USAGE;
    }
  store = lacuna_cli_open_store (argv[1], FALSE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  participant->name = g_steal_pointer (&name);
  participant->institution = g_steal_pointer (&institution);
  participant->role = g_steal_pointer (&role);
  participant->contact = g_steal_pointer (&contact);
  if (pillars != NULL)
    {
      g_strfreev (participant->pillars);
      participant->pillars = g_steal_pointer (&pillars);
    }
  if (!lacuna_store_save_participant (store, participant, by != NULL ? by : lacuna_cli_default_author (), &error))
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  printf ("%s\n", participant->uuid);
  return LACUNA_EXIT_OK;
}

static int
participant_list (int    argc,
                  char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GPtrArray) participants = NULL;

  if (!lacuna_cli_parse_options ("participant list", "FILE", N_("List the participants."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2)
    {
      lacuna_cli_error (_("“participant list” needs one FILE."));
      return LACUNA_EXIT_USAGE;
    }
  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;
  participants = lacuna_store_list_participants (store);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < participants->len; i++)
        lacuna_json_add_participant (builder, g_ptr_array_index (participants, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      lacuna_cli_print_json (root);
      return LACUNA_EXIT_OK;
    }
  for (guint i = 0; i < participants->len; i++)
    {
      LacunaParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *pillars = g_strjoinv (" ", participant->pillars);

      printf ("%-28s %-40s %s\n", participant->name, participant->institution != NULL ? participant->institution : "",
              pillars);
    }
  return LACUNA_EXIT_OK;
}

int
lacuna_cli_participant (int    argc,
                        char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return participant_add (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return participant_list (argc - 1, argv + 1);
  lacuna_cli_error (_("Use “participant add” or “participant list”."));
  return LACUNA_EXIT_USAGE;
}
