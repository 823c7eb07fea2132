/* store-registers.c — participants, and the national register of laws,
 * plans and agreements that back the legal-basis answers
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "names.h"
#include "store-private.h"

static const char *const type_names[LACUNA_N_NATIONAL_INSTRUMENT_TYPES] = {
  [LACUNA_NATIONAL_INSTRUMENT_CONSTITUTION] = "constitution",
  [LACUNA_NATIONAL_INSTRUMENT_LAW] = "law",
  [LACUNA_NATIONAL_INSTRUMENT_DECREE] = "decree",
  [LACUNA_NATIONAL_INSTRUMENT_REGULATION] = "regulation",
  [LACUNA_NATIONAL_INSTRUMENT_ACTION_PLAN] = "action-plan",
  [LACUNA_NATIONAL_INSTRUMENT_SOP] = "sop",
  [LACUNA_NATIONAL_INSTRUMENT_BILATERAL_AGREEMENT] = "bilateral-agreement",
  [LACUNA_NATIONAL_INSTRUMENT_MULTILATERAL_AGREEMENT] = "multilateral-agreement",
  [LACUNA_NATIONAL_INSTRUMENT_MOU] = "mou",
  [LACUNA_NATIONAL_INSTRUMENT_OTHER] = "other",
};

static const char *const status_names[LACUNA_N_INSTRUMENT_STATUSES] = {
  [LACUNA_INSTRUMENT_IN_FORCE] = "in-force",
  [LACUNA_INSTRUMENT_DRAFT] = "draft",
  [LACUNA_INSTRUMENT_REPEALED] = "repealed",
};

static const char *const type_labels[LACUNA_N_NATIONAL_INSTRUMENT_TYPES] = {
  [LACUNA_NATIONAL_INSTRUMENT_CONSTITUTION] = N_("Constitution"),
  [LACUNA_NATIONAL_INSTRUMENT_LAW] = N_("Law"),
  [LACUNA_NATIONAL_INSTRUMENT_DECREE] = N_("Decree"),
  [LACUNA_NATIONAL_INSTRUMENT_REGULATION] = N_("Regulation"),
  [LACUNA_NATIONAL_INSTRUMENT_ACTION_PLAN] = N_("Action plan"),
  [LACUNA_NATIONAL_INSTRUMENT_SOP] = N_("Standard operating procedure"),
  [LACUNA_NATIONAL_INSTRUMENT_BILATERAL_AGREEMENT] = N_("Bilateral agreement"),
  [LACUNA_NATIONAL_INSTRUMENT_MULTILATERAL_AGREEMENT] = N_("Multilateral agreement"),
  [LACUNA_NATIONAL_INSTRUMENT_MOU] = N_("Memorandum of understanding"),
  [LACUNA_NATIONAL_INSTRUMENT_OTHER] = N_("Other"),
};

static const char *const status_labels[LACUNA_N_INSTRUMENT_STATUSES] = {
  [LACUNA_INSTRUMENT_IN_FORCE] = N_("In force"),
  [LACUNA_INSTRUMENT_DRAFT] = N_("Draft"),
  [LACUNA_INSTRUMENT_REPEALED] = N_("Repealed"),
};

/* The translated name of a type of instrument, for people. */
const char *
lacuna_national_instrument_type_label (LacunaNationalInstrumentType type)
{
  g_return_val_if_fail (type < LACUNA_N_NATIONAL_INSTRUMENT_TYPES, NULL);
  return _(type_labels[type]);
}

/* The translated name of an instrument's status, for people. */
const char *
lacuna_instrument_status_label (LacunaInstrumentStatus status)
{
  g_return_val_if_fail (status < LACUNA_N_INSTRUMENT_STATUSES, NULL);
  return _(status_labels[status]);
}

const char *
lacuna_national_instrument_type_to_string (LacunaNationalInstrumentType type)
{
  g_return_val_if_fail (type < LACUNA_N_NATIONAL_INSTRUMENT_TYPES, NULL);
  return type_names[type];
}

gboolean
lacuna_national_instrument_type_from_string (const char *text,
                                            LacunaNationalInstrumentType *out)
{
  guint index;

  if (!lacuna_name_lookup (type_names, LACUNA_N_NATIONAL_INSTRUMENT_TYPES, text, &index))
    return FALSE;
  *out = (LacunaNationalInstrumentType) index;
  return TRUE;
}

const char *
lacuna_instrument_status_to_string (LacunaInstrumentStatus status)
{
  g_return_val_if_fail (status < LACUNA_N_INSTRUMENT_STATUSES, NULL);
  return status_names[status];
}

gboolean
lacuna_instrument_status_from_string (const char *text,
                                     LacunaInstrumentStatus *out)
{
  guint index;

  if (!lacuna_name_lookup (status_names, LACUNA_N_INSTRUMENT_STATUSES, text, &index))
    return FALSE;
  *out = (LacunaInstrumentStatus) index;
  return TRUE;
}

LacunaParticipant *
lacuna_participant_new (void)
{
  LacunaParticipant *participant = g_new0 (LacunaParticipant, 1);

  participant->pillars = g_new0 (char *, 1);
  return participant;
}

void
lacuna_participant_free (LacunaParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->uuid);
  g_free (participant->name);
  g_free (participant->institution);
  g_free (participant->role);
  g_free (participant->contact);
  g_strfreev (participant->pillars);
  g_free (participant);
}

LacunaNationalInstrument *
lacuna_national_instrument_new (void)
{
  LacunaNationalInstrument *instrument = g_new0 (LacunaNationalInstrument, 1);

  instrument->measures = g_new0 (char *, 1);
  return instrument;
}

void
lacuna_national_instrument_free (LacunaNationalInstrument *instrument)
{
  if (instrument == NULL)
    return;
  g_free (instrument->uuid);
  g_free (instrument->title);
  g_free (instrument->article);
  g_free (instrument->adopted);
  g_free (instrument->reference);
  g_strfreev (instrument->measures);
  g_free (instrument);
}


static int
compare_string_pointers (gconstpointer a,
                         gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static char *
join_sorted (char **items)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (sorted, items[i], g_str_equal, NULL))
      g_ptr_array_add (sorted, items[i]);
  g_ptr_array_sort (sorted, compare_string_pointers);
  g_ptr_array_add (sorted, NULL);
  return g_strjoinv (" ", (char **) sorted->pdata);
}

static char **
split_words (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (builder, words[i]);
  return g_strv_builder_end (builder);
}

static gboolean
record_fields (LacunaStore  *store,
               const char   *at,
               const char   *by,
               const char   *entity,
               const char   *key,
               const char  **names,
               const char  **before,
               const char  **after,
               guint         n_fields,
               GError      **error)
{
  for (guint i = 0; i < n_fields; i++)
    if (g_strcmp0 (before[i], after[i]) != 0 &&
        !lacuna_store_record_change (store, at, by, entity, key, names[i], before[i], after[i], error))
      return FALSE;
  return TRUE;
}

static gint64
next_position (LacunaStore *store,
               const char  *sql)
{
  g_autoptr(sqlite3_stmt) row = lacuna_sql_prepare (store->db, sql, NULL);

  if (row != NULL && sqlite3_step (row) == SQLITE_ROW)
    return sqlite3_column_int64 (row, 0);
  return 0;
}

/* ---- participants ---- */

static LacunaParticipant *
participant_from_row (sqlite3_stmt *row)
{
  LacunaParticipant *participant = lacuna_participant_new ();
  g_autofree char *pillars = lacuna_sql_column_text (row, 5);

  participant->uuid = lacuna_sql_column_text (row, 0);
  participant->name = lacuna_sql_column_text (row, 1);
  participant->institution = lacuna_sql_column_text (row, 2);
  participant->role = lacuna_sql_column_text (row, 3);
  participant->contact = lacuna_sql_column_text (row, 4);
  g_strfreev (participant->pillars);
  participant->pillars = split_words (pillars);
  return participant;
}

static LacunaParticipant *
find_participant (LacunaStore *store,
                  const char  *uuid)
{
  g_autoptr(sqlite3_stmt) row = lacuna_sql_prepare (store->db,
      "SELECT uuid, name, institution, role, contact, pillars FROM participant WHERE uuid = ?1", NULL);

  if (row == NULL)
    return NULL;
  lacuna_sql_bind_text (row, 1, uuid);
  return sqlite3_step (row) == SQLITE_ROW ? participant_from_row (row) : NULL;
}

GPtrArray *
lacuna_store_list_participants (LacunaStore *store)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  GPtrArray *participants = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_participant_free);

  rows = lacuna_sql_prepare (store->db,
      "SELECT uuid, name, institution, role, contact, pillars FROM participant ORDER BY position, uuid", NULL);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    g_ptr_array_add (participants, participant_from_row (rows));
  return participants;
}

static gboolean
is_known_pillar (LacunaCatalog *catalog,
                 const char    *id)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      for (guint p = 0; p < framework->pillars->len; p++)
        if (g_str_equal (((LacunaPillar *) g_ptr_array_index (framework->pillars, p))->id, id))
          return TRUE;
    }
  return FALSE;
}

/* Adds the participant when it has no uuid yet (one is assigned), or
 * updates the one with that uuid. */
gboolean
lacuna_store_save_participant (LacunaStore        *store,
                               LacunaParticipant  *participant,
                               const char         *by,
                               GError            **error)
{
  static const char *names[] = { "name", "institution", "role", "contact", "pillars" };
  g_autoptr(LacunaParticipant) existing = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autofree char *pillars = join_sorted (participant->pillars);
  g_autofree char *old_pillars = NULL;
  g_autofree char *now = lacuna_store_now ();
  gboolean is_new = participant->uuid == NULL;

  if (lacuna_text_is_blank (participant->name))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("A participant needs a name."));
      return FALSE;
    }
  for (guint i = 0; participant->pillars != NULL && participant->pillars[i] != NULL; i++)
    if (!is_known_pillar (store->catalog, participant->pillars[i]))
      {
        g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                     _("There is no pillar “%s”; pillar ids look like TIP-P1 or SOM-P3."), participant->pillars[i]);
        return FALSE;
      }
  if (!lacuna_sql_begin (store, error))
    return FALSE;

  if (!is_new)
    {
      existing = find_participant (store, participant->uuid);
      if (existing == NULL)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND_ITEM,
                       _("There is no participant %s in this assessment."), participant->uuid);
          goto fail;
        }
      old_pillars = join_sorted (existing->pillars);
      write = lacuna_sql_prepare (store->db,
          "UPDATE participant SET name = ?2, institution = ?3, role = ?4, contact = ?5, pillars = ?6 WHERE uuid = ?1",
          error);
    }
  else
    {
      participant->uuid = g_uuid_string_random ();
      write = lacuna_sql_prepare (store->db,
          "INSERT INTO participant (uuid, name, institution, role, contact, pillars, position)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
    }
  if (write == NULL)
    goto fail;
  lacuna_sql_bind_text (write, 1, participant->uuid);
  lacuna_sql_bind_text (write, 2, participant->name);
  lacuna_sql_bind_text (write, 3, participant->institution);
  lacuna_sql_bind_text (write, 4, participant->role);
  lacuna_sql_bind_text (write, 5, participant->contact);
  lacuna_sql_bind_text (write, 6, pillars);
  if (is_new)
    sqlite3_bind_int64 (write, 7, next_position (store, "SELECT coalesce(max(position) + 1, 0) FROM participant"));
  if (!lacuna_sql_step_done (store->db, write, error))
    goto fail;

  {
    const char *before[] = { existing ? existing->name : NULL, existing ? existing->institution : NULL,
                             existing ? existing->role : NULL, existing ? existing->contact : NULL,
                             existing ? old_pillars : NULL };
    const char *after[] = { participant->name, participant->institution, participant->role,
                            participant->contact, *pillars != '\0' ? pillars : NULL };
    if (existing != NULL && *old_pillars == '\0')
      before[4] = NULL;
    if (!record_fields (store, now, by, "participant", participant->uuid, names, before, after,
                        G_N_ELEMENTS (names), error))
      goto fail;
  }
  if (lacuna_sql_commit (store, error))
    return TRUE;
  if (is_new)
    g_clear_pointer (&participant->uuid, g_free);
  return FALSE;

fail:
  lacuna_sql_rollback (store);
  if (is_new)
    g_clear_pointer (&participant->uuid, g_free);
  return FALSE;
}

/* Removes one row of a register, recording what it was called. The SQL
 * is fixed by each caller: LABEL_SQL reads the name of the row with uuid
 * ?1, DELETE_SQL deletes it. */
static gboolean
remove_register_row (LacunaStore  *store,
                     const char   *entity,
                     const char   *label_sql,
                     const char   *delete_sql,
                     const char   *uuid,
                     const char   *not_found,
                     const char   *by,
                     GError      **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) remove = NULL;
  g_autofree char *label = NULL;
  g_autofree char *now = lacuna_store_now ();

  if (!lacuna_sql_begin (store, error))
    return FALSE;
  find = lacuna_sql_prepare (store->db, label_sql, error);
  if (find == NULL)
    goto fail;
  lacuna_sql_bind_text (find, 1, uuid);
  if (sqlite3_step (find) != SQLITE_ROW)
    {
      g_set_error_literal (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND_ITEM, not_found);
      goto fail;
    }
  label = lacuna_sql_column_text (find, 0);
  remove = lacuna_sql_prepare (store->db, delete_sql, error);
  if (remove == NULL)
    goto fail;
  lacuna_sql_bind_text (remove, 1, uuid);
  if (!lacuna_sql_step_done (store->db, remove, error) ||
      !lacuna_store_record_change (store, now, by, entity, uuid, "removed", label, NULL, error))
    goto fail;
  return lacuna_sql_commit (store, error);

fail:
  lacuna_sql_rollback (store);
  return FALSE;
}

gboolean
lacuna_store_remove_participant (LacunaStore  *store,
                                 const char   *uuid,
                                 const char   *by,
                                 GError      **error)
{
  g_autofree char *not_found = g_strdup_printf (_("There is no participant %s in this assessment."), uuid);

  return remove_register_row (store, "participant", "SELECT name FROM participant WHERE uuid = ?1",
                              "DELETE FROM participant WHERE uuid = ?1", uuid, not_found, by, error);
}

/* ---- national instruments ---- */

#define INSTRUMENT_COLUMNS "uuid, type, title, article, adopted, status, reference, confidential"

static char **
instrument_measures (LacunaStore *store,
                     const char  *uuid)
{
  g_autoptr(sqlite3_stmt) rows = lacuna_sql_prepare (store->db,
      "SELECT measure_id FROM instrument_measure WHERE instrument_uuid = ?1 ORDER BY measure_id", NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (rows != NULL)
    {
      lacuna_sql_bind_text (rows, 1, uuid);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          g_autofree char *id = lacuna_sql_column_text (rows, 0);
          g_strv_builder_add (builder, id);
        }
    }
  return g_strv_builder_end (builder);
}

static LacunaNationalInstrument *
instrument_from_row (LacunaStore  *store,
                     sqlite3_stmt *row)
{
  LacunaNationalInstrument *instrument = lacuna_national_instrument_new ();
  g_autofree char *type = lacuna_sql_column_text (row, 1);
  g_autofree char *status = lacuna_sql_column_text (row, 5);

  instrument->uuid = lacuna_sql_column_text (row, 0);
  if (!lacuna_national_instrument_type_from_string (type, &instrument->type))
    instrument->type = LACUNA_NATIONAL_INSTRUMENT_OTHER;
  instrument->title = lacuna_sql_column_text (row, 2);
  instrument->article = lacuna_sql_column_text (row, 3);
  instrument->adopted = lacuna_sql_column_text (row, 4);
  if (!lacuna_instrument_status_from_string (status, &instrument->status))
    instrument->status = LACUNA_INSTRUMENT_IN_FORCE;
  instrument->reference = lacuna_sql_column_text (row, 6);
  instrument->confidential = sqlite3_column_int (row, 7) != 0;
  g_strfreev (instrument->measures);
  instrument->measures = instrument_measures (store, instrument->uuid);
  return instrument;
}

LacunaNationalInstrument *
lacuna_store_get_instrument (LacunaStore *store,
                             const char  *uuid)
{
  g_autoptr(sqlite3_stmt) row = lacuna_sql_prepare (store->db,
      "SELECT " INSTRUMENT_COLUMNS " FROM national_instrument WHERE uuid = ?1", NULL);

  if (row == NULL)
    return NULL;
  lacuna_sql_bind_text (row, 1, uuid);
  return sqlite3_step (row) == SQLITE_ROW ? instrument_from_row (store, row) : NULL;
}

GPtrArray *
lacuna_store_list_instruments (LacunaStore *store)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  GPtrArray *instruments = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_national_instrument_free);

  rows = lacuna_sql_prepare (store->db,
      "SELECT " INSTRUMENT_COLUMNS " FROM national_instrument ORDER BY position, uuid", NULL);
  while (rows != NULL && sqlite3_step (rows) == SQLITE_ROW)
    g_ptr_array_add (instruments, instrument_from_row (store, rows));
  return instruments;
}

GPtrArray *
lacuna_store_list_instruments_for (LacunaStore *store,
                                   const char  *measure_id)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  GPtrArray *instruments = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_national_instrument_free);

  rows = lacuna_sql_prepare (store->db,
      "SELECT " INSTRUMENT_COLUMNS " FROM national_instrument"
      " WHERE uuid IN (SELECT instrument_uuid FROM instrument_measure WHERE measure_id = ?1)"
      " ORDER BY position, uuid", NULL);
  if (rows == NULL)
    return instruments;
  lacuna_sql_bind_text (rows, 1, measure_id);
  while (sqlite3_step (rows) == SQLITE_ROW)
    g_ptr_array_add (instruments, instrument_from_row (store, rows));
  return instruments;
}

static gboolean
write_links (LacunaStore  *store,
             const char   *uuid,
             char        **measures,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) clear = lacuna_sql_prepare (store->db,
      "DELETE FROM instrument_measure WHERE instrument_uuid = ?1", error);
  g_autoptr(sqlite3_stmt) insert = lacuna_sql_prepare (store->db,
      "INSERT OR IGNORE INTO instrument_measure (instrument_uuid, measure_id) VALUES (?1, ?2)", error);

  if (clear == NULL || insert == NULL)
    return FALSE;
  lacuna_sql_bind_text (clear, 1, uuid);
  if (!lacuna_sql_step_done (store->db, clear, error))
    return FALSE;
  for (guint i = 0; measures != NULL && measures[i] != NULL; i++)
    {
      sqlite3_reset (insert);
      lacuna_sql_bind_text (insert, 1, uuid);
      lacuna_sql_bind_text (insert, 2, measures[i]);
      if (!lacuna_sql_step_done (store->db, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_instrument (LacunaStore                     *store,
                     const LacunaNationalInstrument  *instrument,
                     GError                         **error)
{
  if (lacuna_text_is_blank (instrument->title))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("An instrument needs a title."));
      return FALSE;
    }
  if (instrument->type >= LACUNA_N_NATIONAL_INSTRUMENT_TYPES || instrument->status >= LACUNA_N_INSTRUMENT_STATUSES)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("Invalid instrument type or status."));
      return FALSE;
    }
  if (instrument->adopted != NULL && *instrument->adopted != '\0')
    {
      g_autofree char *midnight = g_strconcat (instrument->adopted, "T00:00:00Z", NULL);
      g_autoptr(GDateTime) parsed = strlen (instrument->adopted) == 10 ? g_date_time_new_from_iso8601 (midnight, NULL)
                                                                       : NULL;
      if (parsed == NULL)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("“%s” is not a date: write the adoption date as YYYY-MM-DD."), instrument->adopted);
          return FALSE;
        }
    }
  for (guint i = 0; instrument->measures != NULL && instrument->measures[i] != NULL; i++)
    if (lacuna_catalog_find_measure (store->catalog, instrument->measures[i]) == NULL)
      {
        g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_UNKNOWN_MEASURE,
                     _("There is no measure “%s” in this assessment’s frameworks."), instrument->measures[i]);
        return FALSE;
      }
  return TRUE;
}

/* Adds the instrument when it has no uuid yet, or updates it; its measure
 * links are set to instrument->measures. */
gboolean
lacuna_store_save_instrument (LacunaStore               *store,
                              LacunaNationalInstrument  *instrument,
                              const char                *by,
                              GError                   **error)
{
  static const char *names[] = { "type", "title", "article", "adopted", "status", "reference", "confidential", "measures" };
  g_autoptr(LacunaNationalInstrument) existing = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autofree char *measures = join_sorted (instrument->measures);
  g_autofree char *old_measures = NULL;
  g_autofree char *now = lacuna_store_now ();
  gboolean is_new = instrument->uuid == NULL;

  if (!validate_instrument (store, instrument, error) || !lacuna_sql_begin (store, error))
    return FALSE;

  if (!is_new)
    {
      existing = lacuna_store_get_instrument (store, instrument->uuid);
      if (existing == NULL)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND_ITEM,
                       _("There is no instrument %s in the register."), instrument->uuid);
          goto fail;
        }
      old_measures = join_sorted (existing->measures);
      write = lacuna_sql_prepare (store->db,
          "UPDATE national_instrument SET type = ?2, title = ?3, article = ?4, adopted = ?5, status = ?6,"
          " reference = ?7, confidential = ?8 WHERE uuid = ?1", error);
    }
  else
    {
      instrument->uuid = g_uuid_string_random ();
      write = lacuna_sql_prepare (store->db,
          "INSERT INTO national_instrument (" INSTRUMENT_COLUMNS ", position)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
    }
  if (write == NULL)
    goto fail;
  lacuna_sql_bind_text (write, 1, instrument->uuid);
  lacuna_sql_bind_text (write, 2, lacuna_national_instrument_type_to_string (instrument->type));
  lacuna_sql_bind_text (write, 3, instrument->title);
  lacuna_sql_bind_text (write, 4, instrument->article);
  lacuna_sql_bind_text (write, 5, instrument->adopted != NULL && *instrument->adopted ? instrument->adopted : NULL);
  lacuna_sql_bind_text (write, 6, lacuna_instrument_status_to_string (instrument->status));
  lacuna_sql_bind_text (write, 7, instrument->reference);
  sqlite3_bind_int (write, 8, instrument->confidential ? 1 : 0);
  if (is_new)
    sqlite3_bind_int64 (write, 9, next_position (store, "SELECT coalesce(max(position) + 1, 0) FROM national_instrument"));
  if (!lacuna_sql_step_done (store->db, write, error) ||
      !write_links (store, instrument->uuid, instrument->measures, error))
    goto fail;

  {
    const char *before[] = {
      existing ? lacuna_national_instrument_type_to_string (existing->type) : NULL,
      existing ? existing->title : NULL, existing ? existing->article : NULL,
      existing ? existing->adopted : NULL,
      existing ? lacuna_instrument_status_to_string (existing->status) : NULL,
      existing ? existing->reference : NULL,
      existing == NULL || !existing->confidential ? "0" : "1",
      existing && *old_measures != '\0' ? old_measures : NULL,
    };
    const char *after[] = {
      lacuna_national_instrument_type_to_string (instrument->type), instrument->title, instrument->article,
      instrument->adopted != NULL && *instrument->adopted ? instrument->adopted : NULL,
      lacuna_instrument_status_to_string (instrument->status), instrument->reference,
      instrument->confidential ? "1" : "0",
      *measures != '\0' ? measures : NULL,
    };
    if (!record_fields (store, now, by, "instrument", instrument->uuid, names, before, after,
                        G_N_ELEMENTS (names), error))
      goto fail;
  }
  if (lacuna_sql_commit (store, error))
    return TRUE;
  if (is_new)
    g_clear_pointer (&instrument->uuid, g_free);
  return FALSE;

fail:
  lacuna_sql_rollback (store);
  if (is_new)
    g_clear_pointer (&instrument->uuid, g_free);
  return FALSE;
}

gboolean
lacuna_store_remove_instrument (LacunaStore  *store,
                                const char   *uuid,
                                const char   *by,
                                GError      **error)
{
  g_autofree char *not_found = g_strdup_printf (_("There is no instrument %s in the register."), uuid);

  return remove_register_row (store, "instrument", "SELECT title FROM national_instrument WHERE uuid = ?1",
                              "DELETE FROM national_instrument WHERE uuid = ?1", uuid, not_found, by, error);
}

gboolean
lacuna_store_link_instrument (LacunaStore  *store,
                              const char   *uuid,
                              const char   *measure_id,
                              gboolean      linked,
                              const char   *by,
                              GError      **error)
{
  g_autoptr(LacunaNationalInstrument) instrument = lacuna_store_get_instrument (store, uuid);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (instrument == NULL)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND_ITEM,
                   _("There is no instrument %s in the register."), uuid);
      return FALSE;
    }
  for (guint i = 0; instrument->measures[i] != NULL; i++)
    if (!g_str_equal (instrument->measures[i], measure_id))
      g_strv_builder_add (builder, instrument->measures[i]);
  if (linked)
    g_strv_builder_add (builder, measure_id);
  g_strfreev (instrument->measures);
  instrument->measures = g_strv_builder_end (builder);
  return lacuna_store_save_instrument (store, instrument, by, error);
}

/* ---- exact copies, for restores and merges (no history) ---- */

gboolean
lacuna_store_restore_participant (LacunaStore              *store,
                                  const LacunaParticipant  *participant,
                                  GError                  **error)
{
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autofree char *pillars = join_sorted (participant->pillars);

  if (participant->uuid == NULL || lacuna_text_is_blank (participant->name))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("A participant needs an id and a name."));
      return FALSE;
    }
  write = lacuna_sql_prepare (store->db,
      "INSERT INTO participant (uuid, name, institution, role, contact, pillars, position)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT coalesce(max(position) + 1, 0) FROM participant))"
      " ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, institution = excluded.institution,"
      "  role = excluded.role, contact = excluded.contact, pillars = excluded.pillars", error);
  if (write == NULL)
    return FALSE;
  lacuna_sql_bind_text (write, 1, participant->uuid);
  lacuna_sql_bind_text (write, 2, participant->name);
  lacuna_sql_bind_text (write, 3, participant->institution);
  lacuna_sql_bind_text (write, 4, participant->role);
  lacuna_sql_bind_text (write, 5, participant->contact);
  lacuna_sql_bind_text (write, 6, pillars);
  return lacuna_sql_step_done (store->db, write, error);
}

gboolean
lacuna_store_restore_instrument (LacunaStore                     *store,
                                 const LacunaNationalInstrument  *instrument,
                                 GError                         **error)
{
  g_autoptr(sqlite3_stmt) write = NULL;

  if (instrument->uuid == NULL || !validate_instrument (store, instrument, error))
    {
      if (instrument->uuid == NULL)
        g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, _("An instrument needs an id."));
      return FALSE;
    }
  write = lacuna_sql_prepare (store->db,
      "INSERT INTO national_instrument (" INSTRUMENT_COLUMNS ", position)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT coalesce(max(position) + 1, 0) FROM national_instrument))"
      " ON CONFLICT (uuid) DO UPDATE SET type = excluded.type, title = excluded.title, article = excluded.article,"
      "  adopted = excluded.adopted, status = excluded.status, reference = excluded.reference,"
      "  confidential = excluded.confidential", error);
  if (write == NULL)
    return FALSE;
  lacuna_sql_bind_text (write, 1, instrument->uuid);
  lacuna_sql_bind_text (write, 2, lacuna_national_instrument_type_to_string (instrument->type));
  lacuna_sql_bind_text (write, 3, instrument->title);
  lacuna_sql_bind_text (write, 4, instrument->article);
  lacuna_sql_bind_text (write, 5, instrument->adopted);
  lacuna_sql_bind_text (write, 6, lacuna_instrument_status_to_string (instrument->status));
  lacuna_sql_bind_text (write, 7, instrument->reference);
  sqlite3_bind_int (write, 8, instrument->confidential ? 1 : 0);
  return lacuna_sql_step_done (store->db, write, error) &&
         write_links (store, instrument->uuid, instrument->measures, error);
}

/* Removes one participant, instrument or answer outright. */
gboolean
lacuna_store_delete_item (LacunaStore  *store,
                          const char   *entity,
                          const char   *key,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) remove = NULL;
  const char *sql;

  if (g_str_equal (entity, "participant"))
    sql = "DELETE FROM participant WHERE uuid = ?1";
  else if (g_str_equal (entity, "instrument"))
    sql = "DELETE FROM national_instrument WHERE uuid = ?1";
  else if (g_str_equal (entity, "answer"))
    sql = "DELETE FROM answer WHERE measure_id = ?1";
  else
    g_return_val_if_reached (FALSE);

  remove = lacuna_sql_prepare (store->db, sql, error);
  if (remove == NULL)
    return FALSE;
  lacuna_sql_bind_text (remove, 1, key);
  return lacuna_sql_step_done (store->db, remove, error);
}
