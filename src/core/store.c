/* store.c — creating, opening, copying and closing assessment files
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "i18n-private.h"
#include <glib/gstdio.h>

#include "atomic-file.h"
#include "countries.h"
#include "diagnostic.h"
#include "framework-loader.h"
#include "names.h"
#include "framework-private.h"
#include "store-private.h"

G_DEFINE_QUARK (lacuna-store-error-quark, lacuna_store_error)

#define SQLITE_HEADER_SIZE 100

static const char *const detail_names[LACUNA_N_DETAILS] = {
  [LACUNA_DETAIL_TITLE] = "title",
  [LACUNA_DETAIL_COUNTRY_CODE] = "country_code",
  [LACUNA_DETAIL_COUNTRY_NAME] = "country_name",
  [LACUNA_DETAIL_PERIOD_START] = "period_start",
  [LACUNA_DETAIL_PERIOD_END] = "period_end",
  [LACUNA_DETAIL_LEAD_INSTITUTION] = "lead_institution",
  [LACUNA_DETAIL_LANGUAGE] = "language",
  [LACUNA_DETAIL_EXERCISE_STATUS] = "exercise_status",
  [LACUNA_DETAIL_VALIDATED_BY] = "validated_by",
  [LACUNA_DETAIL_VALIDATED_AT] = "validated_at",
};

/* One fixed statement per column: column names cannot be bound, and SQL is
 * never assembled from values. */
static const char *const detail_updates[LACUNA_N_DETAILS] = {
  [LACUNA_DETAIL_TITLE] = "UPDATE assessment SET title = ?1",
  [LACUNA_DETAIL_COUNTRY_CODE] = "UPDATE assessment SET country_code = ?1",
  [LACUNA_DETAIL_COUNTRY_NAME] = "UPDATE assessment SET country_name = ?1",
  [LACUNA_DETAIL_PERIOD_START] = "UPDATE assessment SET period_start = ?1",
  [LACUNA_DETAIL_PERIOD_END] = "UPDATE assessment SET period_end = ?1",
  [LACUNA_DETAIL_LEAD_INSTITUTION] = "UPDATE assessment SET lead_institution = ?1",
  [LACUNA_DETAIL_LANGUAGE] = "UPDATE assessment SET language = ?1",
  [LACUNA_DETAIL_EXERCISE_STATUS] = "UPDATE assessment SET exercise_status = ?1",
  [LACUNA_DETAIL_VALIDATED_BY] = "UPDATE assessment SET validated_by = ?1",
  [LACUNA_DETAIL_VALIDATED_AT] = "UPDATE assessment SET validated_at = ?1",
};

static const char *const exercise_status_names[LACUNA_N_EXERCISE_STATUSES] = {
  [LACUNA_EXERCISE_DRAFT] = "draft",
  [LACUNA_EXERCISE_UNDER_VALIDATION] = "under-validation",
  [LACUNA_EXERCISE_VALIDATED] = "validated",
};

const char *
lacuna_detail_to_string (LacunaDetail detail)
{
  g_return_val_if_fail (detail < LACUNA_N_DETAILS, NULL);
  return detail_names[detail];
}

gboolean
lacuna_detail_from_string (const char *text,
                          LacunaDetail *out)
{
  guint index;

  if (!lacuna_name_lookup (detail_names, LACUNA_N_DETAILS, text, &index))
    return FALSE;
  *out = (LacunaDetail) index;
  return TRUE;
}

const char *
lacuna_exercise_status_to_string (LacunaExerciseStatus status)
{
  g_return_val_if_fail (status < LACUNA_N_EXERCISE_STATUSES, NULL);
  return exercise_status_names[status];
}

gboolean
lacuna_exercise_status_from_string (const char *text,
                                   LacunaExerciseStatus *out)
{
  guint index;

  if (!lacuna_name_lookup (exercise_status_names, LACUNA_N_EXERCISE_STATUSES, text, &index))
    return FALSE;
  *out = (LacunaExerciseStatus) index;
  return TRUE;
}

LacunaAssessmentDetails *
lacuna_assessment_details_new (void)
{
  return g_new0 (LacunaAssessmentDetails, 1);
}

void
lacuna_assessment_details_free (LacunaAssessmentDetails *details)
{
  if (details == NULL)
    return;
  g_free (details->uuid);
  g_free (details->created_at);
  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    g_free (details->values[i]);
  g_strfreev (details->frameworks);
  g_free (details->baseline_uuid);
  g_free (details->baseline_title);
  g_free (details);
}

static void
configure_connection (sqlite3  *db,
                      gboolean  read_only)
{
  sqlite3_extended_result_codes (db, 1);
  /* Assessment files travel between institutions: treat each as hostile
   * until proven otherwise. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_busy_timeout (db, 3000);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON; PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0",
                NULL, NULL, NULL);
  if (!read_only)
    /* A rollback journal, not WAL: WAL's side files get lost when people
     * copy documents, and it does not work on network shares. FULL makes
     * every acknowledged edit durable. */
    sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL", NULL, NULL, NULL);
}

static guint32
read_be32 (const guchar *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) | ((guint32) bytes[2] << 8) | bytes[3];
}

/* Judges a file from its first bytes only, so that a file we refuse is never
 * touched by SQLite. Returns the schema version. */
static int
check_header (const char  *path,
              GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  guchar header[SQLITE_HEADER_SIZE];
  GStatBuf info;
  gssize got;
  guint32 application_id, version;
  int fd;

  if (g_stat (path, &info) != 0)
    {
      int saved = errno;
      g_set_error (error, LACUNA_STORE_ERROR,
                   saved == ENOENT ? LACUNA_STORE_ERROR_NOT_FOUND : LACUNA_STORE_ERROR_UNREADABLE,
                   saved == ENOENT ? _("There is no file “%s”.") : _("Cannot read “%s”: %s."),
                   path, g_strerror (saved));
      return -1;
    }
  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_UNREADABLE,
                   _("“%s” is not a file."), path);
      return -1;
    }
  if (info.st_size == 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EMPTY,
                   _("“%s” is empty: it holds no assessment. It may have been cut short while being copied; look for another copy."),
                   base);
      return -1;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_UNREADABLE,
                   _("Cannot read “%s”: %s."), path, g_strerror (saved));
      return -1;
    }
  got = read (fd, header, sizeof header);
  close (fd);

  if (got < (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Lacuna assessment: it is not a database file at all."), base);
      return -1;
    }

  application_id = read_be32 (header + 68);
  version = read_be32 (header + 60);
  if (application_id != LACUNA_STORE_APPLICATION_ID)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_OTHER_APPLICATION,
                   _("“%s” is a database of another application, not a Lacuna assessment."), base);
      return -1;
    }
  if (version > LACUNA_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was saved by a newer version of Lacuna (file format %u; this version reads up to %d). Install the newer Lacuna to open it; the file was not changed."),
                   base, version, LACUNA_STORE_SCHEMA_VERSION);
      return -1;
    }
  return (int) version;
}

static gboolean
check_integrity (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) check = NULL;
  g_autofree char *result = NULL;
  g_autofree char *base = g_path_get_basename (path);

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &check, NULL) == SQLITE_OK &&
      sqlite3_step (check) == SQLITE_ROW)
    result = lacuna_sql_column_text (check, 0);

  if ((sqlite3_errcode (db) == SQLITE_BUSY || sqlite3_errcode (db) == SQLITE_LOCKED) && g_strcmp0 (result, "ok") != 0)
    {
      /* Not damage either: another program holds it for a long save. */
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                   _("“%s” is being saved by another program and could not be read within a few seconds. Try again in a moment; the file was not changed."),
                   base);
      return FALSE;
    }
  if (sqlite3_extended_errcode (db) == SQLITE_READONLY_ROLLBACK)
    {
      /* Not damage: an unfinished save that cannot be undone here. */
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY,
                   _("“%s” was being saved when Lacuna or the computer stopped, and the unfinished change can only be undone where the file may be written. Copy “%s” together with “%s-journal” into a folder you can write to and open it there; nothing saved is lost."),
                   base, base, base);
      return FALSE;
    }

  if (result != NULL && strchr (result, '\n') != NULL)
    {
      /* SQLite lists every problem, one a line, under a heading: the first
       * says enough. */
      g_auto(GStrv) lines = g_strsplit (result, "\n", -1);
      guint first = g_str_has_prefix (lines[0], "***") && lines[1] != NULL ? 1 : 0;
      char *summary = g_strdup (lines[first]);

      g_free (result);
      result = summary;
    }
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged and cannot be opened safely (%s). Open an earlier copy; the file was not changed."),
                   base, result != NULL ? result : sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

static void
store_free (LacunaStore *store)
{
  if (store->db != NULL)
    sqlite3_close_v2 (store->db);
  lacuna_store_lock_release (store->lock_path);
  g_free (store->lock_path);
  g_free (store->path);
  g_free (store->read_only_reason);
  g_free (store->uuid);
  g_clear_pointer (&store->catalog, lacuna_catalog_unref);
  g_clear_pointer (&store->scope, g_hash_table_unref);
  g_free (store);
}

void
lacuna_store_close (LacunaStore *store)
{
  if (store != NULL)
    store_free (store);
}

/* The catalog the assessment was made with, from the file itself. */
static gboolean
load_snapshot (LacunaStore  *store,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  g_autoptr(LacunaCatalog) catalog = NULL;
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  guint files = 0;
  int step;

  rows = lacuna_sql_prepare (store->db, "SELECT name, content FROM framework_snapshot ORDER BY name", error);
  if (rows == NULL)
    return FALSE;
  while ((step = sqlite3_step (rows)) == SQLITE_ROW)
    {
      char *name = lacuna_sql_column_text (rows, 0);

      g_ptr_array_add (names, name != NULL ? name : g_strdup ("?"));
      g_ptr_array_add (contents, g_bytes_new (sqlite3_column_blob (rows, 1), sqlite3_column_bytes (rows, 1)));
    }
  if (step != SQLITE_DONE)
    {
      lacuna_sql_set_error (error, store->db, _("reading the framework definitions"));
      return FALSE;
    }

  /* Most assessments use the installed frameworks, already read. */
  catalog = names->len > 0 ? lacuna_catalog_find_published (names, contents) : NULL;
  if (catalog != NULL)
    {
      store->catalog = g_steal_pointer (&catalog);
      return TRUE;
    }

  catalog = lacuna_catalog_new ();
  for (files = 0; files < names->len; files++)
    {
      gsize size = 0;
      const char *data = g_bytes_get_data (g_ptr_array_index (contents, files), &size);

      lacuna_catalog_add_data (catalog, g_ptr_array_index (names, files), data, size, diagnostics);
    }
  if (files > 0 && diagnostics->len == 0)
    lacuna_catalog_resolve (catalog, diagnostics);
  if (files == 0 || diagnostics->len > 0)
    {
      g_autofree char *details = lacuna_diagnostics_join (diagnostics);
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DAMAGED,
                   _("The framework definitions stored in the assessment are missing or damaged. %s"), details);
      return FALSE;
    }
  store->catalog = g_steal_pointer (&catalog);
  return TRUE;
}

static gboolean
load_identity (LacunaStore  *store,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) row = NULL;
  g_autoptr(sqlite3_stmt) scope = NULL;

  row = lacuna_sql_prepare (store->db, "SELECT uuid FROM assessment WHERE id = 1", error);
  if (row == NULL)
    return FALSE;
  if (sqlite3_step (row) != SQLITE_ROW)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DAMAGED,
                   _("The assessment file has lost its details; it is damaged."));
      return FALSE;
    }
  store->uuid = lacuna_sql_column_text (row, 0);

  store->scope = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scope = lacuna_sql_prepare (store->db, "SELECT framework_id FROM framework_scope", error);
  if (scope == NULL)
    return FALSE;
  while (sqlite3_step (scope) == SQLITE_ROW)
    g_hash_table_add (store->scope, lacuna_sql_column_text (scope, 0));
  return TRUE;
}

/* A file from an older Lacuna opened read-only is migrated in memory: the
 * file itself is not touched. */
static gboolean
migrate_in_memory (LacunaStore  *store,
                   int           version,
                   GError      **error)
{
  sqlite3 *memory = NULL;
  sqlite3_backup *backup;

  if (sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      lacuna_sql_set_error (error, memory, _("opening the assessment"));
      sqlite3_close_v2 (memory);
      return FALSE;
    }
  backup = sqlite3_backup_init (memory, "main", store->db, "main");
  if (backup == NULL || sqlite3_backup_step (backup, -1) != SQLITE_DONE)
    {
      sqlite3_backup_finish (backup);
      lacuna_sql_set_error (error, memory, _("reading the assessment"));
      sqlite3_close_v2 (memory);
      return FALSE;
    }
  sqlite3_backup_finish (backup);
  sqlite3_close_v2 (store->db);
  store->db = memory;
  configure_connection (memory, TRUE);
  return lacuna_sql_exec (memory, "BEGIN", error) &&
         lacuna_store_schema_migrate (memory, version, error) &&
         lacuna_sql_exec (memory, "COMMIT", error);
}

static gboolean
migrate (LacunaStore  *store,
         int           version,
         GError      **error)
{
  if (store->read_only)
    return migrate_in_memory (store, version, error);

  if (!lacuna_sql_exec (store->db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!lacuna_store_schema_migrate (store->db, version, error))
    {
      sqlite3_exec (store->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (!lacuna_sql_exec (store->db, "COMMIT", error))
    {
      sqlite3_exec (store->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Someone made the file read-only on purpose; respect that even for root,
 * whom access() always lets write. */
static gboolean
has_write_permission_bits (const char *path)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    return FALSE;
  return (info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
}

static void
decide_read_only (LacunaStore          *store,
                  LacunaStoreOpenFlags  flags)
{
  g_autofree char *directory = g_path_get_dirname (store->path);

  if (flags & LACUNA_STORE_OPEN_READ_ONLY)
    store->read_only_reason = g_strdup (_("Opened read-only, as you asked."));
  else if (g_access (store->path, W_OK) != 0 || !has_write_permission_bits (store->path))
    store->read_only_reason = g_strdup (_("The file is read-only, so changes cannot be saved. Save a copy to work on it."));
  else if (g_access (directory, W_OK) != 0)
    /* SQLite writes its journal beside the file. */
    store->read_only_reason = g_strdup (_("The folder holding the file is read-only, so changes cannot be saved. Save a copy to work on it."));
  store->read_only = store->read_only_reason != NULL;
}

/* A save cut short by a crash or a power cut leaves its journal beside the
 * file, and the file cannot be read until the journal has undone the
 * unfinished change; SQLite does that only on a connection that may write.
 * So that a file opened read-only (as asked, or because someone else has
 * it open) still opens after a power cut, such a journal is played back
 * first, unless the file or its folder is read-only. This is safe even
 * while another program has the file open: SQLite's locks tell a journal
 * still in use from an abandoned one, and only the latter is played back.
 * Nothing saved changes; the unfinished change was never acknowledged. */
static void
recover_interrupted_save (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *directory = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  if (!g_file_test (journal, G_FILE_TEST_IS_REGULAR) ||
      g_access (path, W_OK) != 0 || !has_write_permission_bits (path) || g_access (directory, W_OK) != 0)
    return;
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 3000);
      /* Any read takes the shared lock, which plays a hot journal back. */
      sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
    }
  sqlite3_close_v2 (db);
}

LacunaStore *
lacuna_store_open (const char            *path,
                   LacunaStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) lock_error = NULL;
  g_autofree char *base = NULL;
  int version;

  g_return_val_if_fail (path != NULL, NULL);

  version = check_header (path, error);
  if (version < 0)
    return NULL;

  store = g_new0 (LacunaStore, 1);
  store->path = g_strdup (path);
  decide_read_only (store, flags);

  if (!store->read_only)
    {
      store->lock_path = lacuna_store_lock_acquire (path, &lock_error);
      if (store->lock_path == NULL)
        {
          if (!g_error_matches (lock_error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY))
            {
              g_propagate_error (error, g_steal_pointer (&lock_error));
              return NULL;
            }
          store->read_only = TRUE;
          store->read_only_reason = g_strdup (lock_error->message);
        }
    }

  if (store->read_only)
    recover_interrupted_save (path);
  if (sqlite3_open_v2 (path, &store->db,
                       store->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
                       NULL) != SQLITE_OK)
    {
      lacuna_sql_set_error (error, store->db, _("opening the assessment"));
      return NULL;
    }
  configure_connection (store->db, store->read_only);

  if (!check_integrity (store->db, path, error))
    return NULL;
  if (version < LACUNA_STORE_SCHEMA_VERSION && !migrate (store, version, error))
    return NULL;
  base = g_path_get_basename (path);
  if (!lacuna_store_schema_check (store->db, base, error))
    return NULL;
  if (!load_identity (store, error) || !load_snapshot (store, error))
    return NULL;

  return g_steal_pointer (&store);
}

static gboolean
is_user_assigned_code (const char *code)
{
  gsize length = strlen (code);

  /* ISO 3166-1 leaves these for private use; fictional and training
   * assessments use them. */
  if (length == 2)
    return g_str_equal (code, "AA") || g_str_equal (code, "ZZ") ||
           (code[0] == 'Q' && code[1] >= 'M') || code[0] == 'X';
  if (length == 3)
    return g_str_has_prefix (code, "AA") || g_str_has_prefix (code, "ZZ") ||
           (code[0] == 'Q' && code[1] >= 'M') || code[0] == 'X';
  return FALSE;
}

/* Accepts alpha-2 or alpha-3; stores alpha-3 for real States. */
static gboolean
normalize_country (const char  *code,
                   const char  *name,
                   char       **out_code,
                   char       **out_name,
                   GError     **error)
{
  const LacunaCountry *country = lacuna_country_find (code);
  g_autofree char *upper = NULL;

  if (country != NULL)
    {
      *out_code = g_strdup (country->alpha3);
      *out_name = g_strdup (name != NULL && *name != '\0' ? name : lacuna_country_get_name (country));
      return TRUE;
    }

  upper = code != NULL ? g_ascii_strup (code, -1) : NULL;
  if (upper != NULL && is_user_assigned_code (upper) && g_str_is_ascii (upper))
    {
      gboolean letters = TRUE;
      for (const char *p = upper; *p != '\0'; p++)
        letters &= g_ascii_isupper (*p);
      if (letters && name != NULL && *name != '\0')
        {
          *out_code = g_steal_pointer (&upper);
          *out_name = g_strdup (name);
          return TRUE;
        }
    }

  g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
               _("“%s” is not the ISO 3166 code of a UN Member State or observer State. Use a code such as “FRA” or “FR”; for a fictional or training country, use a code reserved for private use (such as “XA”) and give its name."),
               code != NULL ? code : "");
  return FALSE;
}

static gboolean
is_iso_date (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *midnight = NULL;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  midnight = g_strconcat (text, "T00:00:00Z", NULL);
  parsed = g_date_time_new_from_iso8601 (midnight, NULL);
  return parsed != NULL;
}


/* Checks one detail and returns the form to store: NULL for an empty
 * optional value, or NULL with error set. */
static char *
validate_detail (LacunaDetail  detail,
                 const char   *value,
                 GError      **error)
{
  LacunaExerciseStatus status;

  switch (detail)
    {
    case LACUNA_DETAIL_TITLE:
    case LACUNA_DETAIL_COUNTRY_NAME:
      if (lacuna_text_is_blank (value))
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       detail == LACUNA_DETAIL_TITLE ? _("The assessment needs a title.")
                                                     : _("The assessment needs a country name."));
          return NULL;
        }
      return g_strdup (value);

    case LACUNA_DETAIL_COUNTRY_CODE:
      {
        const LacunaCountry *country = lacuna_country_find (value);
        if (country == NULL)
          {
            g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                         _("“%s” is not the ISO 3166 code of a UN Member State or observer State."),
                         value != NULL ? value : "");
            return NULL;
          }
        return g_strdup (country->alpha3);
      }

    case LACUNA_DETAIL_PERIOD_START:
    case LACUNA_DETAIL_PERIOD_END:
    case LACUNA_DETAIL_VALIDATED_AT:
      if (value != NULL && *value != '\0' && !is_iso_date (value))
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-03-31."), value);
          return NULL;
        }
      return value != NULL && *value != '\0' ? g_strdup (value) : NULL;

    case LACUNA_DETAIL_LANGUAGE:
      if (value == NULL || strlen (value) < 2 || strlen (value) > 16)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("“%s” is not a language code: use one such as “en”, “fr”, “es”, “ru”, “ar” or “zh_CN”."),
                       value != NULL ? value : "");
          return NULL;
        }
      return g_strdup (value);

    case LACUNA_DETAIL_EXERCISE_STATUS:
      if (!lacuna_exercise_status_from_string (value, &status))
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                       _("“%s” is not a status of the exercise: use draft, under-validation or validated."),
                       value != NULL ? value : "");
          return NULL;
        }
      return g_strdup (value);

    case LACUNA_DETAIL_LEAD_INSTITUTION:
    case LACUNA_DETAIL_VALIDATED_BY:
      return value != NULL && *value != '\0' ? g_strdup (value) : NULL;

    case LACUNA_N_DETAILS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
write_new_assessment (sqlite3                       *db,
                      LacunaCatalog                 *catalog,
                      const LacunaAssessmentDetails *details,
                      char                         **values,
                      char                         **frameworks,
                      const char                    *by,
                      GError                       **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) scope = NULL;
  g_autoptr(sqlite3_stmt) snapshot = NULL;
  g_autoptr(sqlite3_stmt) history = NULL;
  g_autofree char *uuid = details->uuid != NULL ? g_strdup (details->uuid) : g_uuid_string_random ();
  g_autofree char *now = lacuna_store_now ();
  GPtrArray *sources = lacuna_catalog_get_sources (catalog);

  if (!lacuna_store_schema_create (db, error))
    return FALSE;

  insert = lacuna_sql_prepare (db,
      "INSERT INTO assessment (id, uuid, created_at, title, country_code, country_name, period_start,"
      "  period_end, lead_institution, language, exercise_status, validated_by, validated_at,"
      "  baseline_uuid, baseline_title)"
      " VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)", error);
  if (insert == NULL)
    return FALSE;
  lacuna_sql_bind_text (insert, 1, uuid);
  lacuna_sql_bind_text (insert, 2, details->created_at != NULL ? details->created_at : now);
  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    lacuna_sql_bind_text (insert, 3 + i, values[i]);
  lacuna_sql_bind_text (insert, 13, details->baseline_uuid);
  lacuna_sql_bind_text (insert, 14, details->baseline_title);
  if (!lacuna_sql_step_done (db, insert, error))
    return FALSE;

  scope = lacuna_sql_prepare (db, "INSERT INTO framework_scope (framework_id, position) VALUES (?1, ?2)", error);
  if (scope == NULL)
    return FALSE;
  for (guint i = 0; frameworks[i] != NULL; i++)
    {
      sqlite3_reset (scope);
      lacuna_sql_bind_text (scope, 1, frameworks[i]);
      sqlite3_bind_int (scope, 2, i);
      if (!lacuna_sql_step_done (db, scope, error))
        return FALSE;
    }

  snapshot = lacuna_sql_prepare (db, "INSERT INTO framework_snapshot (name, content) VALUES (?1, ?2)", error);
  if (snapshot == NULL)
    return FALSE;
  for (guint i = 0; i < sources->len; i++)
    {
      LacunaCatalogSource *source = g_ptr_array_index (sources, i);
      gsize size;
      gconstpointer data = g_bytes_get_data (source->contents, &size);

      sqlite3_reset (snapshot);
      lacuna_sql_bind_text (snapshot, 1, source->name);
      sqlite3_bind_blob (snapshot, 2, data, (int) size, SQLITE_STATIC);
      if (!lacuna_sql_step_done (db, snapshot, error))
        return FALSE;
    }

  /* The history starts with the creation itself, so copies made later
   * share it and merge cleanly. */
  history = lacuna_sql_prepare (db,
      "INSERT INTO history (uuid, at, by, entity, key, field, old_value, new_value)"
      " VALUES (?1, ?2, ?3, 'assessment', 'details', 'created', NULL, ?4)", error);
  if (history == NULL)
    return FALSE;
  {
    g_autofree char *history_uuid = g_uuid_string_random ();
    g_autofree char *versions = lacuna_catalog_describe_versions (catalog);
    lacuna_sql_bind_text (history, 1, history_uuid);
    lacuna_sql_bind_text (history, 2, now);
    lacuna_sql_bind_text (history, 3, by);
    lacuna_sql_bind_text (history, 4, versions);
  }
  return lacuna_sql_step_done (db, history, error);
}

LacunaStore *
lacuna_store_create (const char                    *path,
                     LacunaCatalog                 *catalog,
                     const LacunaAssessmentDetails *details,
                     const char                    *by,
                     GError                       **error)
{
  char *values[LACUNA_N_DETAILS] = { NULL };
  g_auto(GStrv) frameworks = NULL;
  g_autofree char *temporary = NULL;
  sqlite3 *db = NULL;
  gboolean written;
  LacunaStore *store = NULL;

  g_return_val_if_fail (path != NULL && catalog != NULL && details != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EXISTS,
                   _("“%s” already exists; choose another name. Nothing was overwritten."), path);
      return NULL;
    }

  /* Validate everything before touching the disk. */
  if (!normalize_country (details->values[LACUNA_DETAIL_COUNTRY_CODE], details->values[LACUNA_DETAIL_COUNTRY_NAME],
                          &values[LACUNA_DETAIL_COUNTRY_CODE], &values[LACUNA_DETAIL_COUNTRY_NAME], error))
    goto out;
  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    {
      const char *value = details->values[i];
      GError *local_error = NULL;

      if (i == LACUNA_DETAIL_COUNTRY_CODE || i == LACUNA_DETAIL_COUNTRY_NAME)
        continue;
      if (i == LACUNA_DETAIL_LANGUAGE && value == NULL)
        value = "en";
      if (i == LACUNA_DETAIL_EXERCISE_STATUS && value == NULL)
        value = "draft";
      values[i] = validate_detail (i, value, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          goto out;
        }
    }

  if (details->frameworks == NULL || details->frameworks[0] == NULL)
    {
      GPtrArray *all = lacuna_catalog_get_frameworks (catalog);
      frameworks = g_new0 (char *, all->len + 1);
      for (guint i = 0; i < all->len; i++)
        frameworks[i] = g_strdup (((LacunaFramework *) g_ptr_array_index (all, i))->id);
    }
  else
    {
      frameworks = g_strdupv (details->frameworks);
      for (guint i = 0; frameworks[i] != NULL; i++)
        if (lacuna_catalog_find_framework (catalog, frameworks[i]) == NULL)
          {
            g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                         _("There is no framework “%s”; run “lacuna-cli frameworks” to see the installed ones."),
                         frameworks[i]);
            goto out;
          }
    }

  temporary = lacuna_atomic_file_begin (path, error);
  if (temporary == NULL)
    goto out;

  if (sqlite3_open_v2 (temporary, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      lacuna_sql_set_error (error, db, _("creating the assessment"));
      sqlite3_close_v2 (db);
      g_unlink (temporary);
      goto out;
    }
  configure_connection (db, FALSE);
  written = lacuna_sql_exec (db, "BEGIN IMMEDIATE", error) &&
            write_new_assessment (db, catalog, details, values, frameworks, by, error) &&
            lacuna_sql_exec (db, "COMMIT", error);
  sqlite3_close_v2 (db);

  if (!written || !lacuna_atomic_file_commit (temporary, path, FALSE, error))
    {
      lacuna_atomic_file_abort (temporary);
      goto out;
    }

  store = lacuna_store_open (path, LACUNA_STORE_OPEN_DEFAULT, error);

out:
  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    g_free (values[i]);
  return store;
}

const char *
lacuna_store_get_path (LacunaStore *store)
{
  return store->path;
}

gboolean
lacuna_store_is_read_only (LacunaStore *store)
{
  return store->read_only;
}

const char *
lacuna_store_get_read_only_reason (LacunaStore *store)
{
  return store->read_only_reason;
}

LacunaCatalog *
lacuna_store_get_catalog (LacunaStore *store)
{
  return store->catalog;
}

gboolean
lacuna_store_has_framework (LacunaStore *store,
                            const char  *framework_id)
{
  return g_hash_table_contains (store->scope, framework_id);
}

gboolean
lacuna_store_is_measure_in_scope (LacunaStore         *store,
                                  const LacunaMeasure *measure)
{
  return g_hash_table_contains (store->scope, lacuna_measure_get_framework (measure)->id);
}

gboolean
lacuna_store_check_writable (LacunaStore  *store,
                             GError      **error)
{
  if (!store->read_only)
    return TRUE;
  g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY, "%s", store->read_only_reason);
  return FALSE;
}

LacunaAssessmentDetails *
lacuna_store_get_details (LacunaStore *store)
{
  g_autoptr(sqlite3_stmt) row = NULL;
  g_autoptr(sqlite3_stmt) scope = NULL;
  g_autoptr(GPtrArray) frameworks = g_ptr_array_new ();
  LacunaAssessmentDetails *details = lacuna_assessment_details_new ();

  row = lacuna_sql_prepare (store->db,
      "SELECT uuid, created_at, title, country_code, country_name, period_start, period_end,"
      "  lead_institution, language, exercise_status, validated_by, validated_at, baseline_uuid, baseline_title"
      " FROM assessment WHERE id = 1", NULL);
  if (row != NULL && sqlite3_step (row) == SQLITE_ROW)
    {
      details->uuid = lacuna_sql_column_text (row, 0);
      details->created_at = lacuna_sql_column_text (row, 1);
      for (guint i = 0; i < LACUNA_N_DETAILS; i++)
        details->values[i] = lacuna_sql_column_text (row, 2 + i);
      details->baseline_uuid = lacuna_sql_column_text (row, 12);
      details->baseline_title = lacuna_sql_column_text (row, 13);
    }

  scope = lacuna_sql_prepare (store->db, "SELECT framework_id FROM framework_scope ORDER BY position", NULL);
  while (scope != NULL && sqlite3_step (scope) == SQLITE_ROW)
    g_ptr_array_add (frameworks, lacuna_sql_column_text (scope, 0));
  g_ptr_array_add (frameworks, NULL);
  details->frameworks = (char **) g_ptr_array_steal (frameworks, NULL);
  return details;
}

gboolean
lacuna_store_set_detail (LacunaStore   *store,
                         LacunaDetail   detail,
                         const char    *value,
                         const char    *by,
                         GError       **error)
{
  g_autoptr(LacunaAssessmentDetails) before = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *now = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (detail < LACUNA_N_DETAILS, FALSE);

  stored = validate_detail (detail, value, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (!lacuna_sql_begin (store, error))
    return FALSE;

  before = lacuna_store_get_details (store);
  if (g_strcmp0 (before->values[detail], stored) == 0)
    {
      lacuna_sql_rollback (store);
      return TRUE;
    }

  now = lacuna_store_now ();
  update = lacuna_sql_prepare (store->db, detail_updates[detail], error);
  if (update == NULL)
    goto fail;
  lacuna_sql_bind_text (update, 1, stored);
  if (!lacuna_sql_step_done (store->db, update, error) ||
      !lacuna_store_record_change (store, now, by, "assessment", "details", detail_names[detail],
                                   before->values[detail], stored, error))
    goto fail;
  return lacuna_sql_commit (store, error);

fail:
  lacuna_sql_rollback (store);
  return FALSE;
}

/* Sets a detail as given, without history (restores and merges). */
gboolean
lacuna_store_restore_detail (LacunaStore   *store,
                             LacunaDetail   detail,
                             const char    *value,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *stored = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (detail < LACUNA_N_DETAILS, FALSE);
  if (detail == LACUNA_DETAIL_COUNTRY_CODE)
    stored = g_strdup (value);
  else
    {
      stored = validate_detail (detail, value, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  update = lacuna_sql_prepare (store->db, detail_updates[detail], error);
  if (update == NULL)
    return FALSE;
  lacuna_sql_bind_text (update, 1, stored);
  return lacuna_sql_step_done (store->db, update, error);
}

gboolean
lacuna_store_save_copy (LacunaStore  *store,
                        const char   *destination,
                        GError      **error)
{
  g_autofree char *temporary = NULL;
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  gboolean ok;

  if (g_strcmp0 (destination, store->path) == 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EXISTS,
                   _("A copy cannot replace the assessment it is made from."));
      return FALSE;
    }

  temporary = lacuna_atomic_file_begin (destination, error);
  if (temporary == NULL)
    return FALSE;

  if (sqlite3_open_v2 (temporary, &copy, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      lacuna_sql_set_error (error, copy, _("the copy"));
      sqlite3_close_v2 (copy);
      g_unlink (temporary);
      return FALSE;
    }

  backup = sqlite3_backup_init (copy, "main", store->db, "main");
  ok = backup != NULL && sqlite3_backup_step (backup, -1) == SQLITE_DONE;
  sqlite3_backup_finish (backup);
  if (!ok)
    lacuna_sql_set_error (error, copy, _("the copy"));
  else
    {
      /* The copy is a document of its own: no journal mode inherited from
       * an in-memory migration. */
      ok = lacuna_sql_exec (copy, "PRAGMA journal_mode = DELETE", error);
    }
  sqlite3_close_v2 (copy);

  if (!ok || !lacuna_atomic_file_commit (temporary, destination, TRUE, error))
    {
      lacuna_atomic_file_abort (temporary);
      return FALSE;
    }
  return TRUE;
}

/* Replaces the stored framework definitions by newer installed ones.
 * Answers are kept by measure id; those whose measure no longer exists stay
 * in the file (nothing is deleted) and are returned so the team can see
 * what could not be carried over. */
GPtrArray *
lacuna_store_upgrade_frameworks (LacunaStore   *store,
                                 LacunaCatalog *installed,
                                 const char    *by,
                                 GError       **error)
{
  g_autoptr(GPtrArray) orphans = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) answered = NULL;
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *before = lacuna_catalog_describe_versions (store->catalog);
  g_autofree char *after = lacuna_catalog_describe_versions (installed);
  g_autofree char *now = lacuna_store_now ();
  GPtrArray *sources = lacuna_catalog_get_sources (installed);

  if (!lacuna_sql_begin (store, error))
    return NULL;

  answered = lacuna_sql_prepare (store->db, "SELECT measure_id FROM answer ORDER BY measure_id", error);
  if (answered == NULL)
    goto fail;
  while (sqlite3_step (answered) == SQLITE_ROW)
    {
      g_autofree char *id = lacuna_sql_column_text (answered, 0);
      if (lacuna_catalog_find_measure (installed, id) == NULL)
        g_ptr_array_add (orphans, g_steal_pointer (&id));
    }

  clear = lacuna_sql_prepare (store->db, "DELETE FROM framework_snapshot", error);
  insert = lacuna_sql_prepare (store->db, "INSERT INTO framework_snapshot (name, content) VALUES (?1, ?2)", error);
  if (clear == NULL || insert == NULL || !lacuna_sql_step_done (store->db, clear, error))
    goto fail;
  for (guint i = 0; i < sources->len; i++)
    {
      LacunaCatalogSource *source = g_ptr_array_index (sources, i);
      gsize size;
      gconstpointer data = g_bytes_get_data (source->contents, &size);

      sqlite3_reset (insert);
      lacuna_sql_bind_text (insert, 1, source->name);
      sqlite3_bind_blob (insert, 2, data, (int) size, SQLITE_STATIC);
      if (!lacuna_sql_step_done (store->db, insert, error))
        goto fail;
    }
  if (!lacuna_store_record_change (store, now, by, "assessment", "details", "frameworks", before, after, error) ||
      !lacuna_sql_commit (store, error))
    goto fail;

  g_clear_pointer (&store->catalog, lacuna_catalog_unref);
  store->catalog = lacuna_catalog_ref (installed);
  return g_steal_pointer (&orphans);

fail:
  lacuna_sql_rollback (store);
  return NULL;
}
