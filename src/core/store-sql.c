/* store-sql.c — small helpers over the SQLite C API
 *
 * Every statement is prepared; values are bound, never pasted into SQL.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include "i18n-private.h"

#include "store-private.h"

/* The system's reason for the last failed read or write of the file or
 * its journal. sqlite3_system_errno() is not enough: it reads errno when
 * the error reaches the connection, after other calls may have changed it,
 * while the file itself keeps the errno of its failed write. */
static int
last_system_error (sqlite3 *db)
{
  sqlite3_file *journal = NULL;
  int code = 0;

  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_LAST_ERRNO, &code) == SQLITE_OK && code != 0)
    return code;
  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK &&
      journal != NULL && journal->pMethods != NULL &&
      journal->pMethods->xFileControl (journal, SQLITE_FCNTL_LAST_ERRNO, &code) == SQLITE_OK && code != 0)
    return code;
  return sqlite3_system_errno (db);
}

void
lacuna_sql_set_error (GError    **error,
                      sqlite3    *db,
                      const char *what)
{
  int code = sqlite3_extended_errcode (db);
  int primary = code & 0xFF;
  /* SQLite calls most failed writes a "disk I/O error"; the system's own
   * reason says what the person can do about it. */
  int system_error = primary == SQLITE_IOERR || primary == SQLITE_FULL ? last_system_error (db) : 0;

  if (primary == SQLITE_FULL || system_error == ENOSPC || system_error == EDQUOT)
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                 _("The disk is full: %s could not be saved. Free some space and try again; nothing already saved was lost."),
                 what);
  else if (system_error == EFBIG)
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                 _("The assessment file cannot grow any larger here (%s): %s could not be saved. Free some space, or move the file to a disk without a size limit; nothing already saved was lost."),
                 g_strerror (system_error), what);
  else if (code == SQLITE_READONLY_DBMOVED)
    /* Writing on would save into a file no one can open again. */
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY,
                 _("The assessment file was moved, deleted or replaced by another file while it was open, so %s could not be saved in it. Save a copy to keep what is open — nothing saved before is lost — and work on that copy."),
                 what);
  else if (primary == SQLITE_READONLY)
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY,
                 _("The assessment cannot be written to: %s was not saved."), what);
  else if (primary == SQLITE_BUSY)
    /* The lock file keeps a second person out; this is another program,
     * or a copy of Lacuna on a share where the lock file is not seen. */
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                 _("Another program was saving the assessment for several seconds, so %s was not saved. Try again in a moment; nothing already saved was lost."),
                 what);
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DAMAGED,
                 _("The assessment file is damaged (%s): %s."), sqlite3_errmsg (db), what);
  else if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                 _("The assessment file could not be read or written (%s): %s."), sqlite3_errmsg (db), what);
  else
    g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DATABASE,
                 _("The assessment file could not be updated (%s): %s."), sqlite3_errmsg (db), what);
}

gboolean
lacuna_sql_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      /* SQLite's own words are in the message already (errmsg). */
      lacuna_sql_set_error (error, db, _("the change"));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
lacuna_sql_prepare (sqlite3     *db,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *statement = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) != SQLITE_OK)
    {
      lacuna_sql_set_error (error, db, _("preparing a query"));
      sqlite3_finalize (statement);
      return NULL;
    }
  return statement;
}

gboolean
lacuna_sql_step_done (sqlite3      *db,
                      sqlite3_stmt *statement,
                      GError      **error)
{
  if (sqlite3_step (statement) != SQLITE_DONE)
    {
      lacuna_sql_set_error (error, db, _("the change"));
      return FALSE;
    }
  return TRUE;
}

/* NULL binds SQL NULL; text keeps its exact bytes, whatever they are. */
void
lacuna_sql_bind_text (sqlite3_stmt *statement,
                      int           index,
                      const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (statement, index);
  else
    sqlite3_bind_text (statement, index, text, (int) strlen (text), SQLITE_TRANSIENT);
}

char *
lacuna_sql_column_text (sqlite3_stmt *statement,
                        int           column)
{
  const unsigned char *text;

  if (sqlite3_column_type (statement, column) == SQLITE_NULL)
    return NULL;
  text = sqlite3_column_text (statement, column);
  return g_strndup ((const char *) text, sqlite3_column_bytes (statement, column));
}

gboolean
lacuna_sql_begin (LacunaStore  *store,
                  GError      **error)
{
  if (!lacuna_store_check_writable (store, error))
    return FALSE;
  if (store->batch_depth > 0)
    return lacuna_sql_exec (store->db, "SAVEPOINT edit", error);
  /* IMMEDIATE takes the write lock at once, so a second writer waits or
   * fails here rather than half-way through an edit. */
  return lacuna_sql_exec (store->db, "BEGIN IMMEDIATE", error);
}

gboolean
lacuna_sql_commit (LacunaStore  *store,
                   GError      **error)
{
  if (!lacuna_sql_exec (store->db, store->batch_depth > 0 ? "RELEASE edit" : "COMMIT", error))
    {
      lacuna_sql_rollback (store);
      return FALSE;
    }
  return TRUE;
}

void
lacuna_sql_rollback (LacunaStore *store)
{
  if (store->batch_depth > 0)
    sqlite3_exec (store->db, "ROLLBACK TO edit; RELEASE edit", NULL, NULL, NULL);
  else if (!sqlite3_get_autocommit (store->db))
    sqlite3_exec (store->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
lacuna_store_begin_batch (LacunaStore  *store,
                          GError      **error)
{
  g_return_val_if_fail (store->batch_depth == 0, FALSE);

  if (!lacuna_store_check_writable (store, error) ||
      !lacuna_sql_exec (store->db, "BEGIN IMMEDIATE", error))
    return FALSE;
  store->batch_depth = 1;
  return TRUE;
}

gboolean
lacuna_store_end_batch (LacunaStore  *store,
                        gboolean      commit,
                        GError      **error)
{
  g_return_val_if_fail (store->batch_depth == 1, FALSE);

  store->batch_depth = 0;
  if (commit)
    {
      if (lacuna_sql_exec (store->db, "COMMIT", error))
        return TRUE;
    }
  sqlite3_exec (store->db, "ROLLBACK", NULL, NULL, NULL);
  return !commit;
}

char *
lacuna_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}
