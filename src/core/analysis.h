/* analysis.h — scores, gaps and prioritised recommendations
 *
 * Computed once, here, and read by the window, the report and every export,
 * so that they can never disagree. See docs/METHOD.md for the method in
 * plain words.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "answer.h"
#include "framework.h"

G_BEGIN_DECLS

typedef struct _LacunaStore LacunaStore;

/* What the analysis reads: the frameworks, which of them are in scope, the
 * answers, and how many register instruments back each measure. */
typedef struct {
  LacunaCatalog *catalog;
  GHashTable    *scope;              /* framework id → anything */
  GHashTable    *answers;            /* measure id → LacunaAnswer* */
  GHashTable    *instrument_counts;  /* measure id → GUINT_TO_POINTER (n) */
} LacunaAnalysisInput;

typedef struct {
  double score;           /* 0–100; NAN when no measure can be scored */
  double law_index;       /* the same on the legal-basis dimension alone */
  double practice_index;  /* the same on practice alone */
  double coverage;        /* 0–1: applicable measures fully answered */
  guint  applicable;      /* measures in scope, not marked not applicable */
  guint  answered;        /* of those, with every dimension known */
  guint  data_gaps;       /* measures with a dimension marked unknown */
  guint  critical_gaps;   /* mandatory measures with no legal basis */
  guint  to_reconfirm;    /* answers carried over from a baseline */
} LacunaScore;

typedef struct {
  const LacunaArea *area;
  LacunaScore       score;
} LacunaAreaResult;

typedef struct {
  const LacunaPillar *pillar;
  LacunaScore         score;
  GPtrArray          *areas;       /* LacunaAreaResult* */
} LacunaPillarResult;

typedef struct {
  const LacunaFramework *framework;
  LacunaScore            score;    /* score and indices: mean of the pillars */
  GPtrArray             *pillars;  /* LacunaPillarResult* */
} LacunaFrameworkResult;

typedef enum {
  LACUNA_TIER_URGENT,      /* "urges" */
  LACUNA_TIER_IMPORTANT,   /* "should" */
  LACUNA_TIER_ADVISORY,    /* "invites" */
  LACUNA_N_TIERS
} LacunaTier;

/* The state of one measure, as the analysis sees it. */
typedef struct {
  const LacunaMeasure *measure;
  gboolean             in_scope;
  gboolean             not_applicable;
  gboolean             scored;          /* every applicable dimension known */
  double               score;           /* 0–1 when scored, else NAN */
  double               law;             /* level/3, or NAN */
  double               practice;        /* level/3, or NAN */
  LacunaDimensions     unknown;         /* dimensions marked unknown */
  gboolean             has_gap;         /* a known dimension below full */
  double               gap;             /* 1 − mean of the known dimensions */
  gboolean             critical;
  const LacunaAnswer  *answer;          /* the team's, or NULL: owned by the analysis */
} LacunaMeasureResult;

typedef struct {
  guint                rank;            /* from 1 */
  const LacunaMeasure *measure;
  LacunaTier           tier;
  double               priority;
  double               gap;
  guint                enables_with_gaps;  /* measures with gaps it is a prerequisite of */
  const LacunaAnswer  *answer;          /* the team's answer (owned by the analysis) */
  char                *rationale;       /* why it ranks where it does */
} LacunaRecommendation;

typedef struct {
  const LacunaMeasure *measure;
  LacunaDimensions     dimensions;      /* which dimensions are unknown */
  char                *action;          /* "Establish the facts…" */
} LacunaDataGap;

typedef enum {
  LACUNA_WARNING_ABOVE_PREREQUISITE,
  LACUNA_WARNING_FULL_LAW_WITHOUT_INSTRUMENT,
  LACUNA_WARNING_NOT_APPLICABLE_MANDATORY,
} LacunaWarningKind;

typedef struct {
  LacunaWarningKind    kind;
  const LacunaMeasure *measure;
  const LacunaMeasure *prerequisite;    /* for ABOVE_PREREQUISITE */
  char                *message;
} LacunaWarning;

typedef struct {
  LacunaCatalog *catalog;
  double         overall;          /* mean of the framework scores, 0–100 or NAN */
  GPtrArray     *frameworks;       /* LacunaFrameworkResult*, in scope only */
  GPtrArray     *critical_gaps;    /* const LacunaMeasure* */
  GPtrArray     *recommendations;  /* LacunaRecommendation*, in rank order */
  GPtrArray     *data_gaps;        /* LacunaDataGap* */
  GPtrArray     *warnings;         /* LacunaWarning* */
  GHashTable    *measures;         /* measure → LacunaMeasureResult* */
  LacunaMeasureResult *result_block; /* private: where those results are */
  GHashTable    *answers;          /* measure id → LacunaAnswer*, owned copy */
} LacunaAnalysis;

double                  lacuna_obligation_weight          (LacunaObligation obligation);
const char             *lacuna_tier_to_string             (LacunaTier       tier);
const char             *lacuna_tier_label                 (LacunaTier       tier);
const char             *lacuna_tier_verb                  (LacunaTier       tier);

LacunaAnalysisInput    *lacuna_analysis_input_new         (LacunaCatalog     *catalog);
LacunaAnalysisInput    *lacuna_analysis_input_from_store  (LacunaStore       *store);
void                    lacuna_analysis_input_free        (LacunaAnalysisInput *input);

LacunaAnalysis         *lacuna_analyse                    (const LacunaAnalysisInput *input);
LacunaAnalysis         *lacuna_analyse_take               (LacunaAnalysisInput *input);
LacunaAnalysis         *lacuna_analyse_store              (LacunaStore       *store);
void                    lacuna_analysis_free              (LacunaAnalysis    *analysis);

const LacunaMeasureResult *lacuna_analysis_get_measure    (const LacunaAnalysis *analysis,
                                                           const LacunaMeasure  *measure);
const LacunaPillarResult  *lacuna_analysis_find_pillar    (const LacunaAnalysis *analysis,
                                                           const char           *pillar_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaAnalysisInput, lacuna_analysis_input_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaAnalysis, lacuna_analysis_free)

G_END_DECLS
