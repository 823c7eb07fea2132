/* report-findings.c — findings measure by measure, the recommendations in
 * priority order, the data gaps and the answers to check
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "report-private.h"

static char *
instruments_text (ReportContext       *context,
                  const LacunaMeasure *measure)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments_for (context->store, measure->id);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);

      if (context->public_edition && instrument->confidential)
        continue;
      g_string_append_printf (text, "%s%s%s%s (%s)", text->len > 0 ? "; " : "", instrument->title,
                              instrument->article != NULL ? ", " : "",
                              instrument->article != NULL ? instrument->article : "",
                              lacuna_instrument_status_label (instrument->status));
    }
  return g_string_free (text, FALSE);
}

static void
write_measure (ReportContext       *context,
               const LacunaMeasure *measure)
{
  const LacunaAnswer *answer = g_hash_table_lookup (context->analysis->answers, measure->id);
  g_autofree char *law = report_level_text (measure, answer, LACUNA_DIMENSION_LEGAL_BASIS);
  g_autofree char *practice = report_level_text (measure, answer, LACUNA_DIMENSION_PRACTICE);
  g_autofree char *heading = g_strdup_printf ("%s  %s", measure->id, report_tr (measure->title));
  g_autofree char *status = g_strdup_printf (_("%s · Legal basis: %s · Practice: %s%s"),
                                             lacuna_obligation_label (measure->obligation), law, practice,
                                             answer != NULL && answer->to_reconfirm ? _(" · to re-confirm") : "");
  g_autofree char *instruments = instruments_text (context, measure);
  LacunaPdfStyle status_style = report_small;

  lacuna_pdf_ensure (context->pdf, 44);
  lacuna_pdf_paragraph (context->pdf, &report_strong, heading);
  status_style.space_after = 2;
  lacuna_pdf_paragraph (context->pdf, &status_style, status);

  if (answer == NULL || lacuna_answer_is_empty (answer))
    {
      lacuna_pdf_paragraph (context->pdf, &report_small, _("Not yet assessed."));
      return;
    }
  if (context->public_edition && answer->confidential)
    lacuna_pdf_paragraph (context->pdf, &report_small, _("Evidence withheld from this edition: marked confidential."));
  else
    {
      if (answer->not_applicable)
        {
          g_autofree char *reason = g_strdup_printf (_("Not applicable: %s"), answer->na_reason);
          lacuna_pdf_paragraph (context->pdf, &report_body, reason);
        }
      if (answer->evidence != NULL)
        lacuna_pdf_paragraph (context->pdf, &report_body, answer->evidence);
    }
  if (*instruments != '\0')
    {
      g_autofree char *backed = g_strdup_printf (_("Backed by: %s"), instruments);
      lacuna_pdf_paragraph (context->pdf, &report_small, backed);
    }
  lacuna_pdf_skip (context->pdf, 4);
}

void
report_write_findings (ReportContext *context)
{
  lacuna_pdf_heading (context->pdf, 1, _("Findings by pillar"));
  lacuna_pdf_paragraph (context->pdf, &report_body,
                        _("Each measure with its obligation level, where the country stands on its legal basis and in practice, the evidence the team recorded, and the national laws, plans and agreements that back it."));

  for (guint f = 0; f < context->analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (context->analysis->frameworks, f);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);
          g_autofree char *title = g_strdup_printf ("%s — %s", report_tr (framework->framework->short_title),
                                                    report_tr (pillar->pillar->title));
          g_autofree char *score = report_score_text (pillar->score.score);
          g_autofree char *law = report_score_text (pillar->score.law_index);
          g_autofree char *practice = report_score_text (pillar->score.practice_index);
          g_autofree char *summary = g_strdup_printf (_("Score %s · legal-basis index %s · practice index %s"), score,
                                                      law, practice);

          lacuna_pdf_heading (context->pdf, 2, title);
          lacuna_pdf_paragraph (context->pdf, &report_small, summary);
          for (guint a = 0; a < pillar->pillar->areas->len; a++)
            {
              LacunaArea *area = g_ptr_array_index (pillar->pillar->areas, a);

              lacuna_pdf_heading (context->pdf, 3, report_tr (area->title));
              for (guint m = 0; m < area->measures->len; m++)
                write_measure (context, g_ptr_array_index (area->measures, m));
            }
        }
    }
}

static char *
legal_basis_text (ReportContext       *context,
                  const LacunaMeasure *measure)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < measure->legal_basis->len; i++)
    {
      g_autofree char *citation = lacuna_legal_ref_format (g_ptr_array_index (measure->legal_basis, i),
                                                           context->analysis->catalog);
      g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", citation);
    }
  if (text->len == 0)
    g_string_append (text, _("good practice"));
  return g_string_free (text, FALSE);
}

static char *
assistance_text (const LacunaAnswer *answer)
{
  GString *text = g_string_new (NULL);

  for (guint bit = 0; bit < LACUNA_N_TA_NEEDS; bit++)
    if (answer->ta_needs & (1u << bit))
      {
        const char *label = (1u << bit) == LACUNA_TA_OTHER && answer->ta_other != NULL
                              ? answer->ta_other
                              : lacuna_ta_need_label (1u << bit);
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", label);
      }
  return g_string_free (text, FALSE);
}

void
report_write_recommendations (ReportContext *context)
{
  const LacunaPdfColumn columns[] = {
    { _("Rank"), 0.09 }, { _("Measure and recommended action"), 0.39 }, { _("Basis, who, when, assistance"), 0.26 },
    { _("Why it ranks here"), 0.26 },
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);
  const GPtrArray *recommendations = context->analysis->recommendations;

  lacuna_pdf_heading (context->pdf, 1, _("Recommendations in priority order"));
  lacuna_pdf_paragraph (context->pdf, &report_body,
                        _("Every measure with a gap gives a recommendation. Urgent ones (the assessment urges) concern binding duties with little or no legal basis, or mandatory duties not applied at all; important ones (the country should) concern the other gaps in binding duties and serious gaps in duties to consider and core good practice; advisory ones (the assessment invites) the rest. Within each tier, the larger the gap and the stronger the duty, the higher the rank."));
  if (recommendations->len == 0)
    {
      lacuna_pdf_paragraph (context->pdf, &report_body, _("No gap was recorded: there is nothing to recommend."));
      return;
    }

  for (guint i = 0; i < recommendations->len; i++)
    {
      LacunaRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      const LacunaMeasure *measure = recommendation->measure;
      const LacunaAnswer *answer = recommendation->answer;
      g_autofree char *rank = g_strdup_printf ("%u\n%s", recommendation->rank, lacuna_tier_label (recommendation->tier));
      g_autofree char *action = g_strdup_printf ("%s %s\n%s", measure->id, report_tr (measure->title),
                                                 report_tr (measure->recommendation));
      g_autofree char *basis = legal_basis_text (context, measure);
      g_autofree char *assistance = assistance_text (answer);
      g_autofree char *who = g_strdup_printf (_("Legal basis: %s\nResponsible: %s\nTimeframe: %s\nAssistance: %s"), basis,
                                              answer->responsible != NULL ? answer->responsible : "–",
                                              answer->timeframe != NULL ? answer->timeframe : "–",
                                              *assistance != '\0' ? assistance : "–");

      report_add_row (rows, report_tier_color (recommendation->tier), rank, action, who, recommendation->rationale, NULL);
    }
  lacuna_pdf_table (context->pdf, columns, G_N_ELEMENTS (columns), rows, 8.0);
}

void
report_write_gaps (ReportContext *context)
{
  const LacunaPdfColumn columns[] = { { _("Measure"), 0.30 }, { _("Facts to establish"), 0.70 } };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);
  const LacunaAnalysis *analysis = context->analysis;

  lacuna_pdf_heading (context->pdf, 1, _("Data gaps and answers to check"));
  lacuna_pdf_paragraph (context->pdf, &report_body,
                        _("Where the team could not establish the facts, the measure is a data gap: it is not counted as compliant, and finding out is the first step."));
  for (guint i = 0; i < analysis->data_gaps->len; i++)
    {
      LacunaDataGap *gap = g_ptr_array_index (analysis->data_gaps, i);
      g_autofree char *measure = g_strdup_printf ("%s %s", gap->measure->id, report_tr (gap->measure->title));

      report_add_row (rows, NULL, measure, gap->action, NULL);
    }
  if (rows->len > 0)
    lacuna_pdf_table (context->pdf, columns, G_N_ELEMENTS (columns), rows, 8.5);
  else
    lacuna_pdf_paragraph (context->pdf, &report_body, _("No measure was marked unknown."));

  lacuna_pdf_skip (context->pdf, 6);
  lacuna_pdf_paragraph (context->pdf, &report_strong, _("Answers to check"));
  lacuna_pdf_paragraph (context->pdf, &report_body,
                        _("These answers look inconsistent with one another or with the evidence; they should be looked at again before the assessment is validated."));
  for (guint i = 0; i < analysis->warnings->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("•  %s", ((LacunaWarning *) g_ptr_array_index (analysis->warnings, i))->message);
      lacuna_pdf_paragraph (context->pdf, &report_bullet, line);
    }
  if (analysis->warnings->len == 0)
    lacuna_pdf_paragraph (context->pdf, &report_bullet, _("None."));
}
