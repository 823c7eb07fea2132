/* analysis-recommend.c — recommendations in priority order with the reason
 * for their rank, the data gaps to close, and answers that look wrong
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include "i18n-private.h"

#include "analysis-private.h"

/* Priorities are sums of a few exact fractions; anything closer than this
 * is equal. */
#define PRIORITY_EPSILON 1e-9

static gboolean
is_counted (const LacunaMeasureResult *result)
{
  return result != NULL && result->in_scope && !result->not_applicable;
}

static LacunaTier
decide_tier (const LacunaMeasure *measure,
             const LacunaAnswer  *answer)
{
  gboolean law_applies = (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) != 0;
  gboolean practice_applies = (measure->dimensions & LACUNA_DIMENSION_PRACTICE) != 0;
  int law = law_applies ? lacuna_level_value (answer->law) : -1;
  int practice = practice_applies ? lacuna_level_value (answer->practice) : -1;
  gboolean binding = measure->obligation == LACUNA_OBLIGATION_MANDATORY ||
                     measure->obligation == LACUNA_OBLIGATION_MANDATORY_QUALIFIED;

  if (binding && law >= 0 && law <= 1)
    return LACUNA_TIER_URGENT;
  if (measure->obligation == LACUNA_OBLIGATION_MANDATORY && practice == 0)
    return LACUNA_TIER_URGENT;
  if (binding)
    return LACUNA_TIER_IMPORTANT;
  if ((measure->obligation == LACUNA_OBLIGATION_CONSIDER || measure->obligation == LACUNA_OBLIGATION_GOOD_PRACTICE_CORE) &&
      ((law >= 0 && law <= 1) || (practice >= 0 && practice <= 1)))
    return LACUNA_TIER_IMPORTANT;
  return LACUNA_TIER_ADVISORY;
}

static char *
describe_obligation (const LacunaMeasure *measure,
                     LacunaCatalog       *catalog)
{
  g_autofree char *citation = NULL;

  if (measure->legal_basis->len > 0)
    citation = lacuna_legal_ref_format (g_ptr_array_index (measure->legal_basis, 0), catalog);

  switch (measure->obligation)
    {
    case LACUNA_OBLIGATION_MANDATORY:
      return citation != NULL ? g_strdup_printf (_("Mandatory under the %s"), citation) : g_strdup (_("Mandatory"));
    case LACUNA_OBLIGATION_MANDATORY_QUALIFIED:
      return citation != NULL ? g_strdup_printf (_("Mandatory, with qualifications, under the %s"), citation)
                              : g_strdup (_("Mandatory, with qualifications"));
    case LACUNA_OBLIGATION_CONSIDER:
      return citation != NULL ? g_strdup_printf (_("A duty to consider under the %s"), citation)
                              : g_strdup (_("A duty to consider"));
    case LACUNA_OBLIGATION_OPTIONAL:
      return citation != NULL ? g_strdup_printf (_("Optional under the %s"), citation) : g_strdup (_("Optional"));
    case LACUNA_OBLIGATION_GOOD_PRACTICE_CORE:
      return g_strdup (_("Core good practice in international guidance"));
    case LACUNA_OBLIGATION_GOOD_PRACTICE:
      return g_strdup (_("Good practice"));
    case LACUNA_N_OBLIGATIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
describe_law (LacunaLevel level)
{
  switch (level)
    {
    case LACUNA_LEVEL_NONE:
      return _("no legal basis");
    case LACUNA_LEVEL_PARTIAL:
      return _("legal basis partial");
    case LACUNA_LEVEL_LARGELY:
      return _("legal basis largely in place");
    case LACUNA_LEVEL_FULL:
      return _("legal basis in place");
    case LACUNA_LEVEL_UNKNOWN:
      return _("legal basis not established");
    case LACUNA_LEVEL_UNANSWERED:
    case LACUNA_N_LEVELS:
    default:
      return NULL;
    }
}

static const char *
describe_practice (LacunaLevel level)
{
  switch (level)
    {
    case LACUNA_LEVEL_NONE:
      return _("not applied in practice");
    case LACUNA_LEVEL_PARTIAL:
      return _("partly applied in practice");
    case LACUNA_LEVEL_LARGELY:
      return _("largely applied in practice");
    case LACUNA_LEVEL_FULL:
      return _("applied in practice");
    case LACUNA_LEVEL_UNKNOWN:
      return _("practice not established");
    case LACUNA_LEVEL_UNANSWERED:
    case LACUNA_N_LEVELS:
    default:
      return NULL;
    }
}

/* The team's own words inside our sentence, without their full stop. */
static char *
without_final_stop (const char *text)
{
  char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize length = strlen (copy);

  if (length > 0 && copy[length - 1] == '.')
    copy[length - 1] = '\0';
  return copy;
}

/* One sentence saying why the recommendation ranks where it does. */
static char *
write_rationale (const LacunaRecommendation *recommendation,
                 LacunaCatalog              *catalog)
{
  const LacunaMeasure *measure = recommendation->measure;
  const LacunaAnswer *answer = recommendation->answer;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *text;

  g_ptr_array_add (parts, describe_obligation (measure, catalog));
  if ((measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) && (text = describe_law (answer->law)) != NULL)
    g_ptr_array_add (parts, g_strdup (text));
  if ((measure->dimensions & LACUNA_DIMENSION_PRACTICE) && (text = describe_practice (answer->practice)) != NULL)
    g_ptr_array_add (parts, g_strdup (text));
  if (recommendation->enables_with_gaps > 0)
    g_ptr_array_add (parts, g_strdup_printf (lacuna_ngettext ("prerequisite for %u other measure with a gap",
                                                              "prerequisite for %u other measures with gaps",
                                                              recommendation->enables_with_gaps),
                                             recommendation->enables_with_gaps));
  if (answer->urgency != LACUNA_URGENCY_NORMAL)
    {
      g_autofree char *reason = without_final_stop (answer->urgency_reason);
      g_ptr_array_add (parts, g_strdup_printf (answer->urgency == LACUNA_URGENCY_HIGHER
                                                 ? _("urgency raised by the team (%s)")
                                                 : _("urgency lowered by the team (%s)"),
                                               reason));
    }
  g_ptr_array_add (parts, NULL);

  {
    g_autofree char *joined = g_strjoinv (_("; "), (char **) parts->pdata);
    return g_strconcat (joined, _("."), NULL);
  }
}

/* Position in the frameworks' own order, across frameworks. */
static guint64
framework_order (const LacunaMeasure *measure,
                 LacunaCatalog       *catalog)
{
  guint position = 0;

  g_ptr_array_find (lacuna_catalog_get_frameworks (catalog), lacuna_measure_get_framework (measure), &position);
  return ((guint64) position << 32) | measure->index;
}

/* The sort keys are copied beside the recommendation, and the items kept
 * in one array: sorting thousands of them then reads one block of
 * memory, not each recommendation. */
typedef struct {
  LacunaRecommendation *recommendation;
  const LacunaMeasure  *measure;
  LacunaTier            tier;
  double                priority;
  guint64               order;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  if (x->tier != y->tier)
    return x->tier < y->tier ? -1 : 1;
  if (fabs (x->priority - y->priority) > PRIORITY_EPSILON)
    return x->priority > y->priority ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order ? 1 : 0;
}

static gboolean
same_rank_group (const Ranked *x,
                 const Ranked *y)
{
  return x->tier == y->tier && fabs (x->priority - y->priority) <= PRIORITY_EPSILON;
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  guint64 x = ((const Ranked *) a)->order, y = ((const Ranked *) b)->order;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Within recommendations of equal tier and priority, a prerequisite comes
 * before the measures it enables; otherwise framework order decides. A
 * topological sort that always takes the earliest ready measure. */
static void
order_prerequisites_first (GArray    *ranked,
                           guint      start,
                           guint      end,
                           GPtrArray *out)
{
  g_autoptr(GHashTable) by_measure = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) waiting = g_hash_table_new (NULL, NULL);  /* Ranked → unmet prerequisites */
  GSequence *ready = g_sequence_new (NULL);

  for (guint i = start; i < end; i++)
    {
      Ranked *item = &g_array_index (ranked, Ranked, i);
      g_hash_table_insert (by_measure, (gpointer) item->measure, item);
    }
  for (guint i = start; i < end; i++)
    {
      Ranked *item = &g_array_index (ranked, Ranked, i);
      guint unmet = 0;

      for (guint p = 0; p < item->measure->enabled_by->len; p++)
        unmet += g_hash_table_contains (by_measure, g_ptr_array_index (item->measure->enabled_by, p));
      g_hash_table_insert (waiting, item, GUINT_TO_POINTER (unmet));
      if (unmet == 0)
        g_sequence_insert_sorted (ready, item, compare_order, NULL);
    }

  while (g_sequence_get_length (ready) > 0)
    {
      GSequenceIter *first = g_sequence_get_begin_iter (ready);
      Ranked *item = g_sequence_get (first);
      const LacunaMeasure *measure = item->measure;

      g_sequence_remove (first);
      g_ptr_array_add (out, item);
      for (guint e = 0; e < measure->enables->len; e++)
        {
          LacunaMeasureRef *ref = g_ptr_array_index (measure->enables, e);
          Ranked *next = g_hash_table_lookup (by_measure, ref->measure);
          guint unmet;

          if (next == NULL)
            continue;
          unmet = GPOINTER_TO_UINT (g_hash_table_lookup (waiting, next)) - 1;
          g_hash_table_insert (waiting, next, GUINT_TO_POINTER (unmet));
          if (unmet == 0)
            g_sequence_insert_sorted (ready, next, compare_order, NULL);
        }
    }
  g_sequence_free (ready);
}

static void
rank_recommendations (LacunaAnalysis *analysis,
                      GArray         *ranked)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  guint start = 0;

  g_array_sort (ranked, compare_ranked);
  while (start < ranked->len)
    {
      guint end = start + 1;

      while (end < ranked->len &&
             same_rank_group (&g_array_index (ranked, Ranked, start), &g_array_index (ranked, Ranked, end)))
        end++;
      order_prerequisites_first (ranked, start, end, ordered);
      start = end;
    }

  for (guint i = 0; i < ordered->len; i++)
    {
      LacunaRecommendation *recommendation = ((Ranked *) g_ptr_array_index (ordered, i))->recommendation;

      recommendation->rank = i + 1;
      g_ptr_array_add (analysis->recommendations, recommendation);
    }
}

static char *
data_gap_action (const LacunaMeasure *measure,
                 LacunaDimensions     unknown)
{
  const char *question = measure->questions->len > 0 ? g_ptr_array_index (measure->questions, 0) : measure->title;

  if (unknown == LACUNA_DIMENSION_BOTH)
    return g_strdup_printf (_("Establish the facts on both the law and its application: %s"), question);
  if (unknown == LACUNA_DIMENSION_LEGAL_BASIS)
    return g_strdup_printf (_("Establish whether the law provides for it: %s"), question);
  return g_strdup_printf (_("Establish how far it is applied in practice: %s"), question);
}

static void
add_warning (LacunaAnalysis      *analysis,
             LacunaWarningKind    kind,
             const LacunaMeasure *measure,
             const LacunaMeasure *prerequisite,
             char                *message)
{
  LacunaWarning *warning = g_new0 (LacunaWarning, 1);

  warning->kind = kind;
  warning->measure = measure;
  warning->prerequisite = prerequisite;
  warning->message = message;
  g_ptr_array_add (analysis->warnings, warning);
}

static void
check_consistency (LacunaAnalysis            *analysis,
                   const LacunaAnalysisInput *input,
                   const LacunaMeasure       *measure,
                   const LacunaMeasureResult *result)
{
  const LacunaAnswer *answer = result != NULL ? result->answer : NULL;

  if (answer != NULL && answer->not_applicable && measure->obligation == LACUNA_OBLIGATION_MANDATORY)
    {
      g_autofree char *reason = without_final_stop (answer->na_reason);
      add_warning (analysis, LACUNA_WARNING_NOT_APPLICABLE_MANDATORY, measure, NULL,
                   g_strdup_printf (_("%s is marked not applicable, but it is a mandatory duty that a State Party cannot set aside; check the reason given: “%s”."),
                                    measure->id, reason));
    }
  if (!is_counted (result) || answer == NULL)
    return;

  if ((measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) && answer->law == LACUNA_LEVEL_FULL &&
      GPOINTER_TO_UINT (g_hash_table_lookup (input->instrument_counts, measure->id)) == 0)
    add_warning (analysis, LACUNA_WARNING_FULL_LAW_WITHOUT_INSTRUMENT, measure, NULL,
                 g_strdup_printf (_("%s: the legal basis is rated full, but no law or agreement from the register is linked to it as evidence."),
                                  measure->id));

  if (!result->scored)
    return;
  for (guint p = 0; p < measure->enabled_by->len; p++)
    {
      const LacunaMeasure *prerequisite = g_ptr_array_index (measure->enabled_by, p);
      const LacunaMeasureResult *before = g_hash_table_lookup (analysis->measures, prerequisite);

      if (is_counted (before) && before->scored && result->score > before->score + PRIORITY_EPSILON)
        add_warning (analysis, LACUNA_WARNING_ABOVE_PREREQUISITE, measure, prerequisite,
                     g_strdup_printf (_("%s is rated higher (%.0f%%) than %s (%.0f%%), a prerequisite it depends on; check both answers."),
                                      measure->id, 100 * result->score, prerequisite->id, 100 * before->score));
    }
}

void
lacuna_analysis_recommend (LacunaAnalysis            *analysis,
                           const LacunaAnalysisInput *input)
{
  /* The sort keys side by side, for the sort to read. */
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  analysis->recommendations = g_ptr_array_new ();
  analysis->data_gaps = g_ptr_array_new ();
  analysis->warnings = g_ptr_array_new ();

  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      const LacunaFramework *framework = ((LacunaFrameworkResult *) g_ptr_array_index (analysis->frameworks, f))->framework;

      for (guint m = 0; m < framework->measures->len; m++)
        {
          const LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          const LacunaMeasureResult *result = g_hash_table_lookup (analysis->measures, measure);
          LacunaRecommendation *recommendation;
          double adjustment = 0.0;

          check_consistency (analysis, input, measure, result);
          if (!is_counted (result))
            continue;

          if (result->unknown != 0)
            {
              LacunaDataGap *gap = g_new0 (LacunaDataGap, 1);
              gap->measure = measure;
              gap->dimensions = result->unknown;
              gap->action = data_gap_action (measure, result->unknown);
              g_ptr_array_add (analysis->data_gaps, gap);
            }
          if (!result->has_gap)
            continue;

          recommendation = g_new0 (LacunaRecommendation, 1);
          recommendation->measure = measure;
          recommendation->answer = result->answer;
          recommendation->gap = result->gap;
          recommendation->tier = decide_tier (measure, recommendation->answer);
          for (guint e = 0; e < measure->enables->len; e++)
            {
              const LacunaMeasureResult *next =
                g_hash_table_lookup (analysis->measures, ((LacunaMeasureRef *) g_ptr_array_index (measure->enables, e))->measure);
              recommendation->enables_with_gaps += is_counted (next) && next->has_gap;
            }
          if (recommendation->answer->urgency == LACUNA_URGENCY_HIGHER)
            adjustment = 0.5;
          else if (recommendation->answer->urgency == LACUNA_URGENCY_LOWER)
            adjustment = -0.5;
          recommendation->priority = lacuna_obligation_weight (measure->obligation) * result->gap +
                                     (recommendation->enables_with_gaps > 0 ? 0.5 : 0.0) + adjustment;
          recommendation->rationale = write_rationale (recommendation, analysis->catalog);

          g_array_append_val (ranked, ((Ranked) { .recommendation = recommendation,
                                                  .measure = measure,
                                                  .tier = recommendation->tier,
                                                  .priority = recommendation->priority,
                                                  .order = framework_order (measure, analysis->catalog) }));
        }
    }

  rank_recommendations (analysis, ranked);
}
