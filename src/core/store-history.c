/* store-history.c — every change, who made it and when
 *
 * Each row has its own id so that copies of one assessment, edited apart,
 * can later tell the changes they share from those they do not (merge).
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "store-private.h"

void
lacuna_history_entry_free (LacunaHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->uuid);
  g_free (entry->at);
  g_free (entry->by);
  g_free (entry->entity);
  g_free (entry->key);
  g_free (entry->field);
  g_free (entry->old_value);
  g_free (entry->new_value);
  g_free (entry);
}

gboolean
lacuna_store_record_change (LacunaStore *store,
                            const char  *at,
                            const char  *by,
                            const char  *entity,
                            const char  *key,
                            const char  *field,
                            const char  *old_value,
                            const char  *new_value,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *uuid = g_uuid_string_random ();

  insert = lacuna_sql_prepare (store->db,
      "INSERT INTO history (uuid, at, by, entity, key, field, old_value, new_value)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (insert == NULL)
    return FALSE;
  lacuna_sql_bind_text (insert, 1, uuid);
  lacuna_sql_bind_text (insert, 2, at);
  lacuna_sql_bind_text (insert, 3, by);
  lacuna_sql_bind_text (insert, 4, entity);
  lacuna_sql_bind_text (insert, 5, key);
  lacuna_sql_bind_text (insert, 6, field);
  lacuna_sql_bind_text (insert, 7, old_value);
  lacuna_sql_bind_text (insert, 8, new_value);
  return lacuna_sql_step_done (store->db, insert, error);
}

/* The whole history in the order it happened, or that of one thing when
 * entity (and key) are given. */
GPtrArray *
lacuna_store_list_history (LacunaStore *store,
                           const char  *entity,
                           const char  *key)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_history_entry_free);

  /* One statement per case: with "?1 IS NULL OR …" SQLite cannot use the
   * history_by_entity index, and a measure's page would read the whole
   * history of the assessment each time it is shown. */
  if (entity != NULL && key != NULL)
    rows = lacuna_sql_prepare (store->db,
        "SELECT uuid, at, by, entity, key, field, old_value, new_value FROM history"
        " WHERE entity = ?1 AND key = ?2 ORDER BY seq", NULL);
  else if (entity != NULL)
    rows = lacuna_sql_prepare (store->db,
        "SELECT uuid, at, by, entity, key, field, old_value, new_value FROM history"
        " WHERE entity = ?1 ORDER BY seq", NULL);
  else
    rows = lacuna_sql_prepare (store->db,
        "SELECT uuid, at, by, entity, key, field, old_value, new_value FROM history"
        " WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR key = ?2) ORDER BY seq", NULL);
  if (rows == NULL)
    return entries;
  lacuna_sql_bind_text (rows, 1, entity);
  lacuna_sql_bind_text (rows, 2, key);
  while (sqlite3_step (rows) == SQLITE_ROW)
    {
      LacunaHistoryEntry *entry = g_new0 (LacunaHistoryEntry, 1);

      entry->uuid = lacuna_sql_column_text (rows, 0);
      entry->at = lacuna_sql_column_text (rows, 1);
      entry->by = lacuna_sql_column_text (rows, 2);
      entry->entity = lacuna_sql_column_text (rows, 3);
      entry->key = lacuna_sql_column_text (rows, 4);
      entry->field = lacuna_sql_column_text (rows, 5);
      entry->old_value = lacuna_sql_column_text (rows, 6);
      entry->new_value = lacuna_sql_column_text (rows, 7);
      g_ptr_array_add (entries, entry);
    }
  return entries;
}

/* Adds a row exactly as given; a row already present (same id) is left
 * alone, so that merging the same contribution twice changes nothing. */
gboolean
lacuna_store_restore_history (LacunaStore               *store,
                              const LacunaHistoryEntry  *entry,
                              GError                   **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;

  insert = lacuna_sql_prepare (store->db,
      "INSERT OR IGNORE INTO history (uuid, at, by, entity, key, field, old_value, new_value)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (insert == NULL)
    return FALSE;
  lacuna_sql_bind_text (insert, 1, entry->uuid);
  lacuna_sql_bind_text (insert, 2, entry->at);
  lacuna_sql_bind_text (insert, 3, entry->by);
  lacuna_sql_bind_text (insert, 4, entry->entity);
  lacuna_sql_bind_text (insert, 5, entry->key);
  lacuna_sql_bind_text (insert, 6, entry->field);
  lacuna_sql_bind_text (insert, 7, entry->old_value);
  lacuna_sql_bind_text (insert, 8, entry->new_value);
  return lacuna_sql_step_done (store->db, insert, error);
}

gboolean
lacuna_store_clear_history (LacunaStore  *store,
                            GError      **error)
{
  return lacuna_sql_exec (store->db, "DELETE FROM history", error);
}
