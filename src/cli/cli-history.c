/* cli-history.c — "lacuna-cli history": every change, as a timeline
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "export-json.h"

static char *
shorten (const char *value)
{
  if (value == NULL)
    return g_strdup ("∅");
  if (g_utf8_strlen (value, -1) <= 60)
    return g_strdup (value);
  {
    g_autofree char *start = g_utf8_substring (value, 0, 57);
    return g_strconcat (start, "…", NULL);
  }
}

int
lacuna_cli_history (int    argc,
                    char **argv)
{
  gboolean json = FALSE;
  g_autofree char *measure = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    { "measure", 0, 0, G_OPTION_ARG_STRING, &measure, N_("Only the changes to this measure’s answer"), "ID" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GPtrArray) history = NULL;

  if (!lacuna_cli_parse_options ("history", "FILE", N_("List every change to the assessment: who, when, what."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2)
    {
      lacuna_cli_error (_("“history” needs one FILE."));
      return LACUNA_EXIT_USAGE;
    }

  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;
  history = lacuna_store_list_history (store, measure != NULL ? "answer" : NULL, measure);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < history->len; i++)
        lacuna_json_add_history (builder, g_ptr_array_index (history, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      lacuna_cli_print_json (root);
      return LACUNA_EXIT_OK;
    }

  for (guint i = 0; i < history->len; i++)
    {
      LacunaHistoryEntry *entry = g_ptr_array_index (history, i);
      g_autofree char *old_value = shorten (entry->old_value);
      g_autofree char *new_value = shorten (entry->new_value);
      g_autofree char *when = g_strndup (entry->at != NULL ? entry->at : "", 16);
      /* Participants and instruments are keyed by long ids: show a prefix
       * that is enough to tell them apart. */
      g_autofree char *key = g_str_equal (entry->entity, "participant") || g_str_equal (entry->entity, "instrument")
                               ? g_strndup (entry->key, 8) : g_strdup (entry->key);

      if (when[0] != '\0' && when[10] == 'T')
        when[10] = ' ';
      printf ("%s  %-20s %-11s %-14s %-15s %s → %s\n", when, entry->by != NULL ? entry->by : "?",
              entry->entity, key, entry->field, old_value, new_value);
    }
  return LACUNA_EXIT_OK;
}
