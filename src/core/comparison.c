/* comparison.c — what improved and what regressed since a baseline
 *
 * Measures are matched by id, which is why ids are never renumbered.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include "i18n-private.h"

#include "comparison.h"

/* Scores are sums of exact thirds: closer than this is the same. */
#define SCORE_EPSILON 1e-6

const char *
lacuna_change_to_string (LacunaChange change)
{
  static const char *const names[LACUNA_N_CHANGES] = {
    "improved", "regressed", "unchanged", "newly-assessed", "no-longer-assessed",
  };

  g_return_val_if_fail (change < LACUNA_N_CHANGES, NULL);
  return names[change];
}

const char *
lacuna_change_label (LacunaChange change)
{
  switch (change)
    {
    case LACUNA_CHANGE_IMPROVED:
      return _("Improved");
    case LACUNA_CHANGE_REGRESSED:
      return _("Regressed");
    case LACUNA_CHANGE_UNCHANGED:
      return _("Unchanged");
    case LACUNA_CHANGE_NEWLY_ASSESSED:
      return _("Newly assessed");
    case LACUNA_CHANGE_NO_LONGER_ASSESSED:
      return _("No longer assessed");
    case LACUNA_N_CHANGES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
measure_change_free (LacunaMeasureChange *change)
{
  g_free (change->measure_id);
  g_free (change->title);
  g_free (change);
}

static void
score_delta_free (LacunaScoreDelta *delta)
{
  g_free (delta->id);
  g_free (delta->title);
  g_free (delta);
}

void
lacuna_comparison_free (LacunaComparison *comparison)
{
  if (comparison == NULL)
    return;
  g_ptr_array_unref (comparison->frameworks);
  g_ptr_array_unref (comparison->pillars);
  g_ptr_array_unref (comparison->measures);
  g_free (comparison);
}

static const LacunaMeasureResult *
find_result (const LacunaAnalysis *analysis,
             const char           *measure_id)
{
  LacunaMeasure *measure = lacuna_catalog_find_measure (analysis->catalog, measure_id);
  const LacunaMeasureResult *result = measure != NULL ? lacuna_analysis_get_measure (analysis, measure) : NULL;

  if (result == NULL || !result->in_scope || result->not_applicable || !result->scored)
    return NULL;
  return result;
}

static void
add_measure_change (LacunaComparison          *comparison,
                    const char                *measure_id,
                    const char                *title,
                    const LacunaMeasureResult *before,
                    const LacunaMeasureResult *after)
{
  LacunaMeasureChange *change;

  if (before == NULL && after == NULL)
    return;

  change = g_new0 (LacunaMeasureChange, 1);
  change->measure_id = g_strdup (measure_id);
  change->title = g_strdup (title);
  change->old_score = before != NULL ? 100 * before->score : NAN;
  change->new_score = after != NULL ? 100 * after->score : NAN;
  if (before == NULL)
    change->change = LACUNA_CHANGE_NEWLY_ASSESSED;
  else if (after == NULL)
    change->change = LACUNA_CHANGE_NO_LONGER_ASSESSED;
  else if (after->score > before->score + SCORE_EPSILON)
    change->change = LACUNA_CHANGE_IMPROVED;
  else if (after->score < before->score - SCORE_EPSILON)
    change->change = LACUNA_CHANGE_REGRESSED;
  else
    change->change = LACUNA_CHANGE_UNCHANGED;

  change->gap_closed = before != NULL && after != NULL && before->has_gap && !after->has_gap;
  change->gap_opened = before != NULL && after != NULL && !before->has_gap && after->has_gap;
  comparison->counts[change->change]++;
  comparison->gaps_closed += change->gap_closed;
  comparison->gaps_opened += change->gap_opened;
  g_ptr_array_add (comparison->measures, change);
}

static LacunaScoreDelta *
new_delta (const char        *id,
           const char        *title,
           const LacunaScore *before,
           const LacunaScore *after)
{
  LacunaScoreDelta *delta = g_new0 (LacunaScoreDelta, 1);

  delta->id = g_strdup (id);
  delta->title = g_strdup (title);
  delta->old_score = before != NULL ? before->score : NAN;
  delta->new_score = after != NULL ? after->score : NAN;
  delta->old_law = before != NULL ? before->law_index : NAN;
  delta->new_law = after != NULL ? after->law_index : NAN;
  delta->old_practice = before != NULL ? before->practice_index : NAN;
  delta->new_practice = after != NULL ? after->practice_index : NAN;
  return delta;
}

static const LacunaFrameworkResult *
find_framework (const LacunaAnalysis *analysis,
                const char           *id)
{
  for (guint i = 0; i < analysis->frameworks->len; i++)
    {
      LacunaFrameworkResult *result = g_ptr_array_index (analysis->frameworks, i);
      if (g_str_equal (result->framework->id, id))
        return result;
    }
  return NULL;
}

LacunaComparison *
lacuna_compare (const LacunaAnalysis *baseline,
                const LacunaAnalysis *follow_up)
{
  LacunaComparison *comparison = g_new0 (LacunaComparison, 1);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (follow_up->catalog);
  GPtrArray *old_frameworks = lacuna_catalog_get_frameworks (baseline->catalog);

  comparison->old_overall = baseline->overall;
  comparison->new_overall = follow_up->overall;
  comparison->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify) score_delta_free);
  comparison->pillars = g_ptr_array_new_with_free_func ((GDestroyNotify) score_delta_free);
  comparison->measures = g_ptr_array_new_with_free_func ((GDestroyNotify) measure_change_free);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      const LacunaFrameworkResult *after = find_framework (follow_up, framework->id);
      const LacunaFrameworkResult *before = find_framework (baseline, framework->id);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          add_measure_change (comparison, measure->id, measure->title, find_result (baseline, measure->id),
                              find_result (follow_up, measure->id));
        }
      if (after == NULL && before == NULL)
        continue;
      g_ptr_array_add (comparison->frameworks, new_delta (framework->id, framework->short_title,
                                                          before ? &before->score : NULL, after ? &after->score : NULL));
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);
          const LacunaPillarResult *pillar_before = lacuna_analysis_find_pillar (baseline, pillar->id);
          const LacunaPillarResult *pillar_after = lacuna_analysis_find_pillar (follow_up, pillar->id);

          g_ptr_array_add (comparison->pillars, new_delta (pillar->id, pillar->title,
                                                           pillar_before ? &pillar_before->score : NULL,
                                                           pillar_after ? &pillar_after->score : NULL));
        }
    }

  /* Measures of the baseline that the newer frameworks retired. */
  for (guint f = 0; f < old_frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (old_frameworks, f);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          if (lacuna_catalog_find_measure (follow_up->catalog, measure->id) == NULL)
            add_measure_change (comparison, measure->id, measure->title, find_result (baseline, measure->id), NULL);
        }
    }
  return comparison;
}
