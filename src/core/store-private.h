/* store-private.h — shared by the files that implement the store
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "store.h"

G_BEGIN_DECLS

struct _LacunaStore {
  sqlite3       *db;
  char          *path;
  char          *lock_path;      /* NULL when we hold no lock */
  gboolean       read_only;
  char          *read_only_reason;
  LacunaCatalog *catalog;        /* from the file's own snapshot */
  GHashTable    *scope;          /* framework ids in scope */
  char          *uuid;
  guint          batch_depth;    /* > 0 inside an all-or-nothing batch */
};

/* Schema and migrations (store-schema.c). */
gboolean  lacuna_store_schema_create    (sqlite3     *db,
                                         GError     **error);
gboolean  lacuna_store_schema_check     (sqlite3     *db,
                                         const char  *base,
                                         GError     **error);
gboolean  lacuna_store_schema_migrate   (sqlite3     *db,
                                         int          from_version,
                                         GError     **error);

/* The lock file beside an open assessment (store-lock.c). */
char     *lacuna_store_lock_acquire     (const char  *path,
                                         GError     **error);
void      lacuna_store_lock_release     (const char  *lock_path);

/* SQLite helpers (store-sql.c). */
gboolean  lacuna_sql_exec               (sqlite3     *db,
                                         const char  *sql,
                                         GError     **error);
sqlite3_stmt *lacuna_sql_prepare        (sqlite3     *db,
                                         const char  *sql,
                                         GError     **error);
gboolean  lacuna_sql_step_done          (sqlite3      *db,
                                         sqlite3_stmt *statement,
                                         GError      **error);
void      lacuna_sql_bind_text          (sqlite3_stmt *statement,
                                         int           index,
                                         const char   *text);
char     *lacuna_sql_column_text        (sqlite3_stmt *statement,
                                         int           column);
gboolean  lacuna_sql_begin              (LacunaStore  *store,
                                         GError      **error);
gboolean  lacuna_sql_commit             (LacunaStore  *store,
                                         GError      **error);
void      lacuna_sql_rollback           (LacunaStore  *store);
void      lacuna_sql_set_error          (GError      **error,
                                         sqlite3      *db,
                                         const char   *what);
char     *lacuna_store_now              (void);

/* Several edits as one transaction (imports, merges): each edit runs in a
 * savepoint, and nothing is kept unless the whole batch commits. */
gboolean  lacuna_store_begin_batch      (LacunaStore *store,
                                         GError     **error);
gboolean  lacuna_store_end_batch        (LacunaStore *store,
                                         gboolean     commit,
                                         GError     **error);

/* Writing rows exactly as given, without history (store-restore.c): for
 * restoring an exported assessment and for merging copies. */
gboolean  lacuna_store_restore_answer      (LacunaStore                    *store,
                                            const LacunaAnswer             *answer,
                                            GError                        **error);
gboolean  lacuna_store_restore_participant (LacunaStore                    *store,
                                            const LacunaParticipant        *participant,
                                            GError                        **error);
gboolean  lacuna_store_restore_instrument  (LacunaStore                    *store,
                                            const LacunaNationalInstrument *instrument,
                                            GError                        **error);
gboolean  lacuna_store_delete_item         (LacunaStore                    *store,
                                            const char                     *entity,
                                            const char                     *key,
                                            GError                        **error);
gboolean  lacuna_store_restore_history     (LacunaStore                    *store,
                                            const LacunaHistoryEntry       *entry,
                                            GError                        **error);
gboolean  lacuna_store_clear_history       (LacunaStore                    *store,
                                            GError                        **error);
gboolean  lacuna_store_restore_detail      (LacunaStore                    *store,
                                            LacunaDetail                    detail,
                                            const char                     *value,
                                            GError                        **error);

/* History (store-history.c): one row per changed field. */
gboolean  lacuna_store_record_change    (LacunaStore *store,
                                         const char  *at,
                                         const char  *by,
                                         const char  *entity,
                                         const char  *key,
                                         const char  *field,
                                         const char  *old_value,
                                         const char  *new_value,
                                         GError     **error);
gboolean  lacuna_store_check_writable   (LacunaStore *store,
                                         GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
