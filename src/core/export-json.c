/* export-json.c — the whole assessment as one JSON document
 *
 * Everything a file holds except the framework definitions themselves:
 * details, answers, participants, the national register and the history,
 * with their ids, so that an import gives back the same assessment.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "export-json.h"

void
lacuna_json_add_string_or_null (JsonBuilder *builder,
                                const char  *name,
                                const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *name,
             gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_string_list (JsonBuilder *builder,
                 const char  *name,
                 char       **values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

void
lacuna_json_add_details (JsonBuilder                   *builder,
                         const LacunaAssessmentDetails *details)
{
  json_builder_begin_object (builder);
  lacuna_json_add_string_or_null (builder, "uuid", details->uuid);
  lacuna_json_add_string_or_null (builder, "created_at", details->created_at);
  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    lacuna_json_add_string_or_null (builder, lacuna_detail_to_string (i), details->values[i]);
  add_string_list (builder, "frameworks", details->frameworks);
  lacuna_json_add_string_or_null (builder, "baseline_uuid", details->baseline_uuid);
  lacuna_json_add_string_or_null (builder, "baseline_title", details->baseline_title);
  json_builder_end_object (builder);
}

static const char *
level_or_null (LacunaLevel level)
{
  return level == LACUNA_LEVEL_UNANSWERED ? NULL : lacuna_level_to_string (level);
}

void
lacuna_json_add_answer (JsonBuilder        *builder,
                        const LacunaAnswer *answer)
{
  g_autofree char *ta_needs = lacuna_ta_needs_to_string (answer->ta_needs);
  g_auto(GStrv) ta_list = g_strsplit (ta_needs, " ", -1);

  json_builder_begin_object (builder);
  lacuna_json_add_string_or_null (builder, "measure_id", answer->measure_id);
  lacuna_json_add_string_or_null (builder, "law", level_or_null (answer->law));
  lacuna_json_add_string_or_null (builder, "practice", level_or_null (answer->practice));
  add_boolean (builder, "not_applicable", answer->not_applicable);
  lacuna_json_add_string_or_null (builder, "na_reason", answer->na_reason);
  lacuna_json_add_string_or_null (builder, "evidence", answer->evidence);
  lacuna_json_add_string_or_null (builder, "notes", answer->notes);
  lacuna_json_add_string_or_null (builder, "responsible", answer->responsible);
  add_string_list (builder, "ta_needs", *ta_needs != '\0' ? ta_list : NULL);
  lacuna_json_add_string_or_null (builder, "ta_other", answer->ta_other);
  lacuna_json_add_string_or_null (builder, "urgency", lacuna_urgency_to_string (answer->urgency));
  lacuna_json_add_string_or_null (builder, "urgency_reason", answer->urgency_reason);
  lacuna_json_add_string_or_null (builder, "timeframe", answer->timeframe);
  add_boolean (builder, "to_reconfirm", answer->to_reconfirm);
  add_boolean (builder, "confidential", answer->confidential);
  lacuna_json_add_string_or_null (builder, "changed_by", answer->changed_by);
  lacuna_json_add_string_or_null (builder, "changed_at", answer->changed_at);
  json_builder_end_object (builder);
}

void
lacuna_json_add_participant (JsonBuilder             *builder,
                             const LacunaParticipant *participant)
{
  json_builder_begin_object (builder);
  lacuna_json_add_string_or_null (builder, "uuid", participant->uuid);
  lacuna_json_add_string_or_null (builder, "name", participant->name);
  lacuna_json_add_string_or_null (builder, "institution", participant->institution);
  lacuna_json_add_string_or_null (builder, "role", participant->role);
  lacuna_json_add_string_or_null (builder, "contact", participant->contact);
  add_string_list (builder, "pillars", participant->pillars);
  json_builder_end_object (builder);
}

void
lacuna_json_add_instrument (JsonBuilder                    *builder,
                            const LacunaNationalInstrument *instrument)
{
  json_builder_begin_object (builder);
  lacuna_json_add_string_or_null (builder, "uuid", instrument->uuid);
  lacuna_json_add_string_or_null (builder, "type", lacuna_national_instrument_type_to_string (instrument->type));
  lacuna_json_add_string_or_null (builder, "title", instrument->title);
  lacuna_json_add_string_or_null (builder, "article", instrument->article);
  lacuna_json_add_string_or_null (builder, "adopted", instrument->adopted);
  lacuna_json_add_string_or_null (builder, "status", lacuna_instrument_status_to_string (instrument->status));
  lacuna_json_add_string_or_null (builder, "reference", instrument->reference);
  add_boolean (builder, "confidential", instrument->confidential);
  add_string_list (builder, "measures", instrument->measures);
  json_builder_end_object (builder);
}

void
lacuna_json_add_history (JsonBuilder              *builder,
                         const LacunaHistoryEntry *entry)
{
  json_builder_begin_object (builder);
  lacuna_json_add_string_or_null (builder, "uuid", entry->uuid);
  lacuna_json_add_string_or_null (builder, "at", entry->at);
  lacuna_json_add_string_or_null (builder, "by", entry->by);
  lacuna_json_add_string_or_null (builder, "entity", entry->entity);
  lacuna_json_add_string_or_null (builder, "key", entry->key);
  lacuna_json_add_string_or_null (builder, "field", entry->field);
  lacuna_json_add_string_or_null (builder, "old_value", entry->old_value);
  lacuna_json_add_string_or_null (builder, "new_value", entry->new_value);
  json_builder_end_object (builder);
}

JsonNode *
lacuna_export_json (LacunaStore *store)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  g_autoptr(GPtrArray) answers = lacuna_store_list_answers (store);
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (store);
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (store);
  g_autoptr(GPtrArray) history = lacuna_store_list_history (store, NULL, NULL);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));

  json_builder_begin_object (builder);
  lacuna_json_add_string_or_null (builder, "format", LACUNA_JSON_FORMAT);
  json_builder_set_member_name (builder, "format_version");
  json_builder_add_int_value (builder, LACUNA_JSON_FORMAT_VERSION);

  json_builder_set_member_name (builder, "assessment");
  lacuna_json_add_details (builder, details);

  json_builder_set_member_name (builder, "framework_versions");
  json_builder_begin_object (builder);
  for (guint i = 0; i < frameworks->len; i++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, i);
      lacuna_json_add_string_or_null (builder, framework->id, framework->version);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < answers->len; i++)
    lacuna_json_add_answer (builder, g_ptr_array_index (answers, i));
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

  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < history->len; i++)
    lacuna_json_add_history (builder, g_ptr_array_index (history, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
lacuna_json_to_text (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
