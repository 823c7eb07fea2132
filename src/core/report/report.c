/* report.c — the report as a whole: cover, contents, then the sections in
 * order, then running headers and page numbers
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include "i18n-private.h"

#include "atomic-file.h"
#include "message-catalog.h"
#include "language.h"
#include "report-private.h"

G_DEFINE_QUARK (lacuna-report-error-quark, lacuna_report_error)

const LacunaPdfStyle report_body = { LACUNA_PDF_REGULAR, 9.5, { 0.13, 0.13, 0.13 }, 0, 5 };
const LacunaPdfStyle report_small = { LACUNA_PDF_REGULAR, 8.5, { 0.42, 0.42, 0.42 }, 0, 3 };
const LacunaPdfStyle report_strong = { LACUNA_PDF_BOLD, 9.5, { 0.13, 0.13, 0.13 }, 0, 2 };
const LacunaPdfStyle report_bullet = { LACUNA_PDF_REGULAR, 9.5, { 0.13, 0.13, 0.13 }, 12, 3 };

const char *
report_tr (const char *text)
{
  return text != NULL && *text != '\0' ? lacuna_i18n_gettext (text) : text;
}

char *
report_score_text (double value)
{
  return isnan (value) ? g_strdup (C_("score", "–")) : g_strdup_printf ("%.0f", value);
}

const LacunaPdfColor *
report_tier_color (LacunaTier tier)
{
  static const LacunaPdfColor colors[LACUNA_N_TIERS] = {
    { 0.70, 0.15, 0.12 },   /* urgent */
    { 0.80, 0.48, 0.00 },   /* important */
    { 0.12, 0.44, 0.70 },   /* advisory */
  };
  return &colors[tier];
}

char *
report_level_text (const LacunaMeasure *measure,
                   const LacunaAnswer  *answer,
                   LacunaDimensions     dimension)
{
  LacunaLevel level;

  if (!(measure->dimensions & dimension))
    return g_strdup (C_("dimension does not apply", "—"));
  if (answer == NULL)
    return g_strdup (lacuna_level_label (LACUNA_LEVEL_UNANSWERED));
  if (answer->not_applicable)
    return g_strdup (_("Not applicable"));
  level = dimension == LACUNA_DIMENSION_LEGAL_BASIS ? answer->law : answer->practice;
  return g_strdup (lacuna_level_label (level));
}

void
report_add_row (GPtrArray            *rows,
                const LacunaPdfColor *accent,
                ...)
{
  LacunaPdfRow *row = g_new0 (LacunaPdfRow, 1);
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  const char *cell;
  va_list args;

  va_start (args, accent);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (cells, cell);
  va_end (args);
  row->cells = g_strv_builder_end (cells);
  if (accent != NULL)
    {
      row->has_accent = TRUE;
      row->accent = *accent;
    }
  g_ptr_array_add (rows, row);
}

static char *
frameworks_text (ReportContext *context)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < context->analysis->frameworks->len; i++)
    {
      LacunaFrameworkResult *result = g_ptr_array_index (context->analysis->frameworks, i);
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", report_tr (result->framework->title));
    }
  return g_string_free (text, FALSE);
}

static char *
report_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) when = epoch != NULL && *epoch != '\0'
                                ? g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10))
                                : g_date_time_new_now_local ();

  return g_date_time_format (when, "%Y-%m-%d");
}

static const char *
exercise_status_label (const char *status)
{
  LacunaExerciseStatus value = LACUNA_EXERCISE_DRAFT;

  lacuna_exercise_status_from_string (status, &value);
  switch (value)
    {
    case LACUNA_EXERCISE_UNDER_VALIDATION:
      return _("Under validation");
    case LACUNA_EXERCISE_VALIDATED:
      return _("Validated");
    case LACUNA_EXERCISE_DRAFT:
    case LACUNA_N_EXERCISE_STATUSES:
    default:
      return _("Draft");
    }
}

static void
cover_line (ReportContext *context,
            const char    *label,
            const char    *value)
{
  LacunaPdfStyle label_style = report_small;
  LacunaPdfStyle value_style = { LACUNA_PDF_REGULAR, 11.5, lacuna_pdf_black, 0, 9 };

  if (value == NULL || *value == '\0')
    return;
  label_style.space_after = 1;
  lacuna_pdf_paragraph (context->pdf, &label_style, label);
  lacuna_pdf_paragraph (context->pdf, &value_style, value);
}

static void
write_cover (ReportContext *context)
{
  static const LacunaPdfColor band = { 0.0, 0.33, 0.58 };
  static const LacunaPdfColor white = { 1, 1, 1 };
  LacunaPdfStyle title = { LACUNA_PDF_BOLD, 22, lacuna_pdf_accent, 0, 12 };
  LacunaPdfStyle subtitle = { LACUNA_PDF_REGULAR, 13, lacuna_pdf_black, 0, 26 };
  char **values = context->details->values;
  g_autofree char *frameworks = frameworks_text (context);
  g_autofree char *date = report_date ();
  g_autofree char *period = NULL;
  g_autofree char *status = NULL;
  guint page = lacuna_pdf_add_page (context->pdf);

  lacuna_pdf_fill_rect (context->pdf, page, &band, 0, LACUNA_PDF_PAGE_HEIGHT - 110, LACUNA_PDF_PAGE_WIDTH, 110);
  lacuna_pdf_draw_in (context->pdf, page, LACUNA_PDF_BOLD, 13, &white, lacuna_pdf_left (context->pdf),
                      lacuna_pdf_left (context->pdf) + lacuna_pdf_content_width (context->pdf),
                      LACUNA_PDF_PAGE_HEIGHT - 60, _("Gap analysis"));
  {
    /* Longer in most languages than in English: it wraps inside the band,
     * on two lines at most, in smaller type when two are not enough. */
    const char *subject = _("International Frameworks for Action on trafficking in persons and the smuggling of migrants");
    double size = 10;
    g_autoptr(GPtrArray) lines = lacuna_pdf_wrap (context->pdf, LACUNA_PDF_REGULAR, size, subject,
                                                  lacuna_pdf_content_width (context->pdf));

    if (lines->len > 2)
      {
        size = 8;
        g_clear_pointer (&lines, g_ptr_array_unref);
        lines = lacuna_pdf_wrap (context->pdf, LACUNA_PDF_REGULAR, size, subject,
                                 lacuna_pdf_content_width (context->pdf));
      }
    for (guint i = 0; i < MIN (lines->len, 2); i++)
      lacuna_pdf_draw_in (context->pdf, page, LACUNA_PDF_REGULAR, size, &white, lacuna_pdf_left (context->pdf),
                          lacuna_pdf_left (context->pdf) + lacuna_pdf_content_width (context->pdf),
                          LACUNA_PDF_PAGE_HEIGHT - 80 - i * (size + 3), g_ptr_array_index (lines, i));
  }
  lacuna_pdf_skip (context->pdf, 90);

  lacuna_pdf_paragraph (context->pdf, &title, values[LACUNA_DETAIL_TITLE]);
  lacuna_pdf_paragraph (context->pdf, &subtitle, values[LACUNA_DETAIL_COUNTRY_NAME]);

  if (values[LACUNA_DETAIL_PERIOD_START] != NULL || values[LACUNA_DETAIL_PERIOD_END] != NULL)
    period = g_strdup_printf ("%s – %s", values[LACUNA_DETAIL_PERIOD_START] ? values[LACUNA_DETAIL_PERIOD_START] : "…",
                              values[LACUNA_DETAIL_PERIOD_END] ? values[LACUNA_DETAIL_PERIOD_END] : "…");
  if (g_strcmp0 (values[LACUNA_DETAIL_EXERCISE_STATUS], "validated") == 0 && values[LACUNA_DETAIL_VALIDATED_BY] != NULL)
    status = g_strdup_printf (_("Validated by %s on %s"), values[LACUNA_DETAIL_VALIDATED_BY],
                              values[LACUNA_DETAIL_VALIDATED_AT] ? values[LACUNA_DETAIL_VALIDATED_AT] : "…");
  else
    status = g_strdup (exercise_status_label (values[LACUNA_DETAIL_EXERCISE_STATUS]));

  cover_line (context, _("Frameworks assessed"), frameworks);
  cover_line (context, _("Period assessed"), period);
  cover_line (context, _("Lead institution"), values[LACUNA_DETAIL_LEAD_INSTITUTION]);
  cover_line (context, _("Status of the assessment"), status);
  cover_line (context, _("Date of this report"), date);
  cover_line (context, _("Edition"),
              context->public_edition
                ? _("Public edition: notes, personal names and confidential information are left out")
                : _("Internal edition: includes notes and confidential information — do not circulate"));
  if (context->details->baseline_title != NULL)
    cover_line (context, _("Follow-up of"), context->details->baseline_title);
}

/* A character none of the report's faces has (an emoji, a rare
 * ideograph, a script without a face) is printed as "�" where it occurs,
 * never as an invisible glyph; the report ends by saying which were not
 * printed, so that a reader knows the text differs from the assessment. */
static void
write_missing_characters (ReportContext *context)
{
  g_autoptr(GArray) missing = lacuna_pdf_get_missing_characters (context->pdf);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (missing->len == 0)
    return;
  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (list, "%sU+%04X", i > 0 ? ", " : "", g_array_index (missing, gunichar, i));
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The report's fonts have no letter for %u character of the assessment, printed as “�”: %s.",
                                       "The report's fonts have no letter for %u characters of the assessment, printed as “�”: %s.",
                                       missing->len),
                          missing->len, list->str);
  lacuna_pdf_skip (context->pdf, 10);
  lacuna_pdf_paragraph (context->pdf, &report_small, text);
}

/* Headings listed in the contents (levels 1 and 2), counted before they
 * are written so that the right number of contents pages is kept free. */
static guint
count_contents_entries (ReportContext *context)
{
  guint entries = 6          /* level-1 sections */
                  + 2        /* summary: treaty gaps, priority recommendations */
                  + 4;       /* annexes A to D */

  if (context->options->comparison != NULL)
    entries++;
  if (!context->public_edition)
    entries++;             /* annex E, every answer */
  for (guint f = 0; f < context->analysis->frameworks->len; f++)
    entries += 1 + ((LacunaFrameworkResult *) g_ptr_array_index (context->analysis->frameworks, f))->pillars->len;
  return entries;
}

gboolean
lacuna_report_write (LacunaStore               *store,
                     const LacunaAnalysis      *analysis,
                     const LacunaReportOptions *options,
                     const char                *path,
                     GError                   **error)
{
  static const LacunaReportOptions defaults = { .edition = LACUNA_REPORT_INTERNAL };
  g_autoptr(LacunaPdf) pdf = NULL;
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  g_autofree char *subject = NULL;
  g_autofree char *running_header = NULL;
  g_autofree char *language_tag = NULL;
  g_autoptr(LacunaMessageCatalog) language = NULL;
  ReportContext context = { 0 };

  /* Before the work, not after it. */
  if (!lacuna_atomic_file_check_replaceable (path, error))
    return FALSE;
  if (options != NULL && options->language != NULL)
    {
      language = lacuna_message_catalog_open (options->language, NULL, error);
      if (language == NULL)
        return FALSE;
    }
  pdf = lacuna_pdf_new (lacuna_fonts_directory (), error);
  if (pdf == NULL)
    return FALSE;

  /* Everything the report says comes from the catalogue of its language,
   * in this thread only; errors, which reach the person at the screen,
   * stay in theirs: the catalogue is set after the fonts are loaded and
   * taken away before the file is saved. */
  if (language != NULL)
    lacuna_message_catalog_push_thread_default (language);

  context.pdf = pdf;
  context.store = store;
  context.analysis = analysis;
  context.options = options != NULL ? options : &defaults;
  context.details = details;
  context.public_edition = context.options->edition == LACUNA_REPORT_PUBLIC;
  lacuna_pdf_set_direction (pdf, lacuna_language_is_rtl (context.options->language) ? LACUNA_PDF_RTL : LACUNA_PDF_LTR);
  language_tag = lacuna_language_current_tag ();
  lacuna_pdf_set_language (pdf, language_tag);

  subject = g_strdup_printf (_("Gap analysis against the International Frameworks for Action: %s"),
                             details->values[LACUNA_DETAIL_COUNTRY_NAME]);
  lacuna_pdf_set_metadata (pdf, details->values[LACUNA_DETAIL_TITLE], subject,
                           details->values[LACUNA_DETAIL_LEAD_INSTITUTION] != NULL
                             ? details->values[LACUNA_DETAIL_LEAD_INSTITUTION]
                             : details->values[LACUNA_DETAIL_COUNTRY_NAME],
                           _("trafficking in persons; smuggling of migrants; gap analysis; UNTOC; Protocols"));

  write_cover (&context);
  lacuna_pdf_reserve_contents (pdf, lacuna_pdf_contents_pages_needed (count_contents_entries (&context)));
  report_write_summary (&context);
  report_write_charts (&context);
  report_write_findings (&context);
  report_write_recommendations (&context);
  report_write_gaps (&context);
  report_write_annexes (&context);
  write_missing_characters (&context);

  running_header = g_strdup_printf ("%s — %s", details->values[LACUNA_DETAIL_COUNTRY_NAME],
                                    details->values[LACUNA_DETAIL_TITLE]);
  lacuna_pdf_finish (pdf, _("Contents"), running_header,
                     context.public_edition ? _("Public edition") : _("Internal edition"));
  if (language != NULL)
    lacuna_message_catalog_pop_thread_default (language);
  return lacuna_pdf_save (pdf, path, error);
}
