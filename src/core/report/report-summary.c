/* report-summary.c — the executive summary and the charts
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include "i18n-private.h"

#include "report-private.h"

#define MAX_SUMMARY_RECOMMENDATIONS 8
#define MAX_PER_PILLAR              3
#define MAX_LISTED                  10
/* Points of legal-basis index over practice index that make a pillar one
 * where "the laws exist but are not applied". */
#define IMPLEMENTATION_GAP          25.0

static const LacunaPdfColor law_color = { 0.0, 0.36, 0.62 };
static const LacunaPdfColor practice_color = { 0.89, 0.52, 0.10 };

static void
add_score_row (GPtrArray         *rows,
               const char        *name,
               const LacunaScore *score,
               gboolean           is_framework)
{
  g_autofree char *total = report_score_text (score->score);
  g_autofree char *law = report_score_text (score->law_index);
  g_autofree char *practice = report_score_text (score->practice_index);
  g_autofree char *coverage = report_score_text (isnan (score->coverage) ? NAN : 100 * score->coverage);
  g_autofree char *gaps = g_strdup_printf ("%u", score->data_gaps);
  g_autofree char *critical = g_strdup_printf ("%u", score->critical_gaps);

  report_add_row (rows, is_framework ? &lacuna_pdf_accent : NULL, name, total, law, practice, coverage, gaps, critical,
                  NULL);
}

static void
write_scores_table (ReportContext *context)
{
  const LacunaPdfColumn columns[] = {
    { _("Framework and pillar"), 0.40 }, { _("Score"), 0.09 }, { _("Legal basis"), 0.11 }, { _("Practice"), 0.10 },
    { _("Covered %"), 0.11 }, { _("Data gaps"), 0.09 }, { _("Treaty gaps"), 0.10 },
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);

  for (guint f = 0; f < context->analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (context->analysis->frameworks, f);

      add_score_row (rows, report_tr (framework->framework->short_title), &framework->score, TRUE);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);
          g_autofree char *name = g_strdup_printf ("   %s", report_tr (pillar->pillar->title));
          add_score_row (rows, name, &pillar->score, FALSE);
        }
    }
  lacuna_pdf_table (context->pdf, columns, G_N_ELEMENTS (columns), rows, 8.5);
}

static void
write_overview (ReportContext *context)
{
  const LacunaAnalysis *analysis = context->analysis;
  g_autofree char *overall = report_score_text (analysis->overall);
  g_autoptr(GString) gap = g_string_new (NULL);
  g_autofree char *opening = g_strdup_printf (
      _("On a scale of 0 to 100, where 100 means every measure is fully in place in law and in practice, the overall score is %s. Each framework's score is the mean of its five pillars; each pillar's, the mean of its measures weighted by how strongly the Protocols bind the State (see the method in the annex)."),
      overall);

  lacuna_pdf_paragraph (context->pdf, &report_body, opening);
  write_scores_table (context);

  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);

          if (pillar->score.law_index - pillar->score.practice_index >= IMPLEMENTATION_GAP)
            g_string_append_printf (gap, "%s%s (%s)", gap->len > 0 ? ", " : "", report_tr (pillar->pillar->title),
                                    report_tr (framework->framework->short_title));
        }
    }
  if (gap->len > 0)
    {
      g_autofree char *text = g_strdup_printf (
          _("The legal basis is well ahead of practice in: %s. There, the laws largely exist but are not applied."),
          gap->str);
      lacuna_pdf_paragraph (context->pdf, &report_body, text);
    }
  {
    guint gaps = analysis->data_gaps->len;
    g_autofree char *text = g_strdup_printf (
        lacuna_ngettext ("%u measure could not be assessed on at least one question for lack of information; establishing those facts is itself a recommendation (see “Data gaps”).",
                         "%u measures could not be assessed on at least one question for lack of information; establishing those facts is itself a recommendation (see “Data gaps”).",
                         gaps),
        gaps);
    lacuna_pdf_paragraph (context->pdf, &report_body, text);
  }
}

static void
write_critical_gaps (ReportContext *context)
{
  const LacunaAnalysis *analysis = context->analysis;

  lacuna_pdf_heading (context->pdf, 2, _("Treaty compliance gaps"));
  if (analysis->critical_gaps->len == 0)
    {
      lacuna_pdf_paragraph (context->pdf, &report_body,
                            _("No mandatory measure was found to lack a legal basis altogether."));
      return;
    }
  lacuna_pdf_paragraph (context->pdf, &report_body,
                        _("These measures are duties of the Protocols (“shall”) for which the assessment found no legal basis at all:"));
  for (guint i = 0; i < analysis->critical_gaps->len && i < MAX_LISTED; i++)
    {
      const LacunaMeasure *measure = g_ptr_array_index (analysis->critical_gaps, i);
      g_autofree char *line = g_strdup_printf ("•  %s  %s", measure->id, report_tr (measure->title));
      lacuna_pdf_paragraph (context->pdf, &report_bullet, line);
    }
  if (analysis->critical_gaps->len > MAX_LISTED)
    {
      g_autofree char *more = g_strdup_printf (_("…and %u more, listed with the recommendations."),
                                               analysis->critical_gaps->len - MAX_LISTED);
      lacuna_pdf_paragraph (context->pdf, &report_bullet, more);
    }
}

/* At most eight, at most three per pillar, in rank order (urgent first),
 * so that no single pillar fills the page. */
static void
write_top_recommendations (ReportContext *context)
{
  g_autoptr(GHashTable) per_pillar = g_hash_table_new (NULL, NULL);
  guint shown = 0;

  lacuna_pdf_heading (context->pdf, 2, _("Priority recommendations"));
  for (guint i = 0; i < context->analysis->recommendations->len && shown < MAX_SUMMARY_RECOMMENDATIONS; i++)
    {
      LacunaRecommendation *recommendation = g_ptr_array_index (context->analysis->recommendations, i);
      LacunaPillar *pillar = lacuna_measure_get_pillar (recommendation->measure);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (per_pillar, pillar));
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      LacunaPdfStyle style = report_bullet;

      if (count >= MAX_PER_PILLAR)
        continue;
      g_hash_table_insert (per_pillar, pillar, GUINT_TO_POINTER (count + 1));
      shown++;
      style.color = *report_tier_color (recommendation->tier);
      style.face = LACUNA_PDF_BOLD;
      style.space_after = 0;
      label = g_strdup_printf ("%u.  %s", shown, lacuna_tier_label (recommendation->tier));
      action = g_strdup_printf ("%s (%s)", report_tr (recommendation->measure->recommendation),
                                recommendation->measure->id);
      lacuna_pdf_ensure (context->pdf, 40);
      lacuna_pdf_paragraph (context->pdf, &style, label);
      lacuna_pdf_paragraph (context->pdf, &report_bullet, action);
    }
  if (shown == 0)
    lacuna_pdf_paragraph (context->pdf, &report_body, _("No gap was recorded: there is nothing to recommend."));
}

static void
write_change_list (ReportContext *context,
                   LacunaChange   change,
                   const char    *title)
{
  const LacunaComparison *comparison = context->options->comparison;
  guint listed = 0;

  if (comparison->counts[change] == 0)
    return;
  lacuna_pdf_paragraph (context->pdf, &report_strong, title);
  for (guint i = 0; i < comparison->measures->len && listed < MAX_LISTED; i++)
    {
      LacunaMeasureChange *item = g_ptr_array_index (comparison->measures, i);
      g_autofree char *before = NULL, *after = NULL, *line = NULL;

      if (item->change != change)
        continue;
      before = report_score_text (item->old_score);
      after = report_score_text (item->new_score);
      line = g_strdup_printf ("•  %s  %s (%s → %s)", item->measure_id, report_tr (item->title), before, after);
      lacuna_pdf_paragraph (context->pdf, &report_bullet, line);
      listed++;
    }
}

static void
write_comparison (ReportContext *context)
{
  const LacunaComparison *comparison = context->options->comparison;
  g_autofree char *before = report_score_text (comparison->old_overall);
  g_autofree char *after = report_score_text (comparison->new_overall);
  g_autofree char *text = NULL;

  lacuna_pdf_heading (context->pdf, 2, _("Progress since the baseline"));
  text = g_strdup_printf (_("Compared with “%s”, the overall score went from %s to %s. %u measures improved, %u regressed and %u did not change; %u gaps were closed and %u opened."),
                          context->options->baseline_title != NULL ? context->options->baseline_title : _("the baseline"),
                          before, after, comparison->counts[LACUNA_CHANGE_IMPROVED],
                          comparison->counts[LACUNA_CHANGE_REGRESSED], comparison->counts[LACUNA_CHANGE_UNCHANGED],
                          comparison->gaps_closed, comparison->gaps_opened);
  lacuna_pdf_paragraph (context->pdf, &report_body, text);
  write_change_list (context, LACUNA_CHANGE_IMPROVED, _("Improved"));
  write_change_list (context, LACUNA_CHANGE_REGRESSED, _("Regressed"));
}

void
report_write_summary (ReportContext *context)
{
  lacuna_pdf_heading (context->pdf, 1, _("Executive summary"));
  write_overview (context);
  write_critical_gaps (context);
  write_top_recommendations (context);
  if (context->options->comparison != NULL)
    write_comparison (context);
}

typedef struct {
  const char *label;
  double      law;
  double      practice;
} ChartItem;

static void
draw_legend (ReportContext *context)
{
  LacunaPdf *pdf = context->pdf;
  guint page = lacuna_pdf_get_page_count (pdf) - 1;
  double x = lacuna_pdf_left (pdf), y = lacuna_pdf_get_y (pdf) - 10;
  double law_width = lacuna_pdf_text_width (pdf, LACUNA_PDF_REGULAR, 8, _("Legal basis index"));
  double practice_width = lacuna_pdf_text_width (pdf, LACUNA_PDF_REGULAR, 8, _("Practice index"));

  lacuna_pdf_fill_rect (pdf, page, &law_color, lacuna_pdf_mirror (pdf, x, 9), y, 9, 7);
  lacuna_pdf_draw_text (pdf, page, LACUNA_PDF_REGULAR, 8, &lacuna_pdf_black, lacuna_pdf_mirror (pdf, x + 13, law_width),
                        y, _("Legal basis index"));
  x += 20 + law_width + 12;
  lacuna_pdf_fill_rect (pdf, page, &practice_color, lacuna_pdf_mirror (pdf, x, 9), y, 9, 7);
  lacuna_pdf_draw_text (pdf, page, LACUNA_PDF_REGULAR, 8, &lacuna_pdf_black,
                        lacuna_pdf_mirror (pdf, x + 13, practice_width), y, _("Practice index"));
  lacuna_pdf_skip (pdf, 18);
}

/* Horizontal bars, legal basis above practice, drawn as vectors. In a
 * right-to-left report the whole chart is mirrored: labels on the right,
 * where the reader starts, and bars growing leftwards from them, with the
 * scale running 0 to 100 from right to left. A bar's length has no
 * direction of its own, and keeping each label beside where its bars start
 * is what makes the chart readable in either direction. */
static void
draw_chart (ReportContext   *context,
            const ChartItem *items,
            guint            n_items)
{
  static const LacunaPdfColor rule = { 0.85, 0.85, 0.85 };
  LacunaPdf *pdf = context->pdf;
  const double row_height = 26.0, bar_height = 8.0;
  double label_width = lacuna_pdf_content_width (pdf) * 0.36;
  double bars_left = lacuna_pdf_left (pdf) + label_width + 8;
  double bars_width = lacuna_pdf_content_width (pdf) - label_width - 8 - 26;
  double top;
  guint page;

  lacuna_pdf_ensure (pdf, MIN (n_items, 4) * row_height + 30);
  draw_legend (context);
  page = lacuna_pdf_get_page_count (pdf) - 1;
  top = lacuna_pdf_get_y (pdf);

  for (guint i = 0; i < n_items; i++)
    {
      const double values[2] = { items[i].law, items[i].practice };
      const LacunaPdfColor *colors[2] = { &law_color, &practice_color };
      g_autoptr(GPtrArray) label = lacuna_pdf_wrap (pdf, LACUNA_PDF_REGULAR, 8.5, items[i].label, label_width);
      double y;

      if (lacuna_pdf_get_y (pdf) - row_height < 70)
        {
          lacuna_pdf_add_page (pdf);
          page = lacuna_pdf_get_page_count (pdf) - 1;
          top = lacuna_pdf_get_y (pdf);
        }
      y = lacuna_pdf_get_y (pdf);
      for (guint l = 0; l < label->len && l < 2; l++)
        lacuna_pdf_draw_in (pdf, page, LACUNA_PDF_REGULAR, 8.5, &lacuna_pdf_black,
                            lacuna_pdf_mirror (pdf, lacuna_pdf_left (pdf), label_width),
                            lacuna_pdf_mirror (pdf, lacuna_pdf_left (pdf), label_width) + label_width, y - 9 - l * 10,
                            g_ptr_array_index (label, l));
      for (guint s = 0; s < 2; s++)
        {
          double bar_top = y - 2 - s * (bar_height + 2);
          g_autofree char *value = report_score_text (values[s]);

          if (isnan (values[s]))
            {
              const char *text = _("not scored");
              double width = lacuna_pdf_text_width (pdf, LACUNA_PDF_ITALIC, 7, text);

              lacuna_pdf_draw_text (pdf, page, LACUNA_PDF_ITALIC, 7, &lacuna_pdf_grey,
                                    lacuna_pdf_mirror (pdf, bars_left, width), bar_top - bar_height + 1, text);
            }
          else
            {
              double length = bars_width * values[s] / 100.0;
              double width = lacuna_pdf_text_width (pdf, LACUNA_PDF_REGULAR, 7, value);

              lacuna_pdf_fill_rect (pdf, page, colors[s], lacuna_pdf_mirror (pdf, bars_left, length),
                                    bar_top - bar_height, length, bar_height);
              lacuna_pdf_draw_text (pdf, page, LACUNA_PDF_REGULAR, 7, &lacuna_pdf_black,
                                    lacuna_pdf_mirror (pdf, bars_left + length + 3, width), bar_top - bar_height + 1,
                                    value);
            }
        }
      lacuna_pdf_skip (pdf, row_height);
      (void) top;
    }
  /* The scale: 0, 50 and 100, under the last row. */
  for (guint tick = 0; tick <= 2; tick++)
    {
      double x = lacuna_pdf_mirror (pdf, bars_left + bars_width * tick / 2.0, 0);
      g_autofree char *label = g_strdup_printf ("%u", tick * 50);

      lacuna_pdf_line (pdf, page, &rule, x, lacuna_pdf_get_y (pdf) + 4, x, lacuna_pdf_get_y (pdf) + 8, 0.5);
      lacuna_pdf_draw_text (pdf, page, LACUNA_PDF_REGULAR, 6.5, &lacuna_pdf_grey, x - 4, lacuna_pdf_get_y (pdf) - 4,
                            label);
    }
  lacuna_pdf_skip (pdf, 14);
}

void
report_write_charts (ReportContext *context)
{
  LacunaPdfStyle caption = report_strong;

  lacuna_pdf_heading (context->pdf, 1, _("Charts"));
  lacuna_pdf_paragraph (context->pdf, &report_body,
                        _("For each pillar and area, the legal-basis index (is it provided for?) beside the practice index (is it applied?). A long blue bar over a short orange one marks laws that exist but are not applied."));

  for (guint f = 0; f < context->analysis->frameworks->len; f++)
    {
      LacunaFrameworkResult *framework = g_ptr_array_index (context->analysis->frameworks, f);
      g_autofree ChartItem *pillars = g_new0 (ChartItem, framework->pillars->len);

      lacuna_pdf_heading (context->pdf, 2, report_tr (framework->framework->short_title));
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);
          pillars[p] = (ChartItem) { report_tr (pillar->pillar->title), pillar->score.law_index,
                                     pillar->score.practice_index };
        }
      draw_chart (context, pillars, framework->pillars->len);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillarResult *pillar = g_ptr_array_index (framework->pillars, p);
          g_autofree ChartItem *areas = g_new0 (ChartItem, pillar->areas->len);

          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaAreaResult *area = g_ptr_array_index (pillar->areas, a);
              areas[a] = (ChartItem) { report_tr (area->area->title), area->score.law_index, area->score.practice_index };
            }
          /* The caption stays with the legend and the first bars. */
          lacuna_pdf_ensure (context->pdf, 16 + 18 + MIN (pillar->areas->len, 3) * 26 + 20);
          lacuna_pdf_paragraph (context->pdf, &caption, report_tr (pillar->pillar->title));
          draw_chart (context, areas, pillar->areas->len);
        }
    }
}
