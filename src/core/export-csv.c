/* export-csv.c — the assessment as a spreadsheet: one row per measure
 *
 * RFC 4180: comma-separated, CRLF line ends, fields quoted when needed,
 * quotes doubled. A UTF-8 byte-order mark leads the file: without it Excel
 * reads UTF-8 as the local code page and mangles every accent.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "export-csv.h"

const char *const lacuna_csv_columns[] = {
  "framework", "pillar", "pillar_title", "area", "area_title", "measure_id", "measure_title", "obligation",
  "law", "practice", "not_applicable", "na_reason", "evidence", "notes", "responsible", "ta_needs", "ta_other",
  "urgency", "urgency_reason", "timeframe", "to_reconfirm", "confidential", "changed_by", "changed_at",
  NULL
};

static void
append_field (GString    *out,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL || *value == '\0')
    return;
  /* Spreadsheets would run a cell starting with = + - @ as a formula; a
   * leading apostrophe is what they themselves use to mean "text". */
  if (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')
    {
      g_autofree char *guarded = g_strconcat ("'", value, NULL);
      append_field (out, guarded, TRUE);
      return;
    }
  if (strpbrk (value, ",\"\r\n") == NULL && value[0] != ' ')
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static const char *
level_or_empty (LacunaLevel level)
{
  return level == LACUNA_LEVEL_UNANSWERED ? NULL : lacuna_level_to_string (level);
}

char *
lacuna_export_csv (LacunaStore *store)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));

  for (guint i = 0; lacuna_csv_columns[i] != NULL; i++)
    append_field (out, lacuna_csv_columns[i], i == 0);
  g_string_append (out, "\r\n");

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      if (!lacuna_store_has_framework (store, framework->id))
        continue;
      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          LacunaPillar *pillar = lacuna_measure_get_pillar (measure);
          g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure->id);
          g_autofree char *ta_needs = lacuna_ta_needs_to_string (answer->ta_needs);
          const char *row[] = {
            framework->id, pillar->id, pillar->title, measure->area->id, measure->area->title, measure->id,
            measure->title, lacuna_obligation_to_string (measure->obligation),
            level_or_empty (answer->law), level_or_empty (answer->practice),
            answer->not_applicable ? "yes" : "no", answer->na_reason, answer->evidence, answer->notes,
            answer->responsible, ta_needs, answer->ta_other, lacuna_urgency_to_string (answer->urgency),
            answer->urgency_reason, answer->timeframe, answer->to_reconfirm ? "yes" : "no",
            answer->confidential ? "yes" : "no", answer->changed_by, answer->changed_at,
          };

          for (guint i = 0; i < G_N_ELEMENTS (row); i++)
            append_field (out, row[i], i == 0);
          g_string_append (out, "\r\n");
        }
    }
  return g_string_free (out, FALSE);
}
