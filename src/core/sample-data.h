/* sample-data.h — the content of the built-in sample assessment
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "answer.h"

G_BEGIN_DECLS

typedef struct {
  const char    *measure_id;
  LacunaLevel    law;            /* LACUNA_LEVEL_UNANSWERED where the dimension does not apply */
  LacunaLevel    practice;
  gboolean       not_applicable;
  const char    *na_reason;
  const char    *evidence;
  const char    *notes;          /* may be NULL */
  const char    *responsible;
  LacunaTaNeeds  ta_needs;
  LacunaUrgency  urgency;
  const char    *urgency_reason; /* non-NULL exactly when urgency != LACUNA_URGENCY_NORMAL */
  const char    *timeframe;      /* may be NULL */
  gboolean       confidential;
} LacunaSampleAnswer;

typedef struct {
  const char *type;       /* constitution, law, decree, regulation, action-plan, sop, bilateral-agreement, multilateral-agreement, mou, other */
  const char *title;
  const char *article;    /* may be NULL */
  const char *adopted;    /* YYYY-MM-DD or NULL */
  const char *status;     /* in-force, draft, repealed */
  const char *reference;  /* may be NULL */
  gboolean    confidential;
  const char *measures;   /* space-separated measure ids it supports */
} LacunaSampleInstrument;

typedef struct {
  const char *name;
  const char *institution;
  const char *role;
  const char *contact;
  const char *pillars;    /* space-separated pillar ids, e.g. "TIP-P1 SOM-P1" */
} LacunaSampleParticipant;

extern const LacunaSampleAnswer      lacuna_sample_answers[];
extern const guint                   lacuna_sample_n_answers;
extern const LacunaSampleInstrument  lacuna_sample_instruments[];
extern const guint                   lacuna_sample_n_instruments;
extern const LacunaSampleParticipant lacuna_sample_participants[];
extern const guint                   lacuna_sample_n_participants;

G_END_DECLS
