/* store-answers.c — reading and recording the answer to each measure
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "names.h"
#include "store-private.h"

#define ANSWER_COLUMNS \
  "measure_id, law, practice, not_applicable, na_reason, evidence, notes, responsible, ta_needs," \
  " ta_other, urgency, urgency_reason, timeframe, to_reconfirm, confidential, changed_by, changed_at"

static LacunaAnswer *
answer_from_row (sqlite3_stmt *row)
{
  LacunaAnswer *answer = lacuna_answer_new (NULL);
  g_autofree char *law = lacuna_sql_column_text (row, 1);
  g_autofree char *practice = lacuna_sql_column_text (row, 2);
  g_autofree char *ta_needs = lacuna_sql_column_text (row, 8);
  g_autofree char *urgency = lacuna_sql_column_text (row, 10);

  answer->measure_id = lacuna_sql_column_text (row, 0);
  /* The CHECK constraints keep the values valid; a file edited by hand
   * that slips past them reads as unanswered rather than failing. */
  if (!lacuna_level_from_string (law, &answer->law))
    answer->law = LACUNA_LEVEL_UNANSWERED;
  if (!lacuna_level_from_string (practice, &answer->practice))
    answer->practice = LACUNA_LEVEL_UNANSWERED;
  answer->not_applicable = sqlite3_column_int (row, 3) != 0;
  answer->na_reason = lacuna_sql_column_text (row, 4);
  answer->evidence = lacuna_sql_column_text (row, 5);
  answer->notes = lacuna_sql_column_text (row, 6);
  answer->responsible = lacuna_sql_column_text (row, 7);
  if (!lacuna_ta_needs_from_string (ta_needs, &answer->ta_needs, NULL))
    answer->ta_needs = LACUNA_TA_NONE;
  answer->ta_other = lacuna_sql_column_text (row, 9);
  if (!lacuna_urgency_from_string (urgency, &answer->urgency))
    answer->urgency = LACUNA_URGENCY_NORMAL;
  answer->urgency_reason = lacuna_sql_column_text (row, 11);
  answer->timeframe = lacuna_sql_column_text (row, 12);
  answer->to_reconfirm = sqlite3_column_int (row, 13) != 0;
  answer->confidential = sqlite3_column_int (row, 14) != 0;
  answer->changed_by = lacuna_sql_column_text (row, 15);
  answer->changed_at = lacuna_sql_column_text (row, 16);
  return answer;
}

/* The stored answer, or a blank one for a measure not yet discussed. */
LacunaAnswer *
lacuna_store_get_answer (LacunaStore *store,
                         const char  *measure_id)
{
  g_autoptr(sqlite3_stmt) row = NULL;

  row = lacuna_sql_prepare (store->db, "SELECT " ANSWER_COLUMNS " FROM answer WHERE measure_id = ?1", NULL);
  if (row != NULL)
    {
      lacuna_sql_bind_text (row, 1, measure_id);
      if (sqlite3_step (row) == SQLITE_ROW)
        return answer_from_row (row);
    }
  return lacuna_answer_new (measure_id);
}

GPtrArray *
lacuna_store_list_answers (LacunaStore *store)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  GPtrArray *answers = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_answer_free);

  rows = lacuna_sql_prepare (store->db, "SELECT " ANSWER_COLUMNS " FROM answer ORDER BY measure_id", NULL);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    g_ptr_array_add (answers, answer_from_row (rows));
  return answers;
}

GPtrArray *
lacuna_store_list_answer_levels (LacunaStore *store)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  GPtrArray *answers = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_answer_free);

  rows = lacuna_sql_prepare (store->db, "SELECT measure_id, law, practice, not_applicable FROM answer", NULL);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    {
      LacunaAnswer *answer = lacuna_answer_new (NULL);
      g_autofree char *law = lacuna_sql_column_text (rows, 1);
      g_autofree char *practice = lacuna_sql_column_text (rows, 2);

      answer->measure_id = lacuna_sql_column_text (rows, 0);
      /* As answer_from_row() reads them. */
      if (!lacuna_level_from_string (law, &answer->law))
        answer->law = LACUNA_LEVEL_UNANSWERED;
      if (!lacuna_level_from_string (practice, &answer->practice))
        answer->practice = LACUNA_LEVEL_UNANSWERED;
      answer->not_applicable = sqlite3_column_int (rows, 3) != 0;
      g_ptr_array_add (answers, answer);
    }
  return answers;
}


static gboolean
validate_answer (LacunaStore         *store,
                 const LacunaAnswer  *answer,
                 GError             **error)
{
  LacunaMeasure *measure = lacuna_catalog_find_measure (store->catalog, answer->measure_id);

  if (measure == NULL)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_UNKNOWN_MEASURE,
                   _("There is no measure “%s” in this assessment’s frameworks."),
                   answer->measure_id != NULL ? answer->measure_id : "");
      return FALSE;
    }
  if (!lacuna_store_is_measure_in_scope (store, measure))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_UNKNOWN_MEASURE,
                   _("Measure “%s” belongs to the framework “%s”, which this assessment does not cover."),
                   measure->id, lacuna_measure_get_framework (measure)->id);
      return FALSE;
    }
  if (answer->law >= LACUNA_N_LEVELS || answer->practice >= LACUNA_N_LEVELS ||
      answer->urgency >= LACUNA_N_URGENCIES)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("Measure “%s”: invalid level or urgency."), measure->id);
      return FALSE;
    }
  if (!(measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) && answer->law != LACUNA_LEVEL_UNANSWERED)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("Measure “%s” is assessed on practice only; it has no legal-basis answer."), measure->id);
      return FALSE;
    }
  if (!(measure->dimensions & LACUNA_DIMENSION_PRACTICE) && answer->practice != LACUNA_LEVEL_UNANSWERED)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("Measure “%s” is assessed on its legal basis only; it has no practice answer."), measure->id);
      return FALSE;
    }
  if (answer->not_applicable && lacuna_text_is_blank (answer->na_reason))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("Measure “%s”: say why it does not apply before marking it not applicable."), measure->id);
      return FALSE;
    }
  if (answer->urgency != LACUNA_URGENCY_NORMAL && lacuna_text_is_blank (answer->urgency_reason))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("Measure “%s”: give a reason for raising or lowering its urgency."), measure->id);
      return FALSE;
    }
  return TRUE;
}

static const char *
flag_string (gboolean flag)
{
  return flag ? "1" : "0";
}

static const char *
level_or_null (LacunaLevel level)
{
  return level == LACUNA_LEVEL_UNANSWERED ? NULL : lacuna_level_to_string (level);
}

/* Field names are those of the history and of the JSON export. */
static gboolean
record_answer_changes (LacunaStore        *store,
                       const LacunaAnswer *before,
                       const LacunaAnswer *after,
                       const char         *at,
                       const char         *by,
                       GError            **error)
{
  g_autofree char *ta_before = lacuna_ta_needs_to_string (before->ta_needs);
  g_autofree char *ta_after = lacuna_ta_needs_to_string (after->ta_needs);
  const struct {
    const char *field;
    const char *old_value;
    const char *new_value;
  } fields[] = {
    { "law", level_or_null (before->law), level_or_null (after->law) },
    { "practice", level_or_null (before->practice), level_or_null (after->practice) },
    { "not_applicable", flag_string (before->not_applicable), flag_string (after->not_applicable) },
    { "na_reason", before->na_reason, after->na_reason },
    { "evidence", before->evidence, after->evidence },
    { "notes", before->notes, after->notes },
    { "responsible", before->responsible, after->responsible },
    { "ta_needs", ta_before, ta_after },
    { "ta_other", before->ta_other, after->ta_other },
    { "urgency", lacuna_urgency_to_string (before->urgency), lacuna_urgency_to_string (after->urgency) },
    { "urgency_reason", before->urgency_reason, after->urgency_reason },
    { "timeframe", before->timeframe, after->timeframe },
    { "to_reconfirm", flag_string (before->to_reconfirm), flag_string (after->to_reconfirm) },
    { "confidential", flag_string (before->confidential), flag_string (after->confidential) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].old_value, fields[i].new_value) != 0 &&
        !lacuna_store_record_change (store, at, by, "answer", after->measure_id, fields[i].field,
                                     fields[i].old_value, fields[i].new_value, error))
      return FALSE;
  return TRUE;
}

static gboolean
write_answer_row (LacunaStore         *store,
                  const LacunaAnswer  *answer,
                  const char          *changed_by,
                  const char          *changed_at,
                  GError             **error)
{
  g_autoptr(sqlite3_stmt) upsert = NULL;
  g_autofree char *ta_needs = lacuna_ta_needs_to_string (answer->ta_needs);

  upsert = lacuna_sql_prepare (store->db,
      "INSERT INTO answer (" ANSWER_COLUMNS ")"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
      " ON CONFLICT (measure_id) DO UPDATE SET law = excluded.law, practice = excluded.practice,"
      "  not_applicable = excluded.not_applicable, na_reason = excluded.na_reason,"
      "  evidence = excluded.evidence, notes = excluded.notes, responsible = excluded.responsible,"
      "  ta_needs = excluded.ta_needs, ta_other = excluded.ta_other, urgency = excluded.urgency,"
      "  urgency_reason = excluded.urgency_reason, timeframe = excluded.timeframe,"
      "  to_reconfirm = excluded.to_reconfirm, confidential = excluded.confidential,"
      "  changed_by = excluded.changed_by, changed_at = excluded.changed_at", error);
  if (upsert == NULL)
    return FALSE;
  lacuna_sql_bind_text (upsert, 1, answer->measure_id);
  lacuna_sql_bind_text (upsert, 2, level_or_null (answer->law));
  lacuna_sql_bind_text (upsert, 3, level_or_null (answer->practice));
  sqlite3_bind_int (upsert, 4, answer->not_applicable ? 1 : 0);
  lacuna_sql_bind_text (upsert, 5, answer->na_reason);
  lacuna_sql_bind_text (upsert, 6, answer->evidence);
  lacuna_sql_bind_text (upsert, 7, answer->notes);
  lacuna_sql_bind_text (upsert, 8, answer->responsible);
  lacuna_sql_bind_text (upsert, 9, ta_needs);
  lacuna_sql_bind_text (upsert, 10, answer->ta_other);
  lacuna_sql_bind_text (upsert, 11, lacuna_urgency_to_string (answer->urgency));
  lacuna_sql_bind_text (upsert, 12, answer->urgency_reason);
  lacuna_sql_bind_text (upsert, 13, answer->timeframe);
  sqlite3_bind_int (upsert, 14, answer->to_reconfirm ? 1 : 0);
  sqlite3_bind_int (upsert, 15, answer->confidential ? 1 : 0);
  lacuna_sql_bind_text (upsert, 16, changed_by);
  lacuna_sql_bind_text (upsert, 17, changed_at);
  return lacuna_sql_step_done (store->db, upsert, error);
}

/* Writes the answer as it is, attribution included, without history. */
gboolean
lacuna_store_restore_answer (LacunaStore         *store,
                             const LacunaAnswer  *answer,
                             GError             **error)
{
  if (!validate_answer (store, answer, error))
    return FALSE;
  return write_answer_row (store, answer, answer->changed_by, answer->changed_at, error);
}

static char *
empty_to_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* Stores the whole answer to one measure as one transaction: the row and a
 * history row for each field that changed. */
gboolean
lacuna_store_set_answer (LacunaStore         *store,
                         const LacunaAnswer  *answer,
                         const char          *by,
                         GError             **error)
{
  g_autoptr(LacunaAnswer) before = NULL;
  g_autoptr(LacunaAnswer) after = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (answer != NULL, FALSE);

  if (!validate_answer (store, answer, error))
    return FALSE;

  /* Empty text is the same as no text: it must not show up as a change. */
  after = lacuna_answer_copy (answer);
  g_free (after->na_reason), after->na_reason = empty_to_null (answer->na_reason);
  g_free (after->evidence), after->evidence = empty_to_null (answer->evidence);
  g_free (after->notes), after->notes = empty_to_null (answer->notes);
  g_free (after->responsible), after->responsible = empty_to_null (answer->responsible);
  g_free (after->ta_other), after->ta_other = empty_to_null (answer->ta_other);
  g_free (after->urgency_reason), after->urgency_reason = empty_to_null (answer->urgency_reason);
  g_free (after->timeframe), after->timeframe = empty_to_null (answer->timeframe);

  if (!lacuna_sql_begin (store, error))
    return FALSE;

  before = lacuna_store_get_answer (store, answer->measure_id);
  if (lacuna_answer_equal (before, after))
    {
      lacuna_sql_rollback (store);
      return TRUE;
    }

  now = lacuna_store_now ();
  if (!write_answer_row (store, after, by, now, error) ||
      !record_answer_changes (store, before, after, now, by, error))
    goto fail;
  return lacuna_sql_commit (store, error);
fail:
  lacuna_sql_rollback (store);
  return FALSE;
}
