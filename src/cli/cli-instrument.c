/* cli-instrument.c — "lacuna-cli instrument": the national register
 *
 *   instrument add FILE --type T --title T [...] [--measure ID]...
 *   instrument list FILE [--measure ID] [--json]
 *   instrument link FILE UUID MEASURE... [--unlink]
 *   instrument remove FILE UUID
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "export-json.h"

/* Accepts a unique prefix of an instrument's id, as shown by "list". */
static char *
resolve_uuid (LacunaStore *store,
              const char  *prefix)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (store);
  char *found = NULL;

  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);

      if (!g_str_has_prefix (instrument->uuid, prefix))
        continue;
      if (found != NULL)
        {
          g_free (found);
          lacuna_cli_error (_("“%s” matches several instruments; give more of its id."), prefix);
          return NULL;
        }
      found = g_strdup (instrument->uuid);
    }
  if (found == NULL)
    lacuna_cli_error (_("There is no instrument “%s” in the register; “lacuna-cli instrument list” shows them."), prefix);
  return found;
}

static int
instrument_add (int    argc,
                char **argv)
{
  g_autofree char *type = NULL, *title = NULL, *article = NULL, *adopted = NULL, *status = NULL;
  g_autofree char *reference = NULL, *by = NULL;
  g_auto(GStrv) measures = NULL;
  gboolean confidential = FALSE;
  GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type,
      N_("constitution, law, decree, regulation, action-plan, sop, bilateral-agreement, multilateral-agreement, mou, other"), "TYPE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title (required)"), "TITLE" },
    { "article", 0, 0, G_OPTION_ARG_STRING, &article, N_("Article or section"), "TEXT" },
    { "adopted", 0, 0, G_OPTION_ARG_STRING, &adopted, N_("Date of adoption"), "YYYY-MM-DD" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("in-force (default), draft or repealed"), "STATUS" },
    { "reference", 0, 0, G_OPTION_ARG_STRING, &reference, N_("Official reference or link"), "TEXT" },
    { "measure", 0, 0, G_OPTION_ARG_STRING_ARRAY, &measures, N_("A measure it supports (repeat)"), "ID" },
    { "confidential", 0, 0, G_OPTION_ARG_NONE, &confidential, N_("Leave it out of the public report"), NULL },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who makes the change (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaNationalInstrument) instrument = lacuna_national_instrument_new ();
  g_autoptr(GError) error = NULL;

  if (!lacuna_cli_parse_options ("instrument add", "FILE --type TYPE --title TITLE",
                                 N_("Add a law, plan or agreement to the national register."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2 || title == NULL)
    {
      lacuna_cli_error (_("“instrument add” needs a FILE and --title."));
      return LACUNA_EXIT_USAGE;
    }
  if (!lacuna_national_instrument_type_from_string (type != NULL ? type : "law", &instrument->type))
    {
      lacuna_cli_error (_("--type: “%s” is not a type of instrument."), type);
      return LACUNA_EXIT_USAGE;
    }
  if (!lacuna_instrument_status_from_string (status != NULL ? status : "in-force", &instrument->status))
    {
      lacuna_cli_error (_("--status: write in-force, draft or repealed, not “%s”."), status);
      return LACUNA_EXIT_USAGE;
    }

  store = lacuna_cli_open_store (argv[1], FALSE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  instrument->title = g_steal_pointer (&title);
  instrument->article = g_steal_pointer (&article);
  instrument->adopted = g_steal_pointer (&adopted);
  instrument->reference = g_steal_pointer (&reference);
  instrument->confidential = confidential;
  if (measures != NULL)
    {
      g_strfreev (instrument->measures);
      instrument->measures = g_steal_pointer (&measures);
    }
  if (!lacuna_store_save_instrument (store, instrument, by != NULL ? by : lacuna_cli_default_author (), &error))
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  printf ("%s\n", instrument->uuid);
  return LACUNA_EXIT_OK;
}

static int
instrument_list (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  g_autofree char *measure = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    { "measure", 0, 0, G_OPTION_ARG_STRING, &measure, N_("Only the instruments linked to this measure"), "ID" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GPtrArray) instruments = NULL;

  if (!lacuna_cli_parse_options ("instrument list", "FILE", N_("List the national register."), entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2)
    {
      lacuna_cli_error (_("“instrument list” needs one FILE."));
      return LACUNA_EXIT_USAGE;
    }
  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;
  instruments = measure != NULL ? lacuna_store_list_instruments_for (store, measure) : lacuna_store_list_instruments (store);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < instruments->len; i++)
        lacuna_json_add_instrument (builder, g_ptr_array_index (instruments, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      lacuna_cli_print_json (root);
      return LACUNA_EXIT_OK;
    }

  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);
      g_autofree char *short_id = g_strndup (instrument->uuid, 8);
      g_autofree char *measures = g_strjoinv (", ", instrument->measures);

      printf ("%s  %-22s %-9s %s%s%s\n", short_id, lacuna_national_instrument_type_to_string (instrument->type),
              lacuna_instrument_status_to_string (instrument->status), instrument->title,
              instrument->article != NULL ? ", " : "", instrument->article != NULL ? instrument->article : "");
      if (*measures != '\0')
        printf ("          %s %s\n", _("supports"), measures);
    }
  return LACUNA_EXIT_OK;
}

static int
instrument_link (int    argc,
                 char **argv)
{
  gboolean unlink = FALSE;
  g_autofree char *by = NULL;
  GOptionEntry entries[] = {
    { "unlink", 0, 0, G_OPTION_ARG_NONE, &unlink, N_("Remove the links instead"), NULL },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who makes the change (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autofree char *uuid = NULL;

  if (!lacuna_cli_parse_options ("instrument link", "FILE INSTRUMENT MEASURE…",
                                 N_("Record that an instrument supports measures (or no longer does, with --unlink)."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc < 4)
    {
      lacuna_cli_error (_("“instrument link” needs a FILE, an INSTRUMENT id and at least one MEASURE."));
      return LACUNA_EXIT_USAGE;
    }
  store = lacuna_cli_open_store (argv[1], FALSE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;
  uuid = resolve_uuid (store, argv[2]);
  if (uuid == NULL)
    return LACUNA_EXIT_FAILURE;

  for (int i = 3; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      if (!lacuna_store_link_instrument (store, uuid, argv[i], !unlink, by != NULL ? by : lacuna_cli_default_author (),
                                         &error))
        {
          lacuna_cli_error ("%s", error->message);
          return LACUNA_EXIT_FAILURE;
        }
    }
  return LACUNA_EXIT_OK;
}

static int
instrument_remove (int    argc,
                   char **argv)
{
  g_autofree char *by = NULL;
  GOptionEntry entries[] = {
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who makes the change (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  if (!lacuna_cli_parse_options ("instrument remove", "FILE INSTRUMENT", N_("Remove an instrument from the register."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 3)
    {
      lacuna_cli_error (_("“instrument remove” needs a FILE and an INSTRUMENT id."));
      return LACUNA_EXIT_USAGE;
    }
  store = lacuna_cli_open_store (argv[1], FALSE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;
  uuid = resolve_uuid (store, argv[2]);
  if (uuid == NULL)
    return LACUNA_EXIT_FAILURE;
  if (!lacuna_store_remove_instrument (store, uuid, by != NULL ? by : lacuna_cli_default_author (), &error))
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  return LACUNA_EXIT_OK;
}

int
lacuna_cli_instrument (int    argc,
                       char **argv)
{
  static const struct {
    const char   *name;
    LacunaCliRun  run;
  } actions[] = {
    { "add", instrument_add },
    { "list", instrument_list },
    { "link", instrument_link },
    { "remove", instrument_remove },
  };

  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      if (g_str_equal (argv[1], actions[i].name))
        return actions[i].run (argc - 1, argv + 1);

  lacuna_cli_error (_("Use “instrument add”, “instrument list”, “instrument link” or “instrument remove”."));
  return argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")) ? LACUNA_EXIT_OK : LACUNA_EXIT_USAGE;
}
