/* cli-show.c — "lacuna-cli show": the assessment, measure by measure
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "export-json.h"

static const char *
answer_summary (const LacunaAnswer *answer,
                LacunaDimensions    dimensions,
                gboolean            practice)
{
  if (answer->not_applicable)
    return _("n/a");
  if (!(dimensions & (practice ? LACUNA_DIMENSION_PRACTICE : LACUNA_DIMENSION_LEGAL_BASIS)))
    return "—";
  return practice ? lacuna_level_to_string (answer->practice) : lacuna_level_to_string (answer->law);
}

static void
print_text (LacunaStore *store)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));

  printf ("%s\n", details->values[LACUNA_DETAIL_TITLE]);
  printf ("  %s: %s (%s)\n", _("Country"), details->values[LACUNA_DETAIL_COUNTRY_NAME],
          details->values[LACUNA_DETAIL_COUNTRY_CODE]);
  if (details->values[LACUNA_DETAIL_LEAD_INSTITUTION] != NULL)
    printf ("  %s: %s\n", _("Lead institution"), details->values[LACUNA_DETAIL_LEAD_INSTITUTION]);
  if (details->values[LACUNA_DETAIL_PERIOD_START] != NULL || details->values[LACUNA_DETAIL_PERIOD_END] != NULL)
    printf ("  %s: %s – %s\n", _("Period"),
            details->values[LACUNA_DETAIL_PERIOD_START] ? details->values[LACUNA_DETAIL_PERIOD_START] : "…",
            details->values[LACUNA_DETAIL_PERIOD_END] ? details->values[LACUNA_DETAIL_PERIOD_END] : "…");
  printf ("  %s: %s\n", _("Status"), details->values[LACUNA_DETAIL_EXERCISE_STATUS]);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      if (!lacuna_store_has_framework (store, framework->id))
        continue;
      printf ("\n%s (%s %s)\n", framework->short_title, framework->id, framework->version);
      printf ("  %-10s %-12s %-12s %s\n", _("Measure"), _("Law"), _("Practice"), _("Title"));
      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure->id);

          printf ("  %-10s %-12s %-12s %s%s\n", measure->id,
                  answer_summary (answer, measure->dimensions, FALSE),
                  answer_summary (answer, measure->dimensions, TRUE),
                  measure->title, answer->to_reconfirm ? _(" (to re-confirm)") : "");
        }
    }
}

static JsonNode *
build_json (LacunaStore *store)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (store);
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (store);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "details");
  lacuna_json_add_details (builder, details);
  json_builder_set_member_name (builder, "read_only");
  json_builder_add_boolean_value (builder, lacuna_store_is_read_only (store));

  json_builder_set_member_name (builder, "measures");
  json_builder_begin_array (builder);
  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      if (!lacuna_store_has_framework (store, framework->id))
        continue;
      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure->id);
          g_autoptr(GPtrArray) linked = lacuna_store_list_instruments_for (store, measure->id);
          g_autofree char *dimensions = lacuna_dimensions_to_string (measure->dimensions);
          g_autofree char *ta_needs = lacuna_ta_needs_to_string (answer->ta_needs);

          json_builder_begin_object (builder);
          lacuna_json_add_string_or_null (builder, "id", measure->id);
          lacuna_json_add_string_or_null (builder, "framework", framework->id);
          lacuna_json_add_string_or_null (builder, "pillar", lacuna_measure_get_pillar (measure)->id);
          lacuna_json_add_string_or_null (builder, "area", measure->area->id);
          lacuna_json_add_string_or_null (builder, "title", measure->title);
          lacuna_json_add_string_or_null (builder, "obligation", lacuna_obligation_to_string (measure->obligation));
          lacuna_json_add_string_or_null (builder, "dimensions", dimensions);
          lacuna_json_add_string_or_null (builder, "law",
                                          answer->law == LACUNA_LEVEL_UNANSWERED ? NULL : lacuna_level_to_string (answer->law));
          lacuna_json_add_string_or_null (builder, "practice",
                                          answer->practice == LACUNA_LEVEL_UNANSWERED ? NULL : lacuna_level_to_string (answer->practice));
          json_builder_set_member_name (builder, "not_applicable");
          json_builder_add_boolean_value (builder, answer->not_applicable);
          lacuna_json_add_string_or_null (builder, "na_reason", answer->na_reason);
          lacuna_json_add_string_or_null (builder, "evidence", answer->evidence);
          lacuna_json_add_string_or_null (builder, "notes", answer->notes);
          lacuna_json_add_string_or_null (builder, "responsible", answer->responsible);
          lacuna_json_add_string_or_null (builder, "ta_needs", *ta_needs != '\0' ? ta_needs : NULL);
          lacuna_json_add_string_or_null (builder, "urgency", lacuna_urgency_to_string (answer->urgency));
          lacuna_json_add_string_or_null (builder, "urgency_reason", answer->urgency_reason);
          lacuna_json_add_string_or_null (builder, "timeframe", answer->timeframe);
          json_builder_set_member_name (builder, "to_reconfirm");
          json_builder_add_boolean_value (builder, answer->to_reconfirm);
          json_builder_set_member_name (builder, "confidential");
          json_builder_add_boolean_value (builder, answer->confidential);
          lacuna_json_add_string_or_null (builder, "changed_by", answer->changed_by);
          lacuna_json_add_string_or_null (builder, "changed_at", answer->changed_at);
          json_builder_set_member_name (builder, "instruments");
          json_builder_begin_array (builder);
          for (guint i = 0; i < linked->len; i++)
            json_builder_add_string_value (builder, ((LacunaNationalInstrument *) g_ptr_array_index (linked, i))->uuid);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "participants");
  json_builder_begin_array (builder);
  for (guint i = 0; i < participants->len; i++)
    lacuna_json_add_participant (builder, g_ptr_array_index (participants, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "instruments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < instruments->len; i++)
    lacuna_json_add_instrument (builder, g_ptr_array_index (instruments, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

int
lacuna_cli_show (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;

  if (!lacuna_cli_parse_options ("show", "FILE", N_("Show the assessment’s details and every measure with its answer."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 2)
    {
      lacuna_cli_error (_("“show” needs one FILE."));
      return LACUNA_EXIT_USAGE;
    }

  store = lacuna_cli_open_store (argv[1], TRUE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  if (json)
    {
      g_autoptr(JsonNode) root = build_json (store);
      lacuna_cli_print_json (root);
    }
  else
    print_text (store);
  return LACUNA_EXIT_OK;
}
