/* import-csv.c — answers back from a spreadsheet
 *
 * Reads the columns export-csv.c writes; the framework-structure columns
 * are there for people and are ignored. Every row is checked before
 * anything is written, and all rows are written in one transaction.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include "i18n-private.h"

#include "export-csv.h"
#include "import.h"
#include "store-private.h"

typedef struct {
  GPtrArray *fields;   /* char* */
  guint      line;     /* where the row starts, counting from 1 */
} CsvRow;

static void
csv_row_free (CsvRow *row)
{
  g_ptr_array_unref (row->fields);
  g_free (row);
}

GPtrArray *
lacuna_csv_parse (const char  *text,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) csv_row_free);
  const char *p = text, *end = text + length;
  guint line = 1;

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      CsvRow *row = g_new0 (CsvRow, 1);
      gboolean row_done = FALSE;

      row->fields = g_ptr_array_new_with_free_func (g_free);
      row->line = line;
      g_ptr_array_add (rows, row);

      while (!row_done)
        {
          GString *field = g_string_new (NULL);

          if (p < end && *p == '"')
            {
              guint quote_line = line;
              p++;
              for (;;)
                {
                  if (p >= end)
                    {
                      g_string_free (field, TRUE);
                      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                                   _("line %u: a quoted field is never closed"), quote_line);
                      return NULL;
                    }
                  if (*p == '"')
                    {
                      if (p + 1 < end && p[1] == '"')
                        {
                          g_string_append_c (field, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }
                  if (*p == '\n')
                    line++;
                  g_string_append_c (field, *p++);
                }
            }
          while (p < end && *p != ',' && *p != '\n' && *p != '\r')
            g_string_append_c (field, *p++);
          g_ptr_array_add (row->fields, g_string_free (field, FALSE));

          if (p >= end)
            row_done = TRUE;
          else if (*p == ',')
            p++;
          else
            {
              if (*p == '\r')
                p++;
              if (p < end && *p == '\n')
                p++;
              line++;
              row_done = TRUE;
            }
        }
    }
  return g_steal_pointer (&rows);
}

typedef enum {
  COLUMN_IGNORED,
  COLUMN_MEASURE,
  COLUMN_LAW,
  COLUMN_PRACTICE,
  COLUMN_NOT_APPLICABLE,
  COLUMN_NA_REASON,
  COLUMN_EVIDENCE,
  COLUMN_NOTES,
  COLUMN_RESPONSIBLE,
  COLUMN_TA_NEEDS,
  COLUMN_TA_OTHER,
  COLUMN_URGENCY,
  COLUMN_URGENCY_REASON,
  COLUMN_TIMEFRAME,
  COLUMN_TO_RECONFIRM,
  COLUMN_CONFIDENTIAL,
} Column;

static const struct {
  const char *name;
  Column      column;
} column_names[] = {
  { "framework", COLUMN_IGNORED }, { "pillar", COLUMN_IGNORED }, { "pillar_title", COLUMN_IGNORED },
  { "area", COLUMN_IGNORED }, { "area_title", COLUMN_IGNORED }, { "measure_title", COLUMN_IGNORED },
  { "obligation", COLUMN_IGNORED }, { "changed_by", COLUMN_IGNORED }, { "changed_at", COLUMN_IGNORED },
  { "measure_id", COLUMN_MEASURE }, { "law", COLUMN_LAW }, { "practice", COLUMN_PRACTICE },
  { "not_applicable", COLUMN_NOT_APPLICABLE }, { "na_reason", COLUMN_NA_REASON },
  { "evidence", COLUMN_EVIDENCE }, { "notes", COLUMN_NOTES }, { "responsible", COLUMN_RESPONSIBLE },
  { "ta_needs", COLUMN_TA_NEEDS }, { "ta_other", COLUMN_TA_OTHER }, { "urgency", COLUMN_URGENCY },
  { "urgency_reason", COLUMN_URGENCY_REASON }, { "timeframe", COLUMN_TIMEFRAME },
  { "to_reconfirm", COLUMN_TO_RECONFIRM }, { "confidential", COLUMN_CONFIDENTIAL },
};

/* Undoes export-csv.c's guard against spreadsheet formulas. */
static char *
cell_text (const char *cell)
{
  if (cell[0] == '\'' && strchr ("=+-@", cell[1]) != NULL && cell[1] != '\0')
    return g_strdup (cell + 1);
  return *cell != '\0' ? g_strdup (cell) : NULL;
}

static gboolean
parse_yes_no (const char *cell,
              gboolean   *out)
{
  if (*cell == '\0' || g_ascii_strcasecmp (cell, "no") == 0 || g_str_equal (cell, "0") ||
      g_ascii_strcasecmp (cell, "false") == 0)
    *out = FALSE;
  else if (g_ascii_strcasecmp (cell, "yes") == 0 || g_str_equal (cell, "1") || g_ascii_strcasecmp (cell, "true") == 0)
    *out = TRUE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
apply_cell (LacunaAnswer  *answer,
            Column         column,
            const char    *cell,
            GError       **error)
{
  g_autofree char *text = cell_text (cell);
  g_autofree char *bad = NULL;

  switch (column)
    {
    case COLUMN_LAW:
    case COLUMN_PRACTICE:
      {
        LacunaLevel *level = column == COLUMN_LAW ? &answer->law : &answer->practice;
        if (text == NULL)
          *level = LACUNA_LEVEL_UNANSWERED;
        else if (!lacuna_level_from_string (text, level))
          {
            g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                         _("“%s” is not a level; use none, partial, largely, full, unknown or leave it empty"), text);
            return FALSE;
          }
        return TRUE;
      }
    case COLUMN_NOT_APPLICABLE:
    case COLUMN_TO_RECONFIRM:
    case COLUMN_CONFIDENTIAL:
      {
        gboolean *flag = column == COLUMN_NOT_APPLICABLE ? &answer->not_applicable
                         : column == COLUMN_TO_RECONFIRM ? &answer->to_reconfirm
                                                         : &answer->confidential;
        if (!parse_yes_no (cell, flag))
          {
            g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("write yes or no, not “%s”"), cell);
            return FALSE;
          }
        return TRUE;
      }
    case COLUMN_TA_NEEDS:
      if (!lacuna_ta_needs_from_string (text, &answer->ta_needs, &bad))
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("“%s” is not a kind of technical assistance"), bad);
          return FALSE;
        }
      return TRUE;
    case COLUMN_URGENCY:
      if (!lacuna_urgency_from_string (text, &answer->urgency))
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("“%s” is not an urgency; use lower, normal or higher"), text);
          return FALSE;
        }
      return TRUE;
    case COLUMN_NA_REASON:
      g_free (answer->na_reason), answer->na_reason = g_steal_pointer (&text);
      return TRUE;
    case COLUMN_EVIDENCE:
      g_free (answer->evidence), answer->evidence = g_steal_pointer (&text);
      return TRUE;
    case COLUMN_NOTES:
      g_free (answer->notes), answer->notes = g_steal_pointer (&text);
      return TRUE;
    case COLUMN_RESPONSIBLE:
      g_free (answer->responsible), answer->responsible = g_steal_pointer (&text);
      return TRUE;
    case COLUMN_TA_OTHER:
      g_free (answer->ta_other), answer->ta_other = g_steal_pointer (&text);
      return TRUE;
    case COLUMN_URGENCY_REASON:
      g_free (answer->urgency_reason), answer->urgency_reason = g_steal_pointer (&text);
      return TRUE;
    case COLUMN_TIMEFRAME:
      g_free (answer->timeframe), answer->timeframe = g_steal_pointer (&text);
      return TRUE;
    case COLUMN_IGNORED:
    case COLUMN_MEASURE:
    default:
      return TRUE;
    }
}

gboolean
lacuna_import_csv_into (LacunaStore  *store,
                        const char   *text,
                        gsize         length,
                        const char   *by,
                        GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autoptr(GPtrArray) answers = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_answer_free);
  g_autoptr(GArray) answer_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  CsvRow *header;
  int measure_column = -1;

  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("The CSV file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”."));
      return FALSE;
    }
  rows = lacuna_csv_parse (text, length, error);
  if (rows == NULL)
    return FALSE;
  if (rows->len == 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("The CSV file is empty."));
      return FALSE;
    }

  header = g_ptr_array_index (rows, 0);
  for (guint i = 0; i < header->fields->len; i++)
    {
      const char *name = g_ptr_array_index (header->fields, i);
      Column column = COLUMN_IGNORED;
      gboolean known = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (column_names) && !known; j++)
        if (g_str_equal (name, column_names[j].name))
          {
            column = column_names[j].column;
            known = TRUE;
          }
      if (!known)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("line 1, column %u: “%s” is not a column Lacuna knows; compare with a file from “lacuna-cli export --format csv”."),
                       i + 1, name);
          return FALSE;
        }
      if (column == COLUMN_MEASURE)
        measure_column = (int) i;
      g_array_append_val (columns, column);
    }
  if (measure_column < 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("line 1: the CSV file has no “measure_id” column."));
      return FALSE;
    }

  /* Check every row before writing any. */
  for (guint r = 1; r < rows->len; r++)
    {
      CsvRow *row = g_ptr_array_index (rows, r);
      const char *measure_id;
      g_autoptr(LacunaAnswer) answer = NULL;

      if (row->fields->len == 1 && *(const char *) g_ptr_array_index (row->fields, 0) == '\0')
        continue;   /* a blank line */
      if (row->fields->len != header->fields->len)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("line %u: %u fields where the header has %u."), row->line, row->fields->len,
                       header->fields->len);
          return FALSE;
        }
      measure_id = g_ptr_array_index (row->fields, measure_column);
      if (lacuna_catalog_find_measure (lacuna_store_get_catalog (store), measure_id) == NULL)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_UNKNOWN_MEASURE,
                       _("line %u, column measure_id: there is no measure “%s”."), row->line, measure_id);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer) measure_id))
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("line %u, column measure_id: “%s” appears twice."), row->line, measure_id);
          return FALSE;
        }

      answer = lacuna_store_get_answer (store, measure_id);
      for (guint c = 0; c < columns->len; c++)
        {
          GError *cell_error = NULL;

          if (!apply_cell (answer, g_array_index (columns, Column, c), g_ptr_array_index (row->fields, c),
                           &cell_error))
            {
              g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("line %u, column %s: %s."),
                           row->line, (const char *) g_ptr_array_index (header->fields, c), cell_error->message);
              g_error_free (cell_error);
              return FALSE;
            }
        }
      g_ptr_array_add (answers, g_steal_pointer (&answer));
      g_array_append_val (answer_lines, row->line);
    }

  if (!lacuna_store_begin_batch (store, error))
    return FALSE;
  for (guint i = 0; i < answers->len; i++)
    {
      LacunaAnswer *answer = g_ptr_array_index (answers, i);

      if (!lacuna_store_set_answer (store, answer, by, error))
        {
          g_prefix_error (error, _("line %u (%s): "), g_array_index (answer_lines, guint, i), answer->measure_id);
          lacuna_store_end_batch (store, FALSE, NULL);
          return FALSE;
        }
    }
  return lacuna_store_end_batch (store, TRUE, error);
}
