/* cli-compare.c — "lacuna-cli compare": a follow-up against its baseline
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "analysis-json.h"
#include "analysis.h"
#include "cli.h"
#include "comparison.h"
#include "export-json.h"

static void
add_deltas (JsonBuilder *builder,
            const char  *name,
            GPtrArray   *deltas)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < deltas->len; i++)
    {
      LacunaScoreDelta *delta = g_ptr_array_index (deltas, i);

      json_builder_begin_object (builder);
      lacuna_json_add_string_or_null (builder, "id", delta->id);
      lacuna_json_add_string_or_null (builder, "title", delta->title);
      lacuna_json_add_number (builder, "old_score", delta->old_score);
      lacuna_json_add_number (builder, "new_score", delta->new_score);
      lacuna_json_add_number (builder, "delta", delta->new_score - delta->old_score);
      lacuna_json_add_number (builder, "old_law_index", delta->old_law);
      lacuna_json_add_number (builder, "new_law_index", delta->new_law);
      lacuna_json_add_number (builder, "old_practice_index", delta->old_practice);
      lacuna_json_add_number (builder, "new_practice_index", delta->new_practice);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static JsonNode *
build_json (const LacunaComparison *comparison)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  lacuna_json_add_number (builder, "old_overall", comparison->old_overall);
  lacuna_json_add_number (builder, "new_overall", comparison->new_overall);
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint c = 0; c < LACUNA_N_CHANGES; c++)
    {
      json_builder_set_member_name (builder, lacuna_change_to_string (c));
      json_builder_add_int_value (builder, comparison->counts[c]);
    }
  json_builder_set_member_name (builder, "gaps_closed");
  json_builder_add_int_value (builder, comparison->gaps_closed);
  json_builder_set_member_name (builder, "gaps_opened");
  json_builder_add_int_value (builder, comparison->gaps_opened);
  json_builder_end_object (builder);
  add_deltas (builder, "frameworks", comparison->frameworks);
  add_deltas (builder, "pillars", comparison->pillars);
  json_builder_set_member_name (builder, "measures");
  json_builder_begin_array (builder);
  for (guint i = 0; i < comparison->measures->len; i++)
    {
      LacunaMeasureChange *change = g_ptr_array_index (comparison->measures, i);

      json_builder_begin_object (builder);
      lacuna_json_add_string_or_null (builder, "measure_id", change->measure_id);
      lacuna_json_add_string_or_null (builder, "change", lacuna_change_to_string (change->change));
      lacuna_json_add_number (builder, "old_score", change->old_score);
      lacuna_json_add_number (builder, "new_score", change->new_score);
      json_builder_set_member_name (builder, "gap_closed");
      json_builder_add_boolean_value (builder, change->gap_closed);
      json_builder_set_member_name (builder, "gap_opened");
      json_builder_add_boolean_value (builder, change->gap_opened);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static char *
score_text (double value)
{
  return isnan (value) ? g_strdup ("-") : g_strdup_printf ("%.0f", value);
}

static void
print_text (const LacunaComparison *comparison)
{
  g_autofree char *before = score_text (comparison->old_overall);
  g_autofree char *after = score_text (comparison->new_overall);

  printf ("%s %s → %s\n", _("Overall score:"), before, after);
  for (guint c = 0; c < LACUNA_N_CHANGES; c++)
    printf ("  %-20s %u\n", lacuna_change_label (c), comparison->counts[c]);
  printf ("  %-20s %u\n  %-20s %u\n\n", _("Gaps closed"), comparison->gaps_closed, _("Gaps opened"),
          comparison->gaps_opened);

  for (guint i = 0; i < comparison->pillars->len; i++)
    {
      LacunaScoreDelta *delta = g_ptr_array_index (comparison->pillars, i);
      g_autofree char *old_score = score_text (delta->old_score);
      g_autofree char *new_score = score_text (delta->new_score);

      printf ("  %-8s %-45s %4s → %4s\n", delta->id, delta->title, old_score, new_score);
    }
  printf ("\n");
  for (guint i = 0; i < comparison->measures->len; i++)
    {
      LacunaMeasureChange *change = g_ptr_array_index (comparison->measures, i);
      g_autofree char *old_score = score_text (change->old_score);
      g_autofree char *new_score = score_text (change->new_score);

      if (change->change == LACUNA_CHANGE_UNCHANGED)
        continue;
      printf ("  %-10s %-20s %4s → %4s  %s%s\n", change->measure_id, lacuna_change_label (change->change), old_score,
              new_score, change->title,
              change->gap_closed ? _(" (gap closed)") : change->gap_opened ? _(" (gap opened)") : "");
    }
}

int
lacuna_cli_compare (int    argc,
                    char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) old_store = NULL;
  g_autoptr(LacunaStore) new_store = NULL;
  g_autoptr(LacunaAnalysis) old_analysis = NULL;
  g_autoptr(LacunaAnalysis) new_analysis = NULL;
  g_autoptr(LacunaComparison) comparison = NULL;

  if (!lacuna_cli_parse_options ("compare", "OLD NEW",
                                 N_("Compare a follow-up assessment with its baseline, measure by measure."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 3)
    {
      lacuna_cli_error (_("“compare” needs the OLD and the NEW assessment."));
      return LACUNA_EXIT_USAGE;
    }
  old_store = lacuna_cli_open_store (argv[1], TRUE);
  new_store = old_store != NULL ? lacuna_cli_open_store (argv[2], TRUE) : NULL;
  if (new_store == NULL)
    return LACUNA_EXIT_FAILURE;

  old_analysis = lacuna_analyse_store (old_store);
  new_analysis = lacuna_analyse_store (new_store);
  comparison = lacuna_compare (old_analysis, new_analysis);
  if (json)
    {
      g_autoptr(JsonNode) root = build_json (comparison);
      lacuna_cli_print_json (root);
    }
  else
    print_text (comparison);
  return LACUNA_EXIT_OK;
}
