/* store-schema.c — the tables of an assessment file, and their history
 *
 * Schema versions (PRAGMA user_version):
 *   1  first format: a key/value "meta" table, answers with the two
 *      dimensions, evidence and notes only, history without ids.
 *   2  details in one row; full answers (not applicable, responsible
 *      institutions, technical-assistance needs, urgency, timeframe);
 *      participants; the national register of instruments; history rows
 *      with ids, so that copies of one assessment can be merged.
 * Each migration runs inside the caller's transaction.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "store-private.h"

#define LEVEL_CHECK(column) \
  "CHECK (" column " IN ('none', 'partial', 'largely', 'full', 'unknown'))"

static const char schema_v2[] =
  "CREATE TABLE assessment ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid TEXT NOT NULL,"
  "  created_at TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  country_code TEXT NOT NULL,"
  "  country_name TEXT NOT NULL,"
  "  period_start TEXT,"
  "  period_end TEXT,"
  "  lead_institution TEXT,"
  "  language TEXT NOT NULL DEFAULT 'en',"
  "  exercise_status TEXT NOT NULL DEFAULT 'draft'"
  "    CHECK (exercise_status IN ('draft', 'under-validation', 'validated')),"
  "  validated_by TEXT,"
  "  validated_at TEXT,"
  "  baseline_uuid TEXT,"
  "  baseline_title TEXT"
  ") STRICT;"
  "CREATE TABLE framework_scope ("
  "  framework_id TEXT PRIMARY KEY,"
  "  position INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE framework_snapshot ("
  "  name TEXT PRIMARY KEY,"
  "  content BLOB NOT NULL"
  ") STRICT;"
  "CREATE TABLE answer ("
  "  measure_id TEXT PRIMARY KEY,"
  "  law TEXT " LEVEL_CHECK ("law") ","
  "  practice TEXT " LEVEL_CHECK ("practice") ","
  "  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),"
  "  na_reason TEXT,"
  "  evidence TEXT,"
  "  notes TEXT,"
  "  responsible TEXT,"
  "  ta_needs TEXT NOT NULL DEFAULT '',"
  "  ta_other TEXT,"
  "  urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('lower', 'normal', 'higher')),"
  "  urgency_reason TEXT,"
  "  timeframe TEXT,"
  "  to_reconfirm INTEGER NOT NULL DEFAULT 0 CHECK (to_reconfirm IN (0, 1)),"
  "  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),"
  "  changed_by TEXT,"
  "  changed_at TEXT,"
  "  CHECK (not_applicable = 0 OR length(na_reason) > 0)"
  ") STRICT;"
  "CREATE TABLE participant ("
  "  uuid TEXT PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  institution TEXT,"
  "  role TEXT,"
  "  contact TEXT,"
  "  pillars TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE national_instrument ("
  "  uuid TEXT PRIMARY KEY,"
  "  type TEXT NOT NULL CHECK (type IN ('constitution', 'law', 'decree', 'regulation', 'action-plan', 'sop',"
  "    'bilateral-agreement', 'multilateral-agreement', 'mou', 'other')),"
  "  title TEXT NOT NULL,"
  "  article TEXT,"
  "  adopted TEXT,"
  "  status TEXT NOT NULL CHECK (status IN ('in-force', 'draft', 'repealed')),"
  "  reference TEXT,"
  "  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),"
  "  position INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE instrument_measure ("
  "  instrument_uuid TEXT NOT NULL REFERENCES national_instrument (uuid) ON DELETE CASCADE,"
  "  measure_id TEXT NOT NULL,"
  "  PRIMARY KEY (instrument_uuid, measure_id)"
  ") STRICT;"
  "CREATE TABLE history ("
  "  seq INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  at TEXT NOT NULL,"
  "  by TEXT,"
  "  entity TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  field TEXT NOT NULL,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ") STRICT;"
  "CREATE INDEX history_by_entity ON history (entity, key);";

static gboolean
set_version (sqlite3  *db,
             int       version,
             GError  **error)
{
  /* PRAGMA takes no bound parameters; the value is our own integer. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

  return lacuna_sql_exec (db, sql, error);
}

gboolean
lacuna_store_schema_create (sqlite3  *db,
                            GError  **error)
{
  g_autofree char *application_id = g_strdup_printf ("PRAGMA application_id = %d", LACUNA_STORE_APPLICATION_ID);

  return lacuna_sql_exec (db, application_id, error) &&
         lacuna_sql_exec (db, schema_v2, error) &&
         set_version (db, LACUNA_STORE_SCHEMA_VERSION, error);
}

static const char *
column_text_or_empty (sqlite3_stmt *statement,
                      int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return text != NULL ? text : "";
}

/* One line for each table, index and trigger, in name order: what the
 * file's own schema says, so that two files can be compared as text.
 * Statistics that SQLite's ANALYZE leaves behind change nothing we rely
 * on. (An index SQLite makes for a constraint has no SQL of its own.) */
static GPtrArray *
describe_schema (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) objects = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  objects = lacuna_sql_prepare (db,
                                "SELECT type, name, tbl_name, sql FROM sqlite_master"
                                " WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY name",
                                error);
  if (objects == NULL)
    return NULL;
  while (sqlite3_step (objects) == SQLITE_ROW)
    g_ptr_array_add (lines, g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", column_text_or_empty (objects, 0),
                                             column_text_or_empty (objects, 1), column_text_or_empty (objects, 2),
                                             column_text_or_empty (objects, 3)));
  return g_steal_pointer (&lines);
}

/* The schema this version writes, made once in memory. */
static GPtrArray *
expected_schema (void)
{
  static GPtrArray *expected = NULL;

  if (g_once_init_enter (&expected))
    {
      sqlite3 *memory = NULL;
      g_autoptr(GError) error = NULL;
      GPtrArray *lines = NULL;

      if (sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
          lacuna_store_schema_create (memory, &error))
        lines = describe_schema (memory, &error);
      sqlite3_close_v2 (memory);
      if (lines == NULL)
        g_error ("cannot build the assessment schema in memory: %s",
                 error != NULL ? error->message : "out of memory");
      g_once_init_leave (&expected, lines);
    }
  return expected;
}

static const char *
object_name (const char *line)
{
  const char *name = strchr (line, '\x1f');

  return name != NULL ? name + 1 : line;
}

/* Every query assumes the tables and constraints this file creates: a file
 * whose schema was changed by another program (a column's NOT NULL
 * dropped, say) could hand the code values it never has to expect. */
gboolean
lacuna_store_schema_check (sqlite3     *db,
                           const char  *base,
                           GError     **error)
{
  GPtrArray *expected = expected_schema ();
  g_autoptr(GPtrArray) found = describe_schema (db, error);
  g_autofree char *culprit = NULL;

  if (found == NULL)
    return FALSE;
  for (guint i = 0; i < MAX (expected->len, found->len) && culprit == NULL; i++)
    {
      const char *want = i < expected->len ? g_ptr_array_index (expected, i) : NULL;
      const char *have = i < found->len ? g_ptr_array_index (found, i) : NULL;

      if (g_strcmp0 (want, have) == 0)
        continue;
      /* Name whichever comes first: the missing one or the foreign one. */
      if (have == NULL || (want != NULL && g_strcmp0 (object_name (want), object_name (have)) <= 0))
        culprit = g_strdup (object_name (want));
      else
        culprit = g_strdup (object_name (have));
      *strchr (culprit, '\x1f') = '\0';
    }
  /* The name comes from the file: valid text, on one line of the message. */
  if (culprit != NULL)
    {
      char *valid = g_utf8_make_valid (culprit, -1);

      g_free (culprit);
      culprit = valid;
      for (char *c = culprit; *c != '\0'; c++)
        if ((guchar) *c < 0x20 || *c == 0x7f)
          *c = '?';
    }
  if (culprit != NULL)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DAMAGED,
                   _("“%s” cannot be opened safely: another program has changed how its data is laid out (“%s” is not as Lacuna writes it). Open an earlier copy; the file was not changed."),
                   base, culprit);
      return FALSE;
    }
  return TRUE;
}

/* Version 1 kept details as key/value pairs and history rows without ids.
 * Everything is carried over; history rows get fresh ids, which is right:
 * copies made before the migration share no ids and so merge as separate
 * contributions. */
static gboolean
migrate_v1_to_v2 (sqlite3  *db,
                  GError  **error)
{
  static const char rename_old[] =
    "ALTER TABLE meta RENAME TO v1_meta;"
    "ALTER TABLE answer RENAME TO v1_answer;"
    "ALTER TABLE history RENAME TO v1_history;"
    "ALTER TABLE framework_snapshot RENAME TO v1_framework_snapshot;";
  static const char copy_data[] =
    "INSERT INTO assessment (id, uuid, created_at, title, country_code, country_name,"
    "    lead_institution, language)"
    "  SELECT 1,"
    "    (SELECT value FROM v1_meta WHERE key = 'uuid'),"
    "    (SELECT value FROM v1_meta WHERE key = 'created_at'),"
    "    (SELECT value FROM v1_meta WHERE key = 'title'),"
    "    (SELECT value FROM v1_meta WHERE key = 'country_code'),"
    "    (SELECT value FROM v1_meta WHERE key = 'country_name'),"
    "    (SELECT value FROM v1_meta WHERE key = 'lead_institution'),"
    "    coalesce((SELECT value FROM v1_meta WHERE key = 'language'), 'en');"
    "INSERT INTO framework_snapshot (name, content) SELECT name, content FROM v1_framework_snapshot;"
    "INSERT INTO answer (measure_id, law, practice, evidence, notes, changed_by, changed_at)"
    "  SELECT measure_id, law, practice, evidence, notes, changed_by, changed_at FROM v1_answer;"
    "INSERT INTO history (seq, uuid, at, by, entity, key, field, old_value, new_value)"
    "  SELECT id, lower(hex(randomblob(16))), at, by, 'answer', measure_id, field, old_value, new_value"
    "  FROM v1_history ORDER BY id;";
  static const char drop_old[] =
    "DROP TABLE v1_meta;"
    "DROP TABLE v1_answer;"
    "DROP TABLE v1_history;"
    "DROP TABLE v1_framework_snapshot;";
  g_autoptr(sqlite3_stmt) frameworks = NULL;
  g_autoptr(sqlite3_stmt) insert_scope = NULL;
  g_autofree char *framework_list = NULL;
  g_auto(GStrv) ids = NULL;

  if (!lacuna_sql_exec (db, rename_old, error) ||
      !lacuna_sql_exec (db, schema_v2, error) ||
      !lacuna_sql_exec (db, copy_data, error))
    return FALSE;

  /* v1 listed the frameworks in scope as one space-separated value. */
  frameworks = lacuna_sql_prepare (db, "SELECT value FROM v1_meta WHERE key = 'frameworks'", error);
  if (frameworks == NULL)
    return FALSE;
  if (sqlite3_step (frameworks) == SQLITE_ROW)
    framework_list = lacuna_sql_column_text (frameworks, 0);
  /* An unfinished statement would keep v1_meta locked against DROP. */
  g_clear_pointer (&frameworks, sqlite3_finalize);
  ids = g_strsplit (framework_list != NULL ? framework_list : "", " ", -1);
  insert_scope = lacuna_sql_prepare (db, "INSERT OR IGNORE INTO framework_scope (framework_id, position) VALUES (?1, ?2)",
                                     error);
  if (insert_scope == NULL)
    return FALSE;
  for (guint i = 0, position = 0; ids[i] != NULL; i++)
    {
      if (ids[i][0] == '\0')
        continue;
      sqlite3_reset (insert_scope);
      lacuna_sql_bind_text (insert_scope, 1, ids[i]);
      sqlite3_bind_int (insert_scope, 2, position++);
      if (!lacuna_sql_step_done (db, insert_scope, error))
        return FALSE;
    }
  g_clear_pointer (&insert_scope, sqlite3_finalize);

  return lacuna_sql_exec (db, drop_old, error);
}

gboolean
lacuna_store_schema_migrate (sqlite3  *db,
                             int       from_version,
                             GError  **error)
{
  int version = from_version;

  if (version < 1)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DAMAGED,
                   _("The file has no schema version; it was not written by Lacuna."));
      return FALSE;
    }

  while (version < LACUNA_STORE_SCHEMA_VERSION)
    {
      gboolean migrated = FALSE;

      switch (version)
        {
        case 1:
          migrated = migrate_v1_to_v2 (db, error);
          break;
        default:
          g_assert_not_reached ();
        }
      if (!migrated)
        return FALSE;
      version++;
    }

  return set_version (db, version, error);
}
