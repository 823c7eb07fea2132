/* analysis.c — scoring: from answers to measure, area, pillar, framework
 * and overall scores
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include "i18n-private.h"

#include "analysis-private.h"
#include "store.h"

/* Weights by obligation level (domain specification §2.2): a treaty duty
 * counts more than good practice. */
double
lacuna_obligation_weight (LacunaObligation obligation)
{
  switch (obligation)
    {
    case LACUNA_OBLIGATION_MANDATORY:
      return 3.0;
    case LACUNA_OBLIGATION_MANDATORY_QUALIFIED:
      return 2.5;
    case LACUNA_OBLIGATION_CONSIDER:
      return 2.0;
    case LACUNA_OBLIGATION_GOOD_PRACTICE_CORE:
      return 1.75;
    case LACUNA_OBLIGATION_OPTIONAL:
    case LACUNA_OBLIGATION_GOOD_PRACTICE:
      return 1.0;
    case LACUNA_N_OBLIGATIONS:
    default:
      g_return_val_if_reached (0.0);
    }
}

const char *
lacuna_tier_to_string (LacunaTier tier)
{
  static const char *const names[LACUNA_N_TIERS] = { "urgent", "important", "advisory" };

  g_return_val_if_fail (tier < LACUNA_N_TIERS, NULL);
  return names[tier];
}

const char *
lacuna_tier_label (LacunaTier tier)
{
  switch (tier)
    {
    case LACUNA_TIER_URGENT:
      return _("Urgent");
    case LACUNA_TIER_IMPORTANT:
      return _("Important");
    case LACUNA_TIER_ADVISORY:
      return _("Advisory");
    case LACUNA_N_TIERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The verbs treaty bodies use, GRETA among them. */
const char *
lacuna_tier_verb (LacunaTier tier)
{
  switch (tier)
    {
    case LACUNA_TIER_URGENT:
      return C_("recommendation strength", "urges");
    case LACUNA_TIER_IMPORTANT:
      return C_("recommendation strength", "should");
    case LACUNA_TIER_ADVISORY:
      return C_("recommendation strength", "invites");
    case LACUNA_N_TIERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

LacunaAnalysisInput *
lacuna_analysis_input_new (LacunaCatalog *catalog)
{
  LacunaAnalysisInput *input = g_new0 (LacunaAnalysisInput, 1);

  input->catalog = lacuna_catalog_ref (catalog);
  input->scope = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  input->answers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) lacuna_answer_free);
  input->instrument_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return input;
}

void
lacuna_analysis_input_free (LacunaAnalysisInput *input)
{
  if (input == NULL)
    return;
  lacuna_catalog_unref (input->catalog);
  g_hash_table_unref (input->scope);
  g_hash_table_unref (input->answers);
  g_hash_table_unref (input->instrument_counts);
  g_free (input);
}

LacunaAnalysisInput *
lacuna_analysis_input_from_store (LacunaStore *store)
{
  LacunaAnalysisInput *input = lacuna_analysis_input_new (lacuna_store_get_catalog (store));
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  g_autoptr(GPtrArray) answers = lacuna_store_list_answers (store);
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (store);

  for (guint i = 0; details->frameworks[i] != NULL; i++)
    g_hash_table_add (input->scope, g_strdup (details->frameworks[i]));
  /* The input takes the answers over. */
  g_ptr_array_set_free_func (answers, NULL);
  for (guint i = 0; i < answers->len; i++)
    {
      LacunaAnswer *answer = g_ptr_array_index (answers, i);
      g_hash_table_replace (input->answers, answer->measure_id, answer);
    }
  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);

      for (guint m = 0; instrument->measures[m] != NULL; m++)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (input->instrument_counts, instrument->measures[m]));
          g_hash_table_replace (input->instrument_counts, g_strdup (instrument->measures[m]),
                                GUINT_TO_POINTER (count + 1));
        }
    }
  return input;
}

static double
level_value (LacunaLevel level)
{
  int value = lacuna_level_value (level);

  return value >= 0 ? value / 3.0 : NAN;
}

static void
evaluate_measure (LacunaMeasureResult       *result,
                  const LacunaMeasure       *measure,
                  const LacunaAnswer        *answer,
                  gboolean                   in_scope)
{
  gboolean law_applies = (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) != 0;
  gboolean practice_applies = (measure->dimensions & LACUNA_DIMENSION_PRACTICE) != 0;
  double sum = 0.0;
  guint known = 0, applicable = 0;

  result->measure = measure;
  result->in_scope = in_scope;
  result->score = result->law = result->practice = result->gap = NAN;
  if (answer == NULL)
    return;

  result->not_applicable = answer->not_applicable;
  if (answer->not_applicable)
    return;

  if (law_applies)
    {
      applicable++;
      result->law = level_value (answer->law);
      if (answer->law == LACUNA_LEVEL_UNKNOWN)
        result->unknown |= LACUNA_DIMENSION_LEGAL_BASIS;
      if (!isnan (result->law))
        {
          sum += result->law;
          known++;
          result->has_gap |= answer->law != LACUNA_LEVEL_FULL;
        }
    }
  if (practice_applies)
    {
      applicable++;
      result->practice = level_value (answer->practice);
      if (answer->practice == LACUNA_LEVEL_UNKNOWN)
        result->unknown |= LACUNA_DIMENSION_PRACTICE;
      if (!isnan (result->practice))
        {
          sum += result->practice;
          known++;
          result->has_gap |= answer->practice != LACUNA_LEVEL_FULL;
        }
    }

  if (known > 0)
    result->gap = 1.0 - sum / known;
  result->scored = known == applicable && applicable > 0;
  if (result->scored)
    result->score = sum / known;
  result->critical = measure->obligation == LACUNA_OBLIGATION_MANDATORY && law_applies &&
                     answer->law == LACUNA_LEVEL_NONE;
}

/* Weighted sums over measures, for an area or a pillar. */
typedef struct {
  double score_sum, score_weight;
  double law_sum, law_weight;
  double practice_sum, practice_weight;
  LacunaScore counts;
} Accumulator;

static void
accumulate (Accumulator               *acc,
            const LacunaMeasureResult *result,
            const LacunaAnswer        *answer)
{
  double weight = lacuna_obligation_weight (result->measure->obligation);

  if (result->not_applicable)
    return;
  acc->counts.applicable++;
  if (result->scored)
    {
      acc->counts.answered++;
      acc->score_sum += weight * result->score;
      acc->score_weight += weight;
    }
  if (!isnan (result->law))
    {
      acc->law_sum += weight * result->law;
      acc->law_weight += weight;
    }
  if (!isnan (result->practice))
    {
      acc->practice_sum += weight * result->practice;
      acc->practice_weight += weight;
    }
  acc->counts.data_gaps += result->unknown != 0;
  acc->counts.critical_gaps += result->critical;
  acc->counts.to_reconfirm += answer != NULL && answer->to_reconfirm;
}

static LacunaScore
finish (const Accumulator *acc)
{
  LacunaScore score = acc->counts;

  score.score = acc->score_weight > 0 ? 100.0 * acc->score_sum / acc->score_weight : NAN;
  score.law_index = acc->law_weight > 0 ? 100.0 * acc->law_sum / acc->law_weight : NAN;
  score.practice_index = acc->practice_weight > 0 ? 100.0 * acc->practice_sum / acc->practice_weight : NAN;
  score.coverage = score.applicable > 0 ? (double) score.answered / score.applicable : NAN;
  return score;
}

/* Mean of the values that exist; NAN when none does. */
typedef struct {
  double sum;
  guint  count;
} Mean;

static void
mean_add (Mean   *mean,
          double  value)
{
  if (!isnan (value))
    {
      mean->sum += value;
      mean->count++;
    }
}

static double
mean_value (const Mean *mean)
{
  return mean->count > 0 ? mean->sum / mean->count : NAN;
}

static void
area_result_free (LacunaAreaResult *result)
{
  g_free (result);
}

static void
pillar_result_free (LacunaPillarResult *result)
{
  g_ptr_array_unref (result->areas);
  g_free (result);
}

static void
framework_result_free (LacunaFrameworkResult *result)
{
  g_ptr_array_unref (result->pillars);
  g_free (result);
}

static LacunaFrameworkResult *
score_framework (LacunaAnalysis            *analysis,
                 const LacunaFramework     *framework)
{
  LacunaFrameworkResult *result = g_new0 (LacunaFrameworkResult, 1);
  Mean score = { 0 }, law = { 0 }, practice = { 0 };
  Accumulator whole = { 0 };

  result->framework = framework;
  result->pillars = g_ptr_array_new_with_free_func ((GDestroyNotify) pillar_result_free);

  for (guint p = 0; p < framework->pillars->len; p++)
    {
      const LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);
      LacunaPillarResult *pillar_result = g_new0 (LacunaPillarResult, 1);
      Accumulator pillar_acc = { 0 };

      pillar_result->pillar = pillar;
      pillar_result->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) area_result_free);
      for (guint a = 0; a < pillar->areas->len; a++)
        {
          const LacunaArea *area = g_ptr_array_index (pillar->areas, a);
          LacunaAreaResult *area_result = g_new0 (LacunaAreaResult, 1);
          Accumulator area_acc = { 0 };

          for (guint m = 0; m < area->measures->len; m++)
            {
              const LacunaMeasure *measure = g_ptr_array_index (area->measures, m);
              const LacunaMeasureResult *measure_result = g_hash_table_lookup (analysis->measures, measure);
              const LacunaAnswer *answer = g_hash_table_lookup (analysis->answers, measure->id);

              accumulate (&area_acc, measure_result, answer);
              accumulate (&pillar_acc, measure_result, answer);
              accumulate (&whole, measure_result, answer);
            }
          area_result->area = area;
          area_result->score = finish (&area_acc);
          g_ptr_array_add (pillar_result->areas, area_result);
        }
      pillar_result->score = finish (&pillar_acc);
      mean_add (&score, pillar_result->score.score);
      mean_add (&law, pillar_result->score.law_index);
      mean_add (&practice, pillar_result->score.practice_index);
      g_ptr_array_add (result->pillars, pillar_result);
    }

  /* Each pillar counts equally in the framework's score; the counts are
   * those of all its measures. */
  result->score = finish (&whole);
  result->score.score = mean_value (&score);
  result->score.law_index = mean_value (&law);
  result->score.practice_index = mean_value (&practice);
  return result;
}

/* answers: the analysis's own, measure id → LacunaAnswer*; taken. */
static LacunaAnalysis *
analyse (const LacunaAnalysisInput *input,
         GHashTable                *answers)
{
  LacunaAnalysis *analysis = g_new0 (LacunaAnalysis, 1);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (input->catalog);
  Mean overall = { 0 };
  LacunaMeasureResult *next_result;
  gsize measure_count = 0;

  analysis->catalog = lacuna_catalog_ref (input->catalog);
  analysis->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify) framework_result_free);
  analysis->critical_gaps = g_ptr_array_new ();
  analysis->measures = g_hash_table_new (NULL, NULL);
  /* One block, in catalogue order, as the scores and the ranking read
   * them: thousands of separate results were scattered over the heap. */
  for (guint f = 0; f < frameworks->len; f++)
    measure_count += ((const LacunaFramework *) g_ptr_array_index (frameworks, f))->measures->len;
  analysis->result_block = g_new0 (LacunaMeasureResult, MAX (measure_count, 1));
  next_result = analysis->result_block;
  analysis->answers = answers;

  for (guint f = 0; f < frameworks->len; f++)
    {
      const LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      gboolean in_scope = g_hash_table_contains (input->scope, framework->id);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          const LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          LacunaMeasureResult *result = next_result++;

          result->answer = g_hash_table_lookup (analysis->answers, measure->id);
          evaluate_measure (result, measure, result->answer, in_scope);
          g_hash_table_insert (analysis->measures, (gpointer) measure, result);
          if (in_scope && result->critical)
            g_ptr_array_add (analysis->critical_gaps, (gpointer) measure);
        }
      if (in_scope)
        {
          LacunaFrameworkResult *result = score_framework (analysis, framework);
          mean_add (&overall, result->score.score);
          g_ptr_array_add (analysis->frameworks, result);
        }
    }
  analysis->overall = mean_value (&overall);

  lacuna_analysis_recommend (analysis, input);
  return analysis;
}

/* The analysis keeps its own copy of the answers, so that its results
 * stay valid whatever the caller does with the input afterwards. */
LacunaAnalysis *
lacuna_analyse (const LacunaAnalysisInput *input)
{
  GHashTable *answers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) lacuna_answer_free);
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (input != NULL, NULL);

  g_hash_table_iter_init (&iter, input->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      LacunaAnswer *copy = lacuna_answer_copy (value);
      g_hash_table_replace (answers, copy->measure_id, copy);
    }
  return analyse (input, answers);
}

/* An input made for one analysis need not be copied: with long notes and
 * evidence, copying them was most of the analysis's traffic to memory
 * (and all of its growth beyond linear) at 5,000 measures. */
LacunaAnalysis *
lacuna_analyse_take (LacunaAnalysisInput *input)
{
  g_autoptr(LacunaAnalysisInput) taken = input;

  g_return_val_if_fail (input != NULL, NULL);

  return analyse (taken, g_hash_table_ref (taken->answers));
}

LacunaAnalysis *
lacuna_analyse_store (LacunaStore *store)
{
  return lacuna_analyse_take (lacuna_analysis_input_from_store (store));
}

static void
recommendation_free (LacunaRecommendation *recommendation)
{
  g_free (recommendation->rationale);
  g_free (recommendation);
}

static void
data_gap_free (LacunaDataGap *gap)
{
  g_free (gap->action);
  g_free (gap);
}

static void
warning_free (LacunaWarning *warning)
{
  g_free (warning->message);
  g_free (warning);
}

void
lacuna_analysis_free (LacunaAnalysis *analysis)
{
  if (analysis == NULL)
    return;
  g_ptr_array_unref (analysis->frameworks);
  g_ptr_array_unref (analysis->critical_gaps);
  if (analysis->recommendations != NULL)
    {
      g_ptr_array_set_free_func (analysis->recommendations, (GDestroyNotify) recommendation_free);
      g_ptr_array_unref (analysis->recommendations);
    }
  if (analysis->data_gaps != NULL)
    {
      g_ptr_array_set_free_func (analysis->data_gaps, (GDestroyNotify) data_gap_free);
      g_ptr_array_unref (analysis->data_gaps);
    }
  if (analysis->warnings != NULL)
    {
      g_ptr_array_set_free_func (analysis->warnings, (GDestroyNotify) warning_free);
      g_ptr_array_unref (analysis->warnings);
    }
  g_hash_table_unref (analysis->measures);
  g_free (analysis->result_block);
  g_hash_table_unref (analysis->answers);
  lacuna_catalog_unref (analysis->catalog);
  g_free (analysis);
}

const LacunaMeasureResult *
lacuna_analysis_get_measure (const LacunaAnalysis *analysis,
                             const LacunaMeasure  *measure)
{
  return g_hash_table_lookup (analysis->measures, measure);
}

const LacunaPillarResult *
lacuna_analysis_find_pillar (const LacunaAnalysis *analysis,
                             const char           *pillar_id)
{
  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);
          if (g_str_equal (pillar->pillar->id, pillar_id))
            return pillar;
        }
    }
  return NULL;
}
