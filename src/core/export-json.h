/* export-json.h — the assessment as JSON, for scripts and for exchange
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "store.h"

G_BEGIN_DECLS

/* Identifies Lacuna's exchange documents and their version. */
#define LACUNA_JSON_FORMAT         "lacuna-assessment"
#define LACUNA_JSON_FORMAT_VERSION 1

void      lacuna_json_add_details     (JsonBuilder                    *builder,
                                       const LacunaAssessmentDetails  *details);
void      lacuna_json_add_answer      (JsonBuilder                    *builder,
                                       const LacunaAnswer             *answer);
void      lacuna_json_add_participant (JsonBuilder                    *builder,
                                       const LacunaParticipant        *participant);
void      lacuna_json_add_instrument  (JsonBuilder                    *builder,
                                       const LacunaNationalInstrument *instrument);
void      lacuna_json_add_history     (JsonBuilder                    *builder,
                                       const LacunaHistoryEntry       *entry);
void      lacuna_json_add_string_or_null (JsonBuilder *builder,
                                          const char  *name,
                                          const char  *value);

JsonNode *lacuna_export_json          (LacunaStore                    *store);
char     *lacuna_json_to_text         (JsonNode                       *root);

G_END_DECLS
