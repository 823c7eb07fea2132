/* answer.h — where a country stands on one measure
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How far one dimension (legal basis or practice) is in place. The numeric
 * value of none…full is level/3 in the analysis; unknown is a data gap and
 * is never counted as compliant. */
typedef enum {
  LACUNA_LEVEL_UNANSWERED,
  LACUNA_LEVEL_NONE,
  LACUNA_LEVEL_PARTIAL,
  LACUNA_LEVEL_LARGELY,
  LACUNA_LEVEL_FULL,
  LACUNA_LEVEL_UNKNOWN,
  LACUNA_N_LEVELS
} LacunaLevel;

typedef enum {
  LACUNA_URGENCY_NORMAL,
  LACUNA_URGENCY_LOWER,
  LACUNA_URGENCY_HIGHER,
  LACUNA_N_URGENCIES
} LacunaUrgency;

typedef enum {
  LACUNA_TA_NONE                 = 0,
  LACUNA_TA_LEGISLATIVE_DRAFTING = 1 << 0,
  LACUNA_TA_LEGAL_ADVICE         = 1 << 1,
  LACUNA_TA_TRAINING             = 1 << 2,
  LACUNA_TA_EQUIPMENT            = 1 << 3,
  LACUNA_TA_DATA_SYSTEMS         = 1 << 4,
  LACUNA_TA_COORDINATION         = 1 << 5,
  LACUNA_TA_OTHER                = 1 << 6,
} LacunaTaNeeds;

#define LACUNA_N_TA_NEEDS 7

typedef struct {
  char          *measure_id;
  LacunaLevel    law;              /* legal basis (de jure) */
  LacunaLevel    practice;         /* practice (de facto) */
  gboolean       not_applicable;
  char          *na_reason;        /* required when not_applicable */
  char          *evidence;
  char          *notes;
  char          *responsible;      /* institutions responsible */
  LacunaTaNeeds  ta_needs;
  char          *ta_other;         /* what "other" assistance means */
  LacunaUrgency  urgency;
  char          *urgency_reason;   /* required unless urgency is normal */
  char          *timeframe;
  gboolean       to_reconfirm;     /* carried over from a baseline */
  gboolean       confidential;     /* left out of the public report */
  char          *changed_by;
  char          *changed_at;       /* ISO 8601, UTC */
} LacunaAnswer;

gboolean      lacuna_level_from_string    (const char  *text,
                                           LacunaLevel *out);
const char   *lacuna_level_to_string      (LacunaLevel  level);
const char   *lacuna_level_label          (LacunaLevel  level);
const char   *lacuna_level_describe       (LacunaLevel  level,
                                           gboolean     practice);
int           lacuna_level_value          (LacunaLevel  level);
gboolean      lacuna_level_is_known       (LacunaLevel  level);

gboolean      lacuna_urgency_from_string  (const char    *text,
                                           LacunaUrgency *out);
const char   *lacuna_urgency_to_string    (LacunaUrgency  urgency);

gboolean      lacuna_ta_needs_from_string (const char     *text,
                                           LacunaTaNeeds  *out,
                                           char          **bad_token);
char         *lacuna_ta_needs_to_string   (LacunaTaNeeds   needs);
const char   *lacuna_ta_need_label        (LacunaTaNeeds   need);

LacunaAnswer *lacuna_answer_new           (const char         *measure_id);
LacunaAnswer *lacuna_answer_copy          (const LacunaAnswer *answer);
void          lacuna_answer_free          (LacunaAnswer       *answer);
gboolean      lacuna_answer_equal         (const LacunaAnswer *a,
                                           const LacunaAnswer *b);
gboolean      lacuna_answer_is_empty      (const LacunaAnswer *answer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaAnswer, lacuna_answer_free)

G_END_DECLS
