/* cli-frameworks.c — "lacuna-cli frameworks": what is installed
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "framework-loader.h"

static void
count_obligations (LacunaFramework *framework,
                   guint            counts[LACUNA_N_OBLIGATIONS])
{
  for (guint i = 0; i < LACUNA_N_OBLIGATIONS; i++)
    counts[i] = 0;
  for (guint i = 0; i < framework->measures->len; i++)
    counts[((LacunaMeasure *) g_ptr_array_index (framework->measures, i))->obligation]++;
}

static JsonNode *
build_json (LacunaCatalog *catalog)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  json_builder_begin_array (builder);
  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      guint counts[LACUNA_N_OBLIGATIONS];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, framework->id);
      json_builder_set_member_name (builder, "version");
      json_builder_add_string_value (builder, framework->version);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, framework->title);
      json_builder_set_member_name (builder, "short_title");
      json_builder_add_string_value (builder, framework->short_title);
      json_builder_set_member_name (builder, "publisher");
      json_builder_add_string_value (builder, framework->publisher);
      json_builder_set_member_name (builder, "year");
      json_builder_add_string_value (builder, framework->year);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, framework->file);
      json_builder_set_member_name (builder, "measure_count");
      json_builder_add_int_value (builder, framework->measures->len);

      json_builder_set_member_name (builder, "pillars");
      json_builder_begin_array (builder);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, pillar->id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, pillar->title);
          json_builder_set_member_name (builder, "measure_count");
          json_builder_add_int_value (builder, lacuna_pillar_count_measures (pillar));
          json_builder_set_member_name (builder, "areas");
          json_builder_begin_array (builder);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaArea *area = g_ptr_array_index (pillar->areas, a);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "id");
              json_builder_add_string_value (builder, area->id);
              json_builder_set_member_name (builder, "title");
              json_builder_add_string_value (builder, area->title);
              json_builder_set_member_name (builder, "measure_count");
              json_builder_add_int_value (builder, area->measures->len);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      count_obligations (framework, counts);
      json_builder_set_member_name (builder, "obligation_counts");
      json_builder_begin_object (builder);
      for (guint i = 0; i < LACUNA_N_OBLIGATIONS; i++)
        {
          json_builder_set_member_name (builder, lacuna_obligation_to_string (i));
          json_builder_add_int_value (builder, counts[i]);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

static void
print_text (LacunaCatalog *catalog)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      guint counts[LACUNA_N_OBLIGATIONS];

      if (f > 0)
        printf ("\n");
      printf ("%s (%s), %s %s\n", framework->short_title, framework->id, _("version"), framework->version);
      printf ("  %s\n", framework->title);
      printf ("  %s, %s — ", framework->publisher, framework->year);
      printf (g_dngettext (GETTEXT_PACKAGE, "%u measure in", "%u measures in", framework->measures->len),
              framework->measures->len);
      printf (" ");
      printf (g_dngettext (GETTEXT_PACKAGE, "%u pillar", "%u pillars", framework->pillars->len),
              framework->pillars->len);
      printf ("\n\n  %s\n", _("Measures by pillar:"));
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);
          printf ("    %-8s %-48s %3u\n", pillar->id, pillar->title, lacuna_pillar_count_measures (pillar));
        }
      printf ("\n  %s\n", _("Measures by obligation level:"));
      count_obligations (framework, counts);
      for (guint i = 0; i < LACUNA_N_OBLIGATIONS; i++)
        printf ("    %-21s %-36s %3u\n", lacuna_obligation_to_string (i), lacuna_obligation_label (i), counts[i]);
    }
}

int
lacuna_cli_frameworks (int    argc,
                       char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  if (!lacuna_cli_parse_options ("frameworks", "", N_("List the installed Frameworks for Action, with their measure counts per pillar and per obligation level."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc > 1)
    {
      lacuna_cli_error (_("“frameworks” takes no arguments."));
      return LACUNA_EXIT_USAGE;
    }

  catalog = lacuna_catalog_load_default (&error);
  if (catalog == NULL)
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr(JsonNode) root = build_json (catalog);
      lacuna_cli_print_json (root);
    }
  else
    print_text (catalog);

  return LACUNA_EXIT_OK;
}
