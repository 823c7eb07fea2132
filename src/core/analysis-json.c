/* analysis-json.c — the analysis as JSON ("lacuna-cli analyse --json")
 *
 * Scores are numbers from 0 to 100, or null where nothing could be scored.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "analysis-json.h"
#include "export-json.h"

void
lacuna_json_add_number (JsonBuilder *builder,
                        const char  *name,
                        double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    /* Two decimals: enough for people, and stable across machines. */
    json_builder_add_double_value (builder, round (value * 100.0) / 100.0);
}

static void
add_uint (JsonBuilder *builder,
          const char  *name,
          guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_score (JsonBuilder       *builder,
           const LacunaScore *score)
{
  lacuna_json_add_number (builder, "score", score->score);
  lacuna_json_add_number (builder, "law_index", score->law_index);
  lacuna_json_add_number (builder, "practice_index", score->practice_index);
  lacuna_json_add_number (builder, "coverage", isnan (score->coverage) ? NAN : 100.0 * score->coverage);
  add_uint (builder, "applicable", score->applicable);
  add_uint (builder, "answered", score->answered);
  add_uint (builder, "data_gaps", score->data_gaps);
  add_uint (builder, "critical_gaps", score->critical_gaps);
  add_uint (builder, "to_reconfirm", score->to_reconfirm);
}

/* Opens the object of one framework, pillar or area: its id, title and
 * score; the caller adds its parts and closes it. */
static void
begin_scored (JsonBuilder       *builder,
              const char        *id,
              const char        *title,
              const LacunaScore *score)
{
  json_builder_begin_object (builder);
  lacuna_json_add_string_or_null (builder, "id", id);
  lacuna_json_add_string_or_null (builder, "title", title);
  add_score (builder, score);
}

static void
add_frameworks (JsonBuilder          *builder,
                const LacunaAnalysis *analysis)
{
  json_builder_set_member_name (builder, "frameworks");
  json_builder_begin_array (builder);
  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      begin_scored (builder, framework->framework->id, framework->framework->short_title, &framework->score);
      json_builder_set_member_name (builder, "pillars");
      json_builder_begin_array (builder);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);

          begin_scored (builder, pillar->pillar->id, pillar->pillar->title, &pillar->score);
          json_builder_set_member_name (builder, "areas");
          json_builder_begin_array (builder);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaAreaResult *area = g_ptr_array_index (pillar->areas, a);

              begin_scored (builder, area->area->id, area->area->title, &area->score);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_recommendations (JsonBuilder          *builder,
                     const LacunaAnalysis *analysis)
{
  json_builder_set_member_name (builder, "recommendations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < analysis->recommendations->len; i++)
    {
      LacunaRecommendation *recommendation = g_ptr_array_index (analysis->recommendations, i);
      const LacunaMeasure *measure = recommendation->measure;
      g_autofree char *ta_needs = lacuna_ta_needs_to_string (recommendation->answer->ta_needs);

      json_builder_begin_object (builder);
      add_uint (builder, "rank", recommendation->rank);
      lacuna_json_add_string_or_null (builder, "measure_id", measure->id);
      lacuna_json_add_string_or_null (builder, "title", measure->title);
      lacuna_json_add_string_or_null (builder, "framework", lacuna_measure_get_framework (measure)->id);
      lacuna_json_add_string_or_null (builder, "pillar", lacuna_measure_get_pillar (measure)->id);
      lacuna_json_add_string_or_null (builder, "obligation", lacuna_obligation_to_string (measure->obligation));
      lacuna_json_add_string_or_null (builder, "tier", lacuna_tier_to_string (recommendation->tier));
      lacuna_json_add_number (builder, "priority", recommendation->priority);
      lacuna_json_add_number (builder, "gap", recommendation->gap);
      add_uint (builder, "enables_with_gaps", recommendation->enables_with_gaps);
      lacuna_json_add_string_or_null (builder, "rationale", recommendation->rationale);
      lacuna_json_add_string_or_null (builder, "action", measure->recommendation);

      json_builder_set_member_name (builder, "legal_basis");
      json_builder_begin_array (builder);
      for (guint r = 0; r < measure->legal_basis->len; r++)
        {
          g_autofree char *citation = lacuna_legal_ref_format (g_ptr_array_index (measure->legal_basis, r),
                                                               analysis->catalog);
          json_builder_add_string_value (builder, citation);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "tools");
      json_builder_begin_array (builder);
      for (guint t = 0; t < measure->tools->len; t++)
        json_builder_add_string_value (builder, ((LacunaToolRef *) g_ptr_array_index (measure->tools, t))->tool_id);
      json_builder_end_array (builder);

      lacuna_json_add_string_or_null (builder, "responsible", recommendation->answer->responsible);
      lacuna_json_add_string_or_null (builder, "ta_needs", *ta_needs != '\0' ? ta_needs : NULL);
      lacuna_json_add_string_or_null (builder, "timeframe", recommendation->answer->timeframe);
      lacuna_json_add_string_or_null (builder, "urgency", lacuna_urgency_to_string (recommendation->answer->urgency));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
lacuna_analysis_to_json (const LacunaAnalysis *analysis)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  lacuna_json_add_number (builder, "overall", analysis->overall);
  add_frameworks (builder, analysis);

  json_builder_set_member_name (builder, "critical_gaps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < analysis->critical_gaps->len; i++)
    {
      const LacunaMeasure *measure = g_ptr_array_index (analysis->critical_gaps, i);

      json_builder_begin_object (builder);
      lacuna_json_add_string_or_null (builder, "measure_id", measure->id);
      lacuna_json_add_string_or_null (builder, "title", measure->title);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "data_gaps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < analysis->data_gaps->len; i++)
    {
      LacunaDataGap *gap = g_ptr_array_index (analysis->data_gaps, i);
      g_autofree char *dimensions = lacuna_dimensions_to_string (gap->dimensions);

      json_builder_begin_object (builder);
      lacuna_json_add_string_or_null (builder, "measure_id", gap->measure->id);
      lacuna_json_add_string_or_null (builder, "unknown", dimensions);
      lacuna_json_add_string_or_null (builder, "action", gap->action);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < analysis->warnings->len; i++)
    {
      static const char *const kinds[] = { "above-prerequisite", "full-law-without-instrument",
                                           "not-applicable-mandatory" };
      LacunaWarning *warning = g_ptr_array_index (analysis->warnings, i);

      json_builder_begin_object (builder);
      lacuna_json_add_string_or_null (builder, "kind", kinds[warning->kind]);
      lacuna_json_add_string_or_null (builder, "measure_id", warning->measure->id);
      lacuna_json_add_string_or_null (builder, "message", warning->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_recommendations (builder, analysis);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
