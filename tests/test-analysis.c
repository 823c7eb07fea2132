/* test-analysis.c — scores and ranking on hand-computed fixtures, and the
 * properties the method promises on the real frameworks
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib.h>

#include "analysis-json.h"
#include "analysis.h"
#include "comparison.h"
#include "export-json.h"
#include "framework-loader.h"

#define assert_close(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-6)

static LacunaCatalog *calc;      /* tests/fixtures/frameworks/analysis */
static LacunaCatalog *shipped;   /* the real frameworks */

static void
put (LacunaAnalysisInput *input,
     const char          *measure_id,
     LacunaLevel          law,
     LacunaLevel          practice)
{
  LacunaAnswer *answer = lacuna_answer_new (measure_id);

  answer->law = law;
  answer->practice = practice;
  g_hash_table_replace (input->answers, answer->measure_id, answer);
}

static LacunaAnswer *
answer_of (LacunaAnalysisInput *input,
           const char          *measure_id)
{
  return g_hash_table_lookup (input->answers, measure_id);
}

/* The worked example of docs/METHOD.md. */
static LacunaAnalysisInput *
calc_input (void)
{
  LacunaAnalysisInput *input = lacuna_analysis_input_new (calc);
  LacunaAnswer *six;

  g_hash_table_add (input->scope, g_strdup ("calc"));
  put (input, "CALC-1", LACUNA_LEVEL_NONE, LACUNA_LEVEL_PARTIAL);
  put (input, "CALC-2", LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_UNKNOWN);
  put (input, "CALC-3", LACUNA_LEVEL_UNANSWERED, LACUNA_LEVEL_FULL);
  put (input, "CALC-4", LACUNA_LEVEL_PARTIAL, LACUNA_LEVEL_PARTIAL);
  put (input, "CALC-5", LACUNA_LEVEL_FULL, LACUNA_LEVEL_NONE);
  put (input, "CALC-6", LACUNA_LEVEL_UNANSWERED, LACUNA_LEVEL_UNANSWERED);
  six = answer_of (input, "CALC-6");
  six->not_applicable = TRUE;
  six->na_reason = g_strdup ("Not relevant here.");
  return input;
}

static void
test_scores_by_hand (void)
{
  g_autoptr(LacunaAnalysisInput) input = calc_input ();
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse (input);
  LacunaFrameworkResult *framework;
  LacunaPillarResult *law, *practice;
  LacunaAreaResult *offences, *units;

  g_assert_cmpuint (analysis->frameworks->len, ==, 1);
  framework = g_ptr_array_index (analysis->frameworks, 0);
  law = g_ptr_array_index (framework->pillars, 0);
  practice = g_ptr_array_index (framework->pillars, 1);
  offences = g_ptr_array_index (law->areas, 0);
  units = g_ptr_array_index (law->areas, 1);

  /* CALC-1 alone is scored in Offences: (0 + 1/3) / 2 = 1/6. */
  assert_close (offences->score.score, 100.0 / 6);
  /* Legal basis: CALC-1 (weight 3, 0) and CALC-2 (weight 2, 2/3). */
  assert_close (offences->score.law_index, 100.0 * (2 * 2.0 / 3) / 5);
  /* Practice: CALC-2's is unknown, so CALC-1 only. */
  assert_close (offences->score.practice_index, 100.0 / 3);
  assert_close (offences->score.coverage, 0.5);
  g_assert_cmpuint (offences->score.data_gaps, ==, 1);
  g_assert_cmpuint (offences->score.critical_gaps, ==, 1);

  assert_close (units->score.score, 100.0);
  g_assert_true (isnan (units->score.law_index));

  /* Pillars weigh their measures: (3 × 1/6 + 1.75 × 1) / 4.75. */
  assert_close (law->score.score, 100.0 * 2.25 / 4.75);
  assert_close (law->score.practice_index, 100.0 * 2.75 / 4.75);
  assert_close (law->score.coverage, 2.0 / 3);
  /* CALC-6 is not applicable: left out entirely. */
  assert_close (practice->score.score, 100.0 * (2.5 / 3 + 0.5) / 3.5);
  assert_close (practice->score.law_index, 100.0 * (2.5 / 3 + 1.0) / 3.5);
  assert_close (practice->score.practice_index, 100.0 * (2.5 / 3) / 3.5);
  g_assert_cmpuint (practice->score.applicable, ==, 4);
  g_assert_cmpuint (practice->score.answered, ==, 2);

  /* Each pillar counts equally in the framework. */
  assert_close (framework->score.score, (law->score.score + practice->score.score) / 2);
  assert_close (framework->score.law_index, (law->score.law_index + practice->score.law_index) / 2);
  assert_close (analysis->overall, framework->score.score);
  assert_close (analysis->overall, 42.731829573934);

  g_assert_cmpuint (analysis->critical_gaps->len, ==, 1);
  g_assert_cmpstr (((LacunaMeasure *) g_ptr_array_index (analysis->critical_gaps, 0))->id, ==, "CALC-1");
  g_assert_cmpuint (analysis->data_gaps->len, ==, 1);
  g_assert_cmpstr (((LacunaDataGap *) g_ptr_array_index (analysis->data_gaps, 0))->measure->id, ==, "CALC-2");
  g_assert_cmpint (((LacunaDataGap *) g_ptr_array_index (analysis->data_gaps, 0))->dimensions, ==,
                   LACUNA_DIMENSION_PRACTICE);
}

static void
assert_ranking (LacunaAnalysis *analysis,
                const char     *expected[],
                const double    priorities[],
                const LacunaTier tiers[])
{
  guint n = g_strv_length ((char **) expected);

  g_assert_cmpuint (analysis->recommendations->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      LacunaRecommendation *recommendation = g_ptr_array_index (analysis->recommendations, i);

      g_assert_cmpuint (recommendation->rank, ==, i + 1);
      g_assert_cmpstr (recommendation->measure->id, ==, expected[i]);
      assert_close (recommendation->priority, priorities[i]);
      g_assert_cmpint (recommendation->tier, ==, tiers[i]);
    }
}

static void
test_ranking_by_hand (void)
{
  g_autoptr(LacunaAnalysisInput) input = calc_input ();
  g_autoptr(LacunaAnalysis) analysis = NULL;
  LacunaAnswer *five = answer_of (input, "CALC-5");
  const char *expected[] = { "CALC-1", "CALC-4", "CALC-5", "CALC-2", NULL };
  /* CALC-1: 3 × 5/6 + 0.5 (prerequisite of CALC-2, which has a gap);
   * CALC-4: 2.5 × 2/3; CALC-5: 1 × 1/2 + 0.5 raised by the team;
   * CALC-2: 2 × 1/3 (gap measured on its known dimension only). */
  const double priorities[] = { 3.0, 2.5 * 2 / 3, 1.0, 2.0 / 3 };
  const LacunaTier tiers[] = { LACUNA_TIER_URGENT, LACUNA_TIER_URGENT, LACUNA_TIER_ADVISORY, LACUNA_TIER_ADVISORY };
  LacunaRecommendation *first;

  five->urgency = LACUNA_URGENCY_HIGHER;
  five->urgency_reason = g_strdup ("Donor funding ends this year.");
  analysis = lacuna_analyse (input);
  assert_ranking (analysis, expected, priorities, tiers);

  first = g_ptr_array_index (analysis->recommendations, 0);
  g_assert_cmpuint (first->enables_with_gaps, ==, 1);
  g_assert_cmpstr (first->rationale, ==,
                   "Mandatory under the Calc Protocol art. 1; no legal basis; partly applied in practice; "
                   "prerequisite for 1 other measure with a gap.");
  g_assert_cmpstr (((LacunaRecommendation *) g_ptr_array_index (analysis->recommendations, 2))->rationale, ==,
                   "Good practice; legal basis in place; not applied in practice; "
                   "urgency raised by the team (Donor funding ends this year).");
}

/* With equal tier and priority, a prerequisite goes before the measure it
 * enables even when it comes later in the framework. */
static void
test_prerequisite_first (void)
{
  g_autoptr(LacunaAnalysisInput) input = lacuna_analysis_input_new (calc);
  g_autoptr(LacunaAnalysis) analysis = NULL;
  const char *expected[] = { "CALC-8", "CALC-7", NULL };
  const double priorities[] = { 1.0, 1.0 };
  const LacunaTier tiers[] = { LACUNA_TIER_ADVISORY, LACUNA_TIER_ADVISORY };

  g_hash_table_add (input->scope, g_strdup ("calc"));
  put (input, "CALC-7", LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE);    /* 1 × 1 */
  put (input, "CALC-8", LACUNA_LEVEL_FULL, LACUNA_LEVEL_NONE);    /* 1 × 1/2 + 0.5 */
  analysis = lacuna_analyse (input);
  assert_ranking (analysis, expected, priorities, tiers);
}

static gboolean
has_warning (LacunaAnalysis    *analysis,
             LacunaWarningKind  kind,
             const char        *measure_id)
{
  for (guint i = 0; i < analysis->warnings->len; i++)
    {
      LacunaWarning *warning = g_ptr_array_index (analysis->warnings, i);
      if (warning->kind == kind && g_str_equal (warning->measure->id, measure_id))
        return TRUE;
    }
  return FALSE;
}

static void
test_consistency_warnings (void)
{
  g_autoptr(LacunaAnalysisInput) input = calc_input ();
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse (input);
  g_autoptr(LacunaAnalysis) evidenced = NULL;
  g_autoptr(LacunaAnalysis) opted_out = NULL;
  LacunaAnswer *one;

  /* CALC-3 (100 %) above its prerequisite CALC-1 (17 %). */
  g_assert_true (has_warning (analysis, LACUNA_WARNING_ABOVE_PREREQUISITE, "CALC-3"));
  /* CALC-5's legal basis is full with nothing from the register behind it. */
  g_assert_true (has_warning (analysis, LACUNA_WARNING_FULL_LAW_WITHOUT_INSTRUMENT, "CALC-5"));
  /* CALC-6 is optional: not applicable raises no warning. */
  g_assert_false (has_warning (analysis, LACUNA_WARNING_NOT_APPLICABLE_MANDATORY, "CALC-6"));
  g_assert_cmpuint (analysis->warnings->len, ==, 2);

  g_hash_table_insert (input->instrument_counts, g_strdup ("CALC-5"), GUINT_TO_POINTER (1));
  evidenced = lacuna_analyse (input);
  g_assert_false (has_warning (evidenced, LACUNA_WARNING_FULL_LAW_WITHOUT_INSTRUMENT, "CALC-5"));

  one = answer_of (input, "CALC-1");
  one->not_applicable = TRUE;
  one->na_reason = g_strdup ("Covered elsewhere.");
  opted_out = lacuna_analyse (input);
  g_assert_true (has_warning (opted_out, LACUNA_WARNING_NOT_APPLICABLE_MANDATORY, "CALC-1"));
  g_assert_cmpuint (opted_out->critical_gaps->len, ==, 0);
}

static LacunaAnalysisInput *
uniform_input (LacunaLevel law,
               LacunaLevel practice)
{
  LacunaAnalysisInput *input = lacuna_analysis_input_new (shipped);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (shipped);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      g_hash_table_add (input->scope, g_strdup (framework->id));
      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          put (input, measure->id, measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS ? law : LACUNA_LEVEL_UNANSWERED,
               measure->dimensions & LACUNA_DIMENSION_PRACTICE ? practice : LACUNA_LEVEL_UNANSWERED);
        }
    }
  return input;
}

static void
for_each_score (LacunaAnalysis *analysis,
                void          (*check) (const LacunaScore *score, gpointer data),
                gpointer        data)
{
  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      check (&framework->score, data);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);

          check (&pillar->score, data);
          for (guint a = 0; a < pillar->areas->len; a++)
            check (&((LacunaAreaResult *) g_ptr_array_index (pillar->areas, a))->score, data);
        }
    }
}

static void
check_equals (const LacunaScore *score,
              gpointer           data)
{
  double expected = *(double *) data;

  assert_close (score->score, expected);
  if (!isnan (score->law_index))
    assert_close (score->law_index, expected);
  if (!isnan (score->practice_index))
    assert_close (score->practice_index, expected);
  assert_close (score->coverage, 1.0);
}

static void
test_all_full_and_all_none (void)
{
  g_autoptr(LacunaAnalysisInput) full = uniform_input (LACUNA_LEVEL_FULL, LACUNA_LEVEL_FULL);
  g_autoptr(LacunaAnalysisInput) none = uniform_input (LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE);
  g_autoptr(LacunaAnalysis) best = lacuna_analyse (full);
  g_autoptr(LacunaAnalysis) worst = lacuna_analyse (none);
  double hundred = 100.0, zero = 0.0;

  assert_close (best->overall, 100.0);
  for_each_score (best, check_equals, &hundred);
  g_assert_cmpuint (best->recommendations->len, ==, 0);
  g_assert_cmpuint (best->critical_gaps->len, ==, 0);

  assert_close (worst->overall, 0.0);
  for_each_score (worst, check_equals, &zero);
  g_assert_cmpuint (worst->recommendations->len, ==, 124);
}

/* Random answers on the real frameworks, seeded so a failure repeats. */
static LacunaAnalysisInput *
random_input (GRand *rand)
{
  static const LacunaLevel levels[] = {
    LACUNA_LEVEL_UNANSWERED, LACUNA_LEVEL_NONE, LACUNA_LEVEL_PARTIAL, LACUNA_LEVEL_LARGELY,
    LACUNA_LEVEL_FULL, LACUNA_LEVEL_UNKNOWN,
  };
  LacunaAnalysisInput *input = uniform_input (LACUNA_LEVEL_UNANSWERED, LACUNA_LEVEL_UNANSWERED);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, input->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      LacunaAnswer *answer = value;
      LacunaMeasure *measure = lacuna_catalog_find_measure (shipped, answer->measure_id);

      if (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS)
        answer->law = levels[g_rand_int_range (rand, 0, G_N_ELEMENTS (levels))];
      if (measure->dimensions & LACUNA_DIMENSION_PRACTICE)
        answer->practice = levels[g_rand_int_range (rand, 0, G_N_ELEMENTS (levels))];
    }
  return input;
}

static void
collect_scores (const LacunaScore *score,
                gpointer           data)
{
  GArray *values = data;

  g_array_append_val (values, score->score);
  g_array_append_val (values, score->law_index);
  g_array_append_val (values, score->practice_index);
}

static GArray *
all_scores (LacunaAnalysis *analysis)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_val (values, analysis->overall);
  for_each_score (analysis, collect_scores, values);
  return values;
}

/* Raising a known level never lowers any score or index. */
static void
test_raising_never_lowers (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);

  for (guint trial = 0; trial < 200; trial++)
    {
      g_autoptr(LacunaAnalysisInput) input = random_input (rand);
      g_autoptr(LacunaAnalysis) before = lacuna_analyse (input);
      g_autoptr(LacunaAnalysis) after = NULL;
      g_autoptr(GArray) old_scores = NULL;
      g_autoptr(GArray) new_scores = NULL;
      GPtrArray *measures = ((LacunaFramework *) g_ptr_array_index (lacuna_catalog_get_frameworks (shipped),
                                                                    g_rand_int_range (rand, 0, 2)))->measures;
      LacunaMeasure *measure = g_ptr_array_index (measures, g_rand_int_range (rand, 0, measures->len));
      LacunaAnswer *answer = answer_of (input, measure->id);
      LacunaLevel *level = (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) && g_rand_boolean (rand)
                             ? &answer->law
                             : &answer->practice;

      if (!lacuna_level_is_known (*level) || *level == LACUNA_LEVEL_FULL)
        continue;
      (*level)++;
      after = lacuna_analyse (input);
      old_scores = all_scores (before);
      new_scores = all_scores (after);
      for (guint i = 0; i < old_scores->len; i++)
        {
          double a = g_array_index (old_scores, double, i), b = g_array_index (new_scores, double, i);
          g_assert_true (isnan (a) == isnan (b));
          if (!isnan (a))
            g_assert_cmpfloat (b, >=, a - 1e-9);
        }
    }
}

static void
collect_coverage (const LacunaScore *score,
                  gpointer           data)
{
  g_array_append_val ((GArray *) data, score->coverage);
}

/* A data gap is never counted as an answer. */
static void
test_unknown_never_raises_coverage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint trial = 0; trial < 200; trial++)
    {
      g_autoptr(LacunaAnalysisInput) input = random_input (rand);
      g_autoptr(LacunaAnalysis) before = lacuna_analyse (input);
      g_autoptr(LacunaAnalysis) after = NULL;
      g_autoptr(GArray) old_coverage = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) new_coverage = g_array_new (FALSE, FALSE, sizeof (double));
      GPtrArray *measures = ((LacunaFramework *) g_ptr_array_index (lacuna_catalog_get_frameworks (shipped), 0))->measures;
      LacunaMeasure *measure = g_ptr_array_index (measures, g_rand_int_range (rand, 0, measures->len));
      LacunaAnswer *answer = answer_of (input, measure->id);

      if (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS)
        answer->law = LACUNA_LEVEL_UNKNOWN;
      else
        answer->practice = LACUNA_LEVEL_UNKNOWN;
      after = lacuna_analyse (input);
      for_each_score (before, collect_coverage, old_coverage);
      for_each_score (after, collect_coverage, new_coverage);
      for (guint i = 0; i < old_coverage->len; i++)
        g_assert_cmpfloat (g_array_index (new_coverage, double, i), <=, g_array_index (old_coverage, double, i) + 1e-12);
    }
}

/* With the same answers everywhere, a mandatory measure always ranks above
 * a good-practice one. */
static void
test_mandatory_outranks_good_practice (void)
{
  static const LacunaLevel patterns[][2] = {
    { LACUNA_LEVEL_NONE, LACUNA_LEVEL_NONE },
    { LACUNA_LEVEL_PARTIAL, LACUNA_LEVEL_PARTIAL },
    { LACUNA_LEVEL_LARGELY, LACUNA_LEVEL_LARGELY },
    { LACUNA_LEVEL_FULL, LACUNA_LEVEL_PARTIAL },
  };

  for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
    {
      g_autoptr(LacunaAnalysisInput) input = uniform_input (patterns[p][0], patterns[p][1]);
      g_autoptr(LacunaAnalysis) analysis = lacuna_analyse (input);
      guint last_mandatory = 0, first_good_practice = G_MAXUINT;

      for (guint i = 0; i < analysis->recommendations->len; i++)
        {
          LacunaRecommendation *recommendation = g_ptr_array_index (analysis->recommendations, i);

          if (recommendation->measure->obligation == LACUNA_OBLIGATION_MANDATORY)
            last_mandatory = recommendation->rank;
          else if (recommendation->measure->obligation == LACUNA_OBLIGATION_GOOD_PRACTICE)
            first_good_practice = MIN (first_good_practice, recommendation->rank);
        }
      g_assert_cmpuint (last_mandatory, >, 0);
      g_assert_cmpuint (last_mandatory, <, first_good_practice);
    }
}

static void
test_identical_across_runs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  g_autoptr(LacunaAnalysisInput) input = random_input (rand);
  g_autoptr(LacunaAnalysis) first = lacuna_analyse (input);
  g_autoptr(LacunaAnalysis) second = lacuna_analyse (input);
  g_autoptr(JsonNode) first_json = lacuna_analysis_to_json (first);
  g_autoptr(JsonNode) second_json = lacuna_analysis_to_json (second);
  g_autofree char *a = lacuna_json_to_text (first_json);
  g_autofree char *b = lacuna_json_to_text (second_json);

  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "\"recommendations\""));
}

/* Taking the input gives what copying it gives, and the analysis keeps
 * the answers (their texts included) after the input is gone. */
static void
test_take_matches_copy (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(LacunaAnalysisInput) kept = random_input (rand);
  LacunaAnalysisInput *given = NULL;
  g_autoptr(LacunaAnalysis) copied = lacuna_analyse (kept);
  g_autoptr(LacunaAnalysis) taken = NULL;
  g_autoptr(JsonNode) copied_json = NULL;
  g_autoptr(JsonNode) taken_json = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  GHashTableIter iter;
  gpointer value;

  g_rand_set_seed (rand, 7);
  given = random_input (rand);
  g_hash_table_iter_init (&iter, given->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    ((LacunaAnswer *) value)->evidence = g_strdup_printf ("Evidence for %s", ((LacunaAnswer *) value)->measure_id);
  taken = lacuna_analyse_take (given);

  copied_json = lacuna_analysis_to_json (copied);
  taken_json = lacuna_analysis_to_json (taken);
  a = lacuna_json_to_text (copied_json);
  b = lacuna_json_to_text (taken_json);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (g_hash_table_size (taken->answers), ==, g_hash_table_size (kept->answers));
  g_assert_cmpuint (g_hash_table_size (taken->answers), >, 0);
  g_hash_table_iter_init (&iter, taken->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *expected = g_strdup_printf ("Evidence for %s", ((LacunaAnswer *) value)->measure_id);
      g_assert_cmpstr (((LacunaAnswer *) value)->evidence, ==, expected);
    }
}

static void
test_comparison (void)
{
  g_autoptr(LacunaAnalysisInput) old_input = calc_input ();
  g_autoptr(LacunaAnalysisInput) new_input = calc_input ();
  g_autoptr(LacunaAnalysis) old_analysis = NULL;
  g_autoptr(LacunaAnalysis) new_analysis = NULL;
  g_autoptr(LacunaComparison) comparison = NULL;

  /* CALC-1 fully in place now; CALC-4 slipped; CALC-2 now known; CALC-5
   * no longer answered. */
  answer_of (new_input, "CALC-1")->law = LACUNA_LEVEL_FULL;
  answer_of (new_input, "CALC-1")->practice = LACUNA_LEVEL_FULL;
  answer_of (new_input, "CALC-4")->practice = LACUNA_LEVEL_NONE;
  answer_of (new_input, "CALC-2")->practice = LACUNA_LEVEL_LARGELY;
  g_hash_table_remove (new_input->answers, "CALC-5");
  old_analysis = lacuna_analyse (old_input);
  new_analysis = lacuna_analyse (new_input);
  comparison = lacuna_compare (old_analysis, new_analysis);

  g_assert_cmpuint (comparison->counts[LACUNA_CHANGE_IMPROVED], ==, 1);
  g_assert_cmpuint (comparison->counts[LACUNA_CHANGE_REGRESSED], ==, 1);
  g_assert_cmpuint (comparison->counts[LACUNA_CHANGE_NEWLY_ASSESSED], ==, 1);
  g_assert_cmpuint (comparison->counts[LACUNA_CHANGE_NO_LONGER_ASSESSED], ==, 1);
  g_assert_cmpuint (comparison->counts[LACUNA_CHANGE_UNCHANGED], ==, 1);
  g_assert_cmpuint (comparison->gaps_closed, ==, 1);
  g_assert_cmpuint (comparison->pillars->len, ==, 2);
  assert_close (((LacunaScoreDelta *) g_ptr_array_index (comparison->frameworks, 0))->old_score, old_analysis->overall);
  assert_close (comparison->new_overall, new_analysis->overall);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *directory = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  directory = g_test_build_filename (G_TEST_DIST, "fixtures", "frameworks", "analysis", NULL);
  calc = lacuna_catalog_load_directory (directory, &error);
  g_assert_no_error (error);
  shipped = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/analysis/scores-by-hand", test_scores_by_hand);
  g_test_add_func ("/analysis/ranking-by-hand", test_ranking_by_hand);
  g_test_add_func ("/analysis/prerequisite-first", test_prerequisite_first);
  g_test_add_func ("/analysis/consistency-warnings", test_consistency_warnings);
  g_test_add_func ("/analysis/all-full-and-all-none", test_all_full_and_all_none);
  g_test_add_func ("/analysis/raising-never-lowers", test_raising_never_lowers);
  g_test_add_func ("/analysis/unknown-never-raises-coverage", test_unknown_never_raises_coverage);
  g_test_add_func ("/analysis/mandatory-outranks-good-practice", test_mandatory_outranks_good_practice);
  g_test_add_func ("/analysis/identical-across-runs", test_identical_across_runs);
  g_test_add_func ("/analysis/take-matches-copy", test_take_matches_copy);
  g_test_add_func ("/analysis/comparison", test_comparison);
  status = g_test_run ();

  lacuna_catalog_unref (calc);
  lacuna_catalog_unref (shipped);
  return status;
}
