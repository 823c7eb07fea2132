/* test-store.c — the assessment file: edits, refusals, locks, migration,
 * copies and survival of a killed writer
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <time.h>
#include <utime.h>
#include <sqlite3.h>

#include "framework-loader.h"
#include "participant-list.h"
#include "store.h"

typedef struct {
  char          *directory;
  char          *path;
  LacunaCatalog *catalog;
} Fixture;

static LacunaCatalog *
load_demo_catalog (void)
{
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "fixtures", "frameworks", "valid", NULL);
  g_autoptr(GError) error = NULL;
  LacunaCatalog *catalog = lacuna_catalog_load_directory (directory, &error);

  g_assert_no_error (error);
  return catalog;
}

static LacunaAssessmentDetails *
demo_details (void)
{
  LacunaAssessmentDetails *details = lacuna_assessment_details_new ();

  details->values[LACUNA_DETAIL_TITLE] = g_strdup ("Test assessment");
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("XA");
  details->values[LACUNA_DETAIL_COUNTRY_NAME] = g_strdup ("Arcadia");
  details->values[LACUNA_DETAIL_LEAD_INSTITUTION] = g_strdup ("Ministry of Justice");
  return details;
}

static LacunaStore *
create_store (const char    *path,
              LacunaCatalog *catalog)
{
  g_autoptr(LacunaAssessmentDetails) details = demo_details ();
  g_autoptr(GError) error = NULL;
  LacunaStore *store = lacuna_store_create (path, catalog, details, "Tester", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->directory = g_dir_make_tmp ("lacuna-store-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->directory, "test.lacuna", NULL);
  fixture->catalog = load_demo_catalog ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_chmod (child, 0644);
      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->directory);
  g_free (fixture->directory);
  g_free (fixture->path);
  lacuna_catalog_unref (fixture->catalog);
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_create_and_reopen (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LacunaStore) created = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaStore) reopened = NULL;
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *saved_dir = g_strdup (g_getenv ("LACUNA_FRAMEWORKS_DIR"));
  GStatBuf info;

  g_assert_false (lacuna_store_is_read_only (created));
  g_clear_pointer (&created, lacuna_store_close);

  /* The file carries its own frameworks: no installed copy is needed. */
  g_setenv ("LACUNA_FRAMEWORKS_DIR", "/nonexistent", TRUE);
  reopened = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_setenv ("LACUNA_FRAMEWORKS_DIR", saved_dir, TRUE);
  g_assert_no_error (error);

  details = lacuna_store_get_details (reopened);
  g_assert_cmpstr (details->values[LACUNA_DETAIL_TITLE], ==, "Test assessment");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_COUNTRY_CODE], ==, "XA");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_COUNTRY_NAME], ==, "Arcadia");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_LANGUAGE], ==, "en");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_EXERCISE_STATUS], ==, "draft");
  g_assert_cmpuint (g_strv_length (details->frameworks), ==, 1);
  g_assert_cmpstr (details->frameworks[0], ==, "demo");
  g_assert_true (g_uuid_string_is_valid (details->uuid));
  g_assert_nonnull (lacuna_catalog_find_measure (lacuna_store_get_catalog (reopened), "DEMO-P1-01"));

  history = lacuna_store_list_history (reopened, NULL, NULL);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (history, 0))->field, ==, "created");

  /* An ordinary document's permissions, not mkstemp's 0600. */
  g_assert_cmpint (g_stat (fixture->path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0044, !=, 0);
}

static void
test_create_refuses_existing_and_bad_details (Fixture       *fixture,
                                              gconstpointer  data)
{
  g_autoptr(LacunaAssessmentDetails) details = demo_details ();
  g_autoptr(GError) error = NULL;
  LacunaStore *store;

  g_assert_true (g_file_set_contents (fixture->path, "keep me", -1, NULL));
  store = lacuna_store_create (fixture->path, fixture->catalog, details, "Tester", &error);
  g_assert_null (store);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  {
    g_autofree char *contents = NULL;
    g_file_get_contents (fixture->path, &contents, NULL, NULL);
    g_assert_cmpstr (contents, ==, "keep me");
  }
  g_unlink (fixture->path);

  g_free (details->values[LACUNA_DETAIL_COUNTRY_CODE]);
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("QQQX");
  store = lacuna_store_create (fixture->path, fixture->catalog, details, "Tester", &error);
  g_assert_null (store);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_free (details->values[LACUNA_DETAIL_COUNTRY_CODE]);
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("fr");
  details->values[LACUNA_DETAIL_PERIOD_START] = g_strdup ("31/12/2025");
  store = lacuna_store_create (fixture->path, fixture->catalog, details, "Tester", &error);
  g_assert_null (store);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
  g_clear_error (&error);

  /* A real State's code is stored as alpha-3, with the UN name. */
  g_clear_pointer (&details->values[LACUNA_DETAIL_PERIOD_START], g_free);
  g_clear_pointer (&details->values[LACUNA_DETAIL_COUNTRY_NAME], g_free);
  store = lacuna_store_create (fixture->path, fixture->catalog, details, "Tester", &error);
  g_assert_no_error (error);
  {
    g_autoptr(LacunaAssessmentDetails) stored = lacuna_store_get_details (store);
    g_assert_cmpstr (stored->values[LACUNA_DETAIL_COUNTRY_CODE], ==, "FRA");
    g_assert_cmpstr (stored->values[LACUNA_DETAIL_COUNTRY_NAME], ==, "France");
  }
  lacuna_store_close (store);
}

static void
test_answers_and_history (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, "DEMO-P1-01");
  g_autoptr(LacunaAnswer) stored = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (lacuna_answer_is_empty (answer));
  answer->law = LACUNA_LEVEL_PARTIAL;
  answer->practice = LACUNA_LEVEL_UNKNOWN;
  answer->evidence = g_strdup ("Penal code, art. 12.");
  answer->ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING | LACUNA_TA_TRAINING;
  answer->urgency = LACUNA_URGENCY_HIGHER;
  answer->urgency_reason = g_strdup ("Election year: the window for reform is short.");
  g_assert_true (lacuna_store_set_answer (store, answer, "Amina", &error));
  g_assert_no_error (error);

  stored = lacuna_store_get_answer (store, "DEMO-P1-01");
  g_assert_true (lacuna_answer_equal (stored, answer));
  g_assert_cmpstr (stored->changed_by, ==, "Amina");
  g_assert_nonnull (stored->changed_at);

  /* Saving the same answer again changes nothing and writes no history. */
  g_assert_true (lacuna_store_set_answer (store, stored, "Amina", &error));
  history = lacuna_store_list_history (store, "answer", "DEMO-P1-01");
  g_assert_cmpuint (history->len, ==, 6);
  g_clear_pointer (&history, g_ptr_array_unref);

  stored->law = LACUNA_LEVEL_LARGELY;
  g_assert_true (lacuna_store_set_answer (store, stored, "Jorge", &error));
  history = lacuna_store_list_history (store, "answer", "DEMO-P1-01");
  g_assert_cmpuint (history->len, ==, 7);
  {
    LacunaHistoryEntry *last = g_ptr_array_index (history, 6);
    g_assert_cmpstr (last->field, ==, "law");
    g_assert_cmpstr (last->old_value, ==, "partial");
    g_assert_cmpstr (last->new_value, ==, "largely");
    g_assert_cmpstr (last->by, ==, "Jorge");
  }
}

/* The levels-only list agrees with the full answers; a measure's history
 * holds its own entries only. */
static void
test_answer_levels_and_measure_history (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaAnswer) first = lacuna_answer_new ("DEMO-P1-01");
  g_autoptr(LacunaAnswer) second = lacuna_answer_new ("DEMO-P1-02");
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  first->law = LACUNA_LEVEL_NONE;
  first->practice = LACUNA_LEVEL_UNKNOWN;
  first->notes = g_strdup ("Not carried by the levels.");
  second->not_applicable = TRUE;
  second->na_reason = g_strdup ("No sea border.");
  g_assert_true (lacuna_store_set_answer (store, first, "Amina", &error));
  g_assert_true (lacuna_store_set_answer (store, second, "Amina", &error));
  g_assert_no_error (error);

  levels = lacuna_store_list_answer_levels (store);
  answers = lacuna_store_list_answers (store);
  g_assert_cmpuint (levels->len, ==, 2);
  g_assert_cmpuint (levels->len, ==, answers->len);
  for (guint i = 0; i < levels->len; i++)
    {
      LacunaAnswer *level = g_ptr_array_index (levels, i);
      LacunaAnswer *full = NULL;

      for (guint j = 0; j < answers->len && full == NULL; j++)
        if (g_str_equal (((LacunaAnswer *) g_ptr_array_index (answers, j))->measure_id, level->measure_id))
          full = g_ptr_array_index (answers, j);
      if (full == NULL)
        g_error ("%s has levels but no answer", level->measure_id);
      g_assert_cmpint (level->law, ==, full->law);
      g_assert_cmpint (level->practice, ==, full->practice);
      g_assert_cmpint (level->not_applicable, ==, full->not_applicable);
      g_assert_null (level->notes);
      g_assert_null (level->na_reason);
    }

  history = lacuna_store_list_history (store, "answer", "DEMO-P1-02");
  g_assert_cmpuint (history->len, ==, 2);
  for (guint i = 0; i < history->len; i++)
    g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (history, i))->key, ==, "DEMO-P1-02");
  g_clear_pointer (&history, g_ptr_array_unref);
  history = lacuna_store_list_history (store, "answer", NULL);
  g_assert_cmpuint (history->len, ==, 5);
  g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (history, 0))->key, ==, "DEMO-P1-01");
  g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (history, 4))->key, ==, "DEMO-P1-02");
}

static void
expect_answer_error (LacunaStore  *store,
                     LacunaAnswer *answer,
                     int           code,
                     const char   *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (lacuna_store_set_answer (store, answer, "Tester", &error));
  g_assert_error (error, LACUNA_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_answer_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaAnswer) unknown = lacuna_answer_new ("DEMO-P9-99");
  g_autoptr(LacunaAnswer) na = lacuna_answer_new ("DEMO-P1-01");
  g_autoptr(LacunaAnswer) urgency = lacuna_answer_new ("DEMO-P1-01");
  g_autoptr(LacunaAnswer) practice_only = lacuna_answer_new ("DEMO-P1-03");
  g_autoptr(LacunaAnswer) law_only = lacuna_answer_new ("DEMO-P1-02");
  g_autoptr(GPtrArray) history = NULL;

  unknown->law = LACUNA_LEVEL_FULL;
  expect_answer_error (store, unknown, LACUNA_STORE_ERROR_UNKNOWN_MEASURE, "DEMO-P9-99");
  na->not_applicable = TRUE;
  na->na_reason = g_strdup ("   ");
  expect_answer_error (store, na, LACUNA_STORE_ERROR_INVALID, "say why it does not apply");
  urgency->urgency = LACUNA_URGENCY_LOWER;
  expect_answer_error (store, urgency, LACUNA_STORE_ERROR_INVALID, "give a reason");
  practice_only->law = LACUNA_LEVEL_FULL;
  expect_answer_error (store, practice_only, LACUNA_STORE_ERROR_INVALID, "practice only");
  law_only->practice = LACUNA_LEVEL_FULL;
  expect_answer_error (store, law_only, LACUNA_STORE_ERROR_INVALID, "legal basis only");

  /* Nothing of the refused edits reached the file. */
  history = lacuna_store_list_history (store, "answer", NULL);
  g_assert_cmpuint (history->len, ==, 0);
}

/* Any text comes back byte for byte. */
static void
test_text_stored_exactly (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-01");
  g_autoptr(LacunaAnswer) stored = NULL;
  g_autoptr(GError) error = NULL;
  GString *planes = g_string_new ("'\"; DROP TABLE answer; -- \\ % _ ");
  GString *junk = g_string_new (NULL);
  GString *big = g_string_sized_new (10 * 1024 * 1024);

  /* A character from every Unicode plane in use, and astral symbols. */
  for (gunichar c = 1; c <= 0x10FFFF; c += 0x1FFF)
    if (g_unichar_validate (c))
      g_string_append_unichar (planes, c);
  g_string_append (planes, "😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 الاتجار 贩运人口 торговля ");
  for (int i = 1; i < 256; i++)
    g_string_append_c (junk, (char) i);
  while (big->len < 10 * 1024 * 1024)
    g_string_append (big, "Ten megabytes of notes, ligne après ligne.\n");

  answer->law = LACUNA_LEVEL_FULL;
  answer->practice = LACUNA_LEVEL_FULL;
  answer->evidence = g_string_free (planes, FALSE);
  answer->responsible = g_string_free (junk, FALSE);
  answer->notes = g_string_free (big, FALSE);
  g_assert_true (lacuna_store_set_answer (store, answer, "Tester", &error));
  g_assert_no_error (error);

  lacuna_store_close (g_steal_pointer (&store));
  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  stored = lacuna_store_get_answer (store, "DEMO-P1-01");
  g_assert_cmpstr (stored->evidence, ==, answer->evidence);
  g_assert_cmpstr (stored->responsible, ==, answer->responsible);
  g_assert_cmpuint (strlen (stored->notes), ==, strlen (answer->notes));
  g_assert_true (strcmp (stored->notes, answer->notes) == 0);
}

typedef struct {
  const char *name;
  int         code;
  const char *fragment;
} RefusalCase;

static void
write_other_application_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
patch_header_word (const char *path,
                   goffset     offset,
                   guint32     value)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  contents[offset] = (char) (value >> 24);
  contents[offset + 1] = (char) (value >> 16);
  contents[offset + 2] = (char) (value >> 8);
  contents[offset + 3] = (char) value;
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
damage_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  /* Scribble over everything after the first page, as a bad USB stick
   * might. */
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) (i * 7 + 3);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* A few pages in the middle overwritten: SQLite's check then finds many
 * problems, one per line. */
static void
damage_middle (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4 * 4096);
  for (gsize i = length / 2; i < length / 2 + 8192 && i < length; i++)
    contents[i] = "\xde\xad\xbe\xef"[i % 4];
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* What a database browser can do to a file: drop a NOT NULL from the
 * history's ids and save a row without one, or add a trigger of its own. */
static void
change_structure (const char *path,
                  const char *how)
{
  sqlite3 *db = NULL;
  g_autofree char *loosen = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (g_str_equal (how, "trigger"))
    g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER forget AFTER INSERT ON answer BEGIN DELETE FROM answer; END",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  else
    {
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA writable_schema = ON;"
                                     "UPDATE sqlite_master SET sql = replace(sql, 'uuid TEXT NOT NULL UNIQUE', 'uuid TEXT UNIQUE')"
                                     "  WHERE name = 'history'",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "INSERT INTO history (uuid, at, entity, key, field)"
                                     "  VALUES (NULL, '2026-01-01', 'answer', 'x', 'law')",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
    }
  sqlite3_close (db);
}

static void
test_refusals_leave_file_untouched (Fixture       *fixture,
                                    gconstpointer  data)
{
  static const RefusalCase cases[] = {
    { "text", LACUNA_STORE_ERROR_NOT_SQLITE, "not a database file" },
    { "empty", LACUNA_STORE_ERROR_EMPTY, "is empty" },
    { "other-application", LACUNA_STORE_ERROR_OTHER_APPLICATION, "another application" },
    { "newer", LACUNA_STORE_ERROR_NEWER_VERSION, "newer version of Lacuna" },
    { "damaged", LACUNA_STORE_ERROR_DAMAGED, "damaged" },
    { "damaged-middle", LACUNA_STORE_ERROR_DAMAGED, "damaged" },
    { "truncated", LACUNA_STORE_ERROR_DAMAGED, "damaged" },
    { "loosened-column", LACUNA_STORE_ERROR_DAMAGED, "(“history” is not as Lacuna writes it)" },
    { "foreign-trigger", LACUNA_STORE_ERROR_DAMAGED, "(“forget” is not as Lacuna writes it)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (fixture->directory, cases[i].name, NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LacunaStore) store = NULL;

      if (g_str_equal (cases[i].name, "text"))
        g_file_set_contents (path, "Minutes of the workshop, 3 March.\n", -1, NULL);
      else if (g_str_equal (cases[i].name, "empty"))
        g_file_set_contents (path, "", 0, NULL);
      else if (g_str_equal (cases[i].name, "other-application"))
        write_other_application_database (path);
      else
        {
          lacuna_store_close (create_store (path, fixture->catalog));
          if (g_str_equal (cases[i].name, "newer"))
            patch_header_word (path, 60, LACUNA_STORE_SCHEMA_VERSION + 1);
          else if (g_str_equal (cases[i].name, "damaged-middle"))
            damage_middle (path);
          else if (g_str_equal (cases[i].name, "loosened-column"))
            change_structure (path, "loosen");
          else if (g_str_equal (cases[i].name, "foreign-trigger"))
            change_structure (path, "trigger");
          else if (g_str_equal (cases[i].name, "truncated"))
            /* A copy cut short, as by a USB stick pulled out too soon. */
            g_assert_cmpint (truncate (path, 3 * 4096), ==, 0);
          else
            damage_pages (path);
        }

      before = file_digest (path);
      store = lacuna_store_open (path, LACUNA_STORE_OPEN_DEFAULT, &error);
      g_test_message ("%s: %s", cases[i].name, error != NULL ? error->message : "(opened)");
      g_assert_null (store);
      g_assert_error (error, LACUNA_STORE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].fragment));
      /* One sentence, not SQLite's list of every broken page. */
      g_assert_null (strchr (error->message, '\n'));
      after = file_digest (path);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_unreadable_and_missing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->directory, "missing.lacuna", NULL);

  g_assert_null (lacuna_store_open (missing, LACUNA_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (lacuna_store_open (fixture->directory, LACUNA_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_UNREADABLE);
}

static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-01");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *lock = g_build_filename (fixture->directory, ".~lock.test.lacuna#", NULL);

  lacuna_store_close (create_store (fixture->path, fixture->catalog));
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  before = file_digest (fixture->path);

  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (lacuna_store_is_read_only (store));
  g_assert_nonnull (strstr (lacuna_store_get_read_only_reason (store), "read-only"));
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

  answer->law = LACUNA_LEVEL_FULL;
  answer->practice = LACUNA_LEVEL_FULL;
  g_assert_false (lacuna_store_set_answer (store, answer, "Tester", &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY);
  g_clear_pointer (&store, lacuna_store_close);

  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_lock_file (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LacunaStore) first = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaStore) second = NULL;
  g_autoptr(LacunaStore) viewer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lock = g_build_filename (fixture->directory, ".~lock.test.lacuna#", NULL);
  g_autofree char *stale = NULL;

  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  second = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED);
  /* Who has it open, on which computer. */
  g_assert_nonnull (strstr (error->message, g_get_host_name ()));
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_null (strstr (error->message, "delete"));
  g_clear_error (&error);

  viewer = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (lacuna_store_is_read_only (viewer));
  g_clear_pointer (&viewer, lacuna_store_close);

  g_clear_pointer (&first, lacuna_store_close);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

  /* A lock left by a crashed process of this machine is taken over. */
  stale = g_strdup_printf ("Someone\n%s\n%d\n2026-01-01T00:00:00Z\n", g_get_host_name (), 0x7FFFFFF0);
  g_assert_true (g_file_set_contents (lock, stale, -1, NULL));
  second = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (lacuna_store_is_read_only (second));
  g_clear_pointer (&second, lacuna_store_close);

  /* Another computer's lock is respected, and the message says how to end
   * it should that computer have crashed; this computer's own says not. */
  g_assert_true (g_file_set_contents (lock, "Someone\nministry-laptop\n4242\n2026-01-01T00:00:00Z\n", -1, NULL));
  second = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "ministry-laptop"));
  g_assert_nonnull (strstr (error->message, "delete the file “.~lock.test.lacuna#”"));
  g_clear_error (&error);
}

/* A crash or a power cut between creating the lock file and filling it
 * leaves it empty or cut short. Such a lock is respected for a moment (its
 * holder may be writing it right now), then taken over. */
static void
test_incomplete_lock_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *lock = g_build_filename (fixture->directory, ".~lock.test.lacuna#", NULL);
  g_autoptr(GError) error = NULL;
  LacunaStore *store;
  struct utimbuf long_ago = { 0 };

  lacuna_store_close (create_store (fixture->path, fixture->catalog));
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (lock, "Someone\nsome-host", -1, NULL));
  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  long_ago.actime = long_ago.modtime = time (NULL) - 60;
  g_assert_true (g_file_set_contents (lock, "", 0, NULL));
  g_assert_cmpint (g_utime (lock, &long_ago), ==, 0);
  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (lacuna_store_is_read_only (store));
  lacuna_store_close (store);
}

/* A kill between writing the lock's description under a temporary name and
 * linking it into place leaves that temporary file; the next one to take
 * the lock removes it when its writer is gone, and only then. */
static void
test_abandoned_lock_temporaries (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *here = g_get_host_name ();
  struct {
    const char *name;
    const char *host;      /* NULL: an empty file, cut short */
    gboolean    dead;      /* written by a process that no longer runs */
    gboolean    old;       /* written long ago */
    gboolean    swept;
  } cases[] = {
    { ".~lock.test.lacuna#.Ab12Cd", here, TRUE, FALSE, TRUE },
    { ".~lock.test.lacuna#.Ef34Gh", here, FALSE, FALSE, FALSE },
    { ".~lock.test.lacuna#.Ij56Kl", NULL, FALSE, TRUE, TRUE },
    { ".~lock.test.lacuna#.Mn78Op", NULL, FALSE, FALSE, FALSE },
    { ".~lock.test.lacuna#.Qr90St", "another-computer", TRUE, TRUE, FALSE },
    { ".~lock.other.lacuna#.Ab12Cd", here, TRUE, TRUE, FALSE },
    { ".~lock.test.lacuna#.notes.txt", here, TRUE, TRUE, FALSE },
  };
  struct utimbuf long_ago = { 0 };
  LacunaStore *store;
  g_autoptr(GError) error = NULL;

  lacuna_store_close (create_store (fixture->path, fixture->catalog));
  long_ago.actime = long_ago.modtime = time (NULL) - 60;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (fixture->directory, cases[i].name, NULL);
      int pid = cases[i].dead ? 0x7FFFFFF0 : (int) getpid ();
      g_autofree char *contents = cases[i].host == NULL
                                    ? g_strdup ("")
                                    : g_strdup_printf ("Someone\n%s\n%d\n2026-01-01T00:00:00Z\n", cases[i].host, pid);

      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
      if (cases[i].old)
        g_assert_cmpint (g_utime (path, &long_ago), ==, 0);
    }

  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (lacuna_store_is_read_only (store));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (fixture->directory, cases[i].name, NULL);

      g_test_message ("%s", cases[i].name);
      g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, !cases[i].swept);
    }
  lacuna_store_close (store);
}

/* Participants typed one a line, as the new-assessment dialog takes them:
 * name, then institution after the first comma; all saved, or none. */
static void
test_participant_list (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(GPtrArray) typed = lacuna_participant_list_parse ("  Amina Diallo ,  Ministry of Justice\n"
                                                               "\n   \n"
                                                               "Jean Dupont\n"
                                                               ", Border Guard Service, Operations\n"
                                                               "王芳，公安部\n"
                                                               "سارة أحمد، وزارة العدل");
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;
  LacunaParticipant *p;

  g_assert_cmpuint (typed->len, ==, 5);
  p = g_ptr_array_index (typed, 0);
  g_assert_cmpstr (p->name, ==, "Amina Diallo");
  g_assert_cmpstr (p->institution, ==, "Ministry of Justice");
  p = g_ptr_array_index (typed, 1);
  g_assert_cmpstr (p->name, ==, "Jean Dupont");
  g_assert_null (p->institution);
  p = g_ptr_array_index (typed, 2);
  g_assert_cmpstr (p->name, ==, "Border Guard Service, Operations");
  g_assert_cmpstr (p->institution, ==, "Border Guard Service, Operations");
  p = g_ptr_array_index (typed, 3);
  g_assert_cmpstr (p->name, ==, "王芳");
  g_assert_cmpstr (p->institution, ==, "公安部");
  p = g_ptr_array_index (typed, 4);
  g_assert_cmpstr (p->name, ==, "سارة أحمد");
  g_assert_cmpstr (p->institution, ==, "وزارة العدل");

  g_assert_true (lacuna_participant_list_save (store, typed, "Test", &error));
  g_assert_no_error (error);
  saved = lacuna_store_list_participants (store);
  g_assert_cmpuint (saved->len, ==, 5);

  /* A read-only store takes none of them. */
  {
    g_autoptr(LacunaStore) reader = NULL;
    g_autoptr(GPtrArray) more = lacuna_participant_list_parse ("Someone Else, Interior");

    g_clear_pointer (&store, lacuna_store_close);
    reader = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_false (lacuna_participant_list_save (reader, more, "Test", &error));
    g_assert_nonnull (error);
    g_clear_pointer (&saved, g_ptr_array_unref);
    saved = lacuna_store_list_participants (reader);
    g_assert_cmpuint (saved->len, ==, 5);
  }
}

/* Removing from the registers keeps a trace of what was removed, and a
 * uuid that is not there is refused by name. */
static void
test_remove_from_registers (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaParticipant) participant = lacuna_participant_new ();
  g_autoptr(LacunaNationalInstrument) instrument = lacuna_national_instrument_new ();
  g_autoptr(GPtrArray) participant_history = NULL;
  g_autoptr(GPtrArray) instrument_history = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;
  LacunaHistoryEntry *last;

  participant->name = g_strdup ("Ana Tester");
  g_assert_true (lacuna_store_save_participant (store, participant, "Tester", &error));
  g_assert_no_error (error);
  instrument->title = g_strdup ("Criminal Code");
  g_assert_true (lacuna_store_save_instrument (store, instrument, "Tester", &error));
  g_assert_no_error (error);

  g_assert_true (lacuna_store_remove_participant (store, participant->uuid, "Tester", &error));
  g_assert_no_error (error);
  g_assert_true (lacuna_store_remove_instrument (store, instrument->uuid, "Tester", &error));
  g_assert_no_error (error);
  participants = lacuna_store_list_participants (store);
  g_assert_cmpuint (participants->len, ==, 0);
  g_assert_null (lacuna_store_get_instrument (store, instrument->uuid));

  participant_history = lacuna_store_list_history (store, "participant", participant->uuid);
  last = g_ptr_array_index (participant_history, participant_history->len - 1);
  g_assert_cmpstr (last->field, ==, "removed");
  g_assert_cmpstr (last->old_value, ==, "Ana Tester");
  instrument_history = lacuna_store_list_history (store, "instrument", instrument->uuid);
  last = g_ptr_array_index (instrument_history, instrument_history->len - 1);
  g_assert_cmpstr (last->field, ==, "removed");
  g_assert_cmpstr (last->old_value, ==, "Criminal Code");

  g_assert_false (lacuna_store_remove_instrument (store, instrument->uuid, "Tester", &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND_ITEM);
  g_assert_nonnull (strstr (error->message, instrument->uuid));
  g_clear_error (&error);
  g_assert_false (lacuna_store_remove_participant (store, "no-such-uuid", "Tester", &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND_ITEM);
}

/* An assessment made with the installed frameworks shares their parsed
 * catalogue while it is loaded, rather than reading its own copy again;
 * one whose copy differs in a single byte, or opened once that catalogue
 * is gone, reads its own. */
static void
test_shares_installed_catalog (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->directory, "other.lacuna", NULL);
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  LacunaCatalog *own;
  sqlite3 *db = NULL;

  lacuna_store_close (create_store (fixture->path, fixture->catalog));
  lacuna_store_close (create_store (other_path, fixture->catalog));
  /* A comment added to one file of the other copy: the same frameworks,
   * not the same bytes. */
  g_assert_cmpint (sqlite3_open (other_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE framework_snapshot SET content = CAST(content || x'0a' AS BLOB)"
                                 "  WHERE name = (SELECT min(name) FROM framework_snapshot)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (lacuna_store_get_catalog (store) == fixture->catalog);
  other = lacuna_store_open (other_path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (lacuna_store_get_catalog (other) != fixture->catalog);
  g_assert_cmpuint (lacuna_catalog_count_measures (lacuna_store_get_catalog (other)), ==,
                    lacuna_catalog_count_measures (fixture->catalog));
  g_clear_pointer (&store, lacuna_store_close);
  g_clear_pointer (&other, lacuna_store_close);

  /* The installed catalogue gone (the fixture holds the last reference):
   * the file's own copy is read, and works. */
  g_clear_pointer (&fixture->catalog, lacuna_catalog_unref);
  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  own = lacuna_store_get_catalog (store);
  g_assert_nonnull (lacuna_catalog_find_measure (own, "DEMO-P1-01"));
  fixture->catalog = lacuna_catalog_ref (own);
}

static void
test_save_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaStore) copy = NULL;
  g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-01");
  g_autoptr(LacunaAnswer) copied = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaAssessmentDetails) original_details = NULL;
  g_autoptr(LacunaAssessmentDetails) copy_details = NULL;
  g_autofree char *destination = g_build_filename (fixture->directory, "copy.lacuna", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  answer->law = LACUNA_LEVEL_NONE;
  answer->practice = LACUNA_LEVEL_PARTIAL;
  g_assert_true (lacuna_store_set_answer (store, answer, "Tester", &error));

  g_assert_false (lacuna_store_save_copy (store, fixture->path, &error));
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_true (lacuna_store_save_copy (store, destination, &error));
  g_assert_no_error (error);
  copy = lacuna_store_open (destination, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  copied = lacuna_store_get_answer (copy, "DEMO-P1-01");
  g_assert_true (lacuna_answer_equal (copied, answer));
  original_details = lacuna_store_get_details (store);
  copy_details = lacuna_store_get_details (copy);
  g_assert_cmpstr (original_details->uuid, ==, copy_details->uuid);

  /* No temporary file is left behind. */
  dir = g_dir_open (fixture->directory, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".tmp"));
}

static void
test_migration_from_v1 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "store", "v1.lacuna", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  g_autoptr(LacunaAnswer) answer = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *version = NULL;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  details = lacuna_store_get_details (store);
  g_assert_cmpstr (details->uuid, ==, "0f5f6c1e-2b1a-4c6e-9d3e-7a1b2c3d4e5f");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_TITLE], ==, "Demonstration assessment (first format)");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_LANGUAGE], ==, "fr");
  g_assert_cmpstr (details->values[LACUNA_DETAIL_EXERCISE_STATUS], ==, "draft");
  g_assert_cmpstr (details->frameworks[0], ==, "demo");

  answer = lacuna_store_get_answer (store, "DEMO-P1-01");
  g_assert_cmpint (answer->law, ==, LACUNA_LEVEL_PARTIAL);
  g_assert_cmpint (answer->practice, ==, LACUNA_LEVEL_NONE);
  g_assert_cmpstr (answer->notes, ==, "Ask the prosecutor's office for case numbers.");
  g_assert_cmpint (answer->urgency, ==, LACUNA_URGENCY_NORMAL);
  history = lacuna_store_list_history (store, NULL, NULL);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpstr (((LacunaHistoryEntry *) g_ptr_array_index (history, 2))->new_value, ==, "full");
  g_assert_true (g_uuid_string_is_valid (((LacunaHistoryEntry *) g_ptr_array_index (history, 0))->uuid) ||
                 strlen (((LacunaHistoryEntry *) g_ptr_array_index (history, 0))->uuid) == 32);
  g_clear_pointer (&store, lacuna_store_close);

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &version, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (version), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (version, 0), ==, LACUNA_STORE_SCHEMA_VERSION);
  sqlite3_finalize (version);
  sqlite3_close (db);
}

/* An old file that cannot be written is upgraded in memory only. */
static void
test_migration_read_only (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "store", "v1.lacuna", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length = 0;
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  before = file_digest (fixture->path);

  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  answer = lacuna_store_get_answer (store, "DEMO-P1-02");
  g_assert_cmpint (answer->law, ==, LACUNA_LEVEL_FULL);
  g_clear_pointer (&store, lacuna_store_close);

  after = file_digest (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_upgrade_frameworks (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-03");
  g_autoptr(LacunaCatalog) newer = lacuna_catalog_new ();
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new ();
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "fixtures", "frameworks", "valid", NULL);
  g_autofree char *demo_path = g_build_filename (directory, "demo.xml", NULL);
  g_autofree char *demo = NULL;
  g_autofree char *instruments = g_build_filename (directory, "legal-instruments.xml", NULL);
  g_autofree char *tools = g_build_filename (directory, "tools.xml", NULL);
  g_autoptr(LacunaAnswer) kept = NULL;
  char *start, *end;

  answer->practice = LACUNA_LEVEL_LARGELY;
  g_assert_true (lacuna_store_set_answer (store, answer, "Tester", &error));

  /* Version 2.0 of the demo framework retires DEMO-P1-03. */
  g_assert_true (g_file_get_contents (demo_path, &demo, NULL, NULL));
  start = strstr (demo, "    <area id=\"DEMO-A1.2\">");
  end = strstr (demo, "  </pillar>");
  memmove (start, end, strlen (end) + 1);
  g_assert_true (lacuna_catalog_add_file (newer, instruments, diagnostics));
  g_assert_true (lacuna_catalog_add_file (newer, tools, diagnostics));
  g_assert_true (lacuna_catalog_add_data (newer, "demo.xml", demo, strlen (demo), diagnostics));
  g_assert_true (lacuna_catalog_resolve (newer, diagnostics));

  orphans = lacuna_store_upgrade_frameworks (store, newer, "Tester", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (orphans->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (orphans, 0), ==, "DEMO-P1-03");
  g_assert_null (lacuna_catalog_find_measure (lacuna_store_get_catalog (store), "DEMO-P1-03"));

  /* The answer is not deleted: nothing a team entered is lost. */
  kept = lacuna_store_get_answer (store, "DEMO-P1-03");
  g_assert_cmpint (kept->practice, ==, LACUNA_LEVEL_LARGELY);
}

typedef struct {
  GHashTable *acked;   /* measure id → last acknowledged edit number */
} AckLog;

static void
parse_acks (const char *output,
            GHashTable *acked)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", 3);

      /* A line cut by the kill is not an acknowledgement. */
      if (g_strv_length (fields) != 3 || !g_str_equal (fields[0], "ack") || lines[i + 1] == NULL)
        continue;
      g_hash_table_insert (acked, g_strdup (fields[1]), GINT_TO_POINTER (atoi (fields[2]) + 1));
    }
}

static void
check_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *check = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &check, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (check), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (check, 0), ==, "ok");
  sqlite3_finalize (check);
  sqlite3_close (db);
}

/* Leaves what a power cut in the middle of a large save leaves: a child
 * process writes part of a transaction to the file (its page cache spills,
 * so the journal is synced and the file itself changed) and dies. */
static void
interrupt_a_save (const char *path)
{
  pid_t child = fork ();
  int status = 0;

  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      sqlite3 *db = NULL;
      int ok = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
               sqlite3_exec (db,
                             "PRAGMA cache_size = 4;"
                             "BEGIN IMMEDIATE;"
                             "UPDATE answer SET notes = 'never acknowledged';"
                             "CREATE TABLE unfinished (x);"
                             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
                             " INSERT INTO unfinished SELECT randomblob(1000) FROM n;",
                             NULL, NULL, NULL) == SQLITE_OK;
      _exit (ok ? 0 : 1);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

/* After a power cut mid-save, the file still opens read-only, with every
 * acknowledged edit and none of the unfinished one; where it cannot be
 * written, the message says what to do instead of calling it damaged. */
static void
test_interrupted_save_read_only (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
  g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-01");
  g_autoptr(LacunaAnswer) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_autofree char *before = NULL;

  answer->law = LACUNA_LEVEL_PARTIAL;
  answer->notes = g_strdup ("acknowledged");
  g_assert_true (lacuna_store_set_answer (store, answer, "Tester", &error));
  g_clear_pointer (&store, lacuna_store_close);

  interrupt_a_save (fixture->path);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  kept = lacuna_store_get_answer (store, "DEMO-P1-01");
  g_assert_cmpstr (kept->notes, ==, "acknowledged");
  g_assert_cmpint (kept->law, ==, LACUNA_LEVEL_PARTIAL);
  g_clear_pointer (&store, lacuna_store_close);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  check_integrity (fixture->path);

  /* A read-only file cannot be repaired in place: it is left exactly as
   * it is, with a message that does not call it damaged. */
  interrupt_a_save (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  before = file_digest (fixture->path);
  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "test.lacuna-journal"));
  g_assert_null (strstr (error->message, "damaged"));
  {
    g_autofree char *after = file_digest (fixture->path);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* A file that may not grow (a quota, a file size limit: EFBIG) refuses the
 * edit with the system's reason, not a bare "disk I/O error", and keeps
 * everything saved before. */
static void
test_file_size_limit (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAnswer) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_autofree char *lock = g_build_filename (fixture->directory, ".~lock.test.lacuna#", NULL);

  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("LACUNA_TEST_ASSESSMENT");
      g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-02");
      GStatBuf info;
      struct rlimit limit;

      g_assert_cmpint (g_stat (path, &info), ==, 0);
      store = lacuna_store_open (path, LACUNA_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      /* Writes past the limit fail with EFBIG instead of killing us. */
      signal (SIGXFSZ, SIG_IGN);
      limit.rlim_cur = limit.rlim_max = (rlim_t) info.st_size;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      answer->law = LACUNA_LEVEL_FULL;
      answer->notes = g_strnfill (200000, 'x');
      g_assert_false (lacuna_store_set_answer (store, answer, "Tester", &error));
      g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO);
      printf ("%s\n", error->message);
      return;
    }

  store = create_store (fixture->path, fixture->catalog);
  {
    g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-01");
    answer->law = LACUNA_LEVEL_PARTIAL;
    answer->notes = g_strdup ("saved before");
    g_assert_true (lacuna_store_set_answer (store, answer, "Tester", &error));
  }
  g_clear_pointer (&store, lacuna_store_close);

  g_setenv ("LACUNA_TEST_ASSESSMENT", fixture->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*cannot grow any larger here (File too large)*nothing already saved was lost*");
  g_test_trap_assert_stdout_unmatched ("*disk I/O error*");

  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  check_integrity (fixture->path);
  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  kept = lacuna_store_get_answer (store, "DEMO-P1-01");
  g_assert_cmpstr (kept->notes, ==, "saved before");
  {
    g_autoptr(LacunaAnswer) refused = lacuna_store_get_answer (store, "DEMO-P1-02");
    g_assert_null (refused->notes);
  }
}

/* A child writes answers and is killed at a random instant, fifty times;
 * after each kill the file must open, pass integrity_check and hold every
 * edit the child had acknowledged. */
static void
test_survives_kill (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *writer = g_getenv ("LACUNA_STORE_WRITER");
  guint total_acks = 0;

  g_assert_nonnull (writer);
  lacuna_store_close (create_store (fixture->path, fixture->catalog));

  for (guint round = 0; round < 50; round++)
    {
      g_autofree char *tag = g_strdup_printf ("round-%u", round);
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) acked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GBytes) output = NULL;
      g_autoptr(LacunaStore) store = NULL;
      GHashTableIter iter;
      gpointer key, value;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                                writer, fixture->path, tag, NULL);
      g_assert_no_error (error);
      /* Later rounds wait longer, so that even on a loaded machine, where
       * a sanitized writer takes long to start, some kills land among
       * acknowledged edits. */
      g_usleep (g_random_int_range (2000, 60000) + round * 5000);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_communicate (child, NULL, NULL, &output, NULL, &error);
      g_assert_no_error (error);
      g_subprocess_wait (child, NULL, NULL);

      {
        /* Killed before its first line, the child wrote nothing at all. */
        g_autofree char *text = g_bytes_get_size (output) > 0
                                  ? g_strndup (g_bytes_get_data (output, NULL), g_bytes_get_size (output))
                                  : g_strdup ("");
        parse_acks (text, acked);
      }

      check_integrity (fixture->path);
      store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);

      g_hash_table_iter_init (&iter, acked);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, key);
          g_auto(GStrv) words = g_strsplit (answer->notes != NULL ? answer->notes : "", " ", 2);
          int last_acked = GPOINTER_TO_INT (value) - 1;

          /* The stored edit is the last acknowledged one or a later one
           * that committed before the acknowledgement was written. */
          g_assert_cmpstr (words[0], ==, tag);
          g_assert_cmpint (atoi (words[1]), >=, last_acked);
          total_acks++;
        }
    }
  g_test_message ("%u acknowledged edits checked over 50 kills", total_acks);
  g_assert_cmpuint (total_acks, >, 0);
}

/* The file deleted, or replaced by another application's database, while
 * it is open: edits are refused with a message that says so, the other
 * file is not touched, and what was open can still be saved as a copy. */
static void
test_file_gone_while_open (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->directory, "rescued.lacuna", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (guint replaced = 0; replaced < 2; replaced++)
    {
      g_autoptr(LacunaStore) store = create_store (fixture->path, fixture->catalog);
      g_autoptr(LacunaStore) rescued = NULL;
      g_autoptr(LacunaAnswer) answer = lacuna_answer_new ("DEMO-P1-01");
      g_autoptr(LacunaAnswer) kept = NULL;
      g_autoptr(GError) error = NULL;

      answer->law = LACUNA_LEVEL_PARTIAL;
      answer->notes = g_strdup ("saved before");
      g_assert_true (lacuna_store_set_answer (store, answer, "Tester", &error));

      g_assert_cmpint (g_unlink (fixture->path), ==, 0);
      if (replaced)
        {
          sqlite3 *other = NULL;
          g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_exec (other, "CREATE TABLE contacts (name TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
          sqlite3_close (other);
          before = file_digest (fixture->path);
        }

      answer->law = LACUNA_LEVEL_FULL;
      g_assert_false (lacuna_store_set_answer (store, answer, "Tester", &error));
      g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, "moved, deleted or replaced"));
      g_assert_nonnull (strstr (error->message, "Save a copy"));
      g_clear_error (&error);
      if (replaced)
        {
          after = file_digest (fixture->path);
          g_assert_cmpstr (before, ==, after);
        }

      g_assert_true (lacuna_store_save_copy (store, copy, &error));
      g_assert_no_error (error);
      g_clear_pointer (&store, lacuna_store_close);
      rescued = lacuna_store_open (copy, LACUNA_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      kept = lacuna_store_get_answer (rescued, "DEMO-P1-01");
      g_assert_cmpstr (kept->notes, ==, "saved before");
      g_assert_cmpint (kept->law, ==, LACUNA_LEVEL_PARTIAL);
      g_clear_pointer (&rescued, lacuna_store_close);
      g_unlink (copy);
      g_unlink (fixture->path);
    }
}

/* Another program holding the file for longer than Lacuna waits (a long
 * save on a slow share) is reported as such, not as damage. */
static void
test_busy_file (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int ready[2];
  pid_t child;
  char byte;

  lacuna_store_close (create_store (fixture->path, fixture->catalog));
  g_assert_cmpint (pipe (ready), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      sqlite3 *db = NULL;
      if (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
          sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      if (write (ready[1], "x", 1) != 1)
        _exit (1);
      sleep (30);
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);

  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  kill (child, SIGKILL);
  waitpid (child, NULL, 0);
  g_assert_null (store);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_null (strstr (error->message, "damaged"));
  g_clear_error (&error);

  store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

/* Two processes and one file. While another process edits the file, a
 * second writer is refused with the name of the person and the computer
 * holding it, and a viewer reads it; and if the lock file is lost (deleted,
 * or not seen on a network share), both write at once and SQLite's own
 * locks keep every edit of both and the file whole. */
static void
test_concurrent_processes (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *writer = g_getenv ("LACUNA_STORE_WRITER");
  g_autofree char *acks_path = g_build_filename (fixture->directory, "acks.txt", NULL);
  g_autofree char *lock = g_build_filename (fixture->directory, ".~lock.test.lacuna#", NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(LacunaStore) second = NULL;
  g_autoptr(LacunaStore) viewer = NULL;
  g_autoptr(LacunaStore) mine = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GHashTable) acked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *acks = NULL;
  const char *holder = g_get_real_name ();
  GHashTableIter iter;
  gpointer key, value;

  g_assert_nonnull (writer);
  lacuna_store_close (create_store (fixture->path, fixture->catalog));
  g_subprocess_launcher_set_stdout_file_path (launcher, acks_path);
  child = g_subprocess_launcher_spawn (launcher, &error, writer, fixture->path, "other", "5", NULL);
  g_assert_no_error (error);
  for (guint wait = 0; wait < 1000; wait++)
    {
      g_autofree char *so_far = NULL;
      if (g_file_get_contents (acks_path, &so_far, NULL, NULL) && strchr (so_far, '\n') != NULL)
        break;
      g_usleep (10000);
    }

  /* A second writer learns who has the file, where, and what to do. */
  second = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED);
  if (holder == NULL || g_str_equal (holder, "Unknown"))
    holder = g_get_user_name ();
  g_assert_nonnull (strstr (error->message, holder));
  g_assert_nonnull (strstr (error->message, g_get_host_name ()));
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);

  /* A viewer reads while the other process commits, and cannot write. */
  viewer = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (viewer, "DEMO-P1-01");
      g_autoptr(GPtrArray) history = lacuna_store_list_history (viewer, "answer", "DEMO-P1-01");
      g_assert_nonnull (answer);
      g_assert_nonnull (history);
      if (i == 0)
        {
          g_free (answer->notes);
          answer->notes = g_strdup ("from the viewer");
          g_assert_false (lacuna_store_set_answer (viewer, answer, "Viewer", &error));
          g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY);
          g_clear_error (&error);
        }
      g_usleep (2000);
    }
  g_clear_pointer (&viewer, lacuna_store_close);

  /* The lock file lost: both write at once. */
  g_assert_cmpint (g_unlink (lock), ==, 0);
  mine = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(LacunaParticipant) participant = lacuna_participant_new ();
      participant->name = g_strdup_printf ("Participant %u", i);
      if (lacuna_store_save_participant (mine, participant, "Mine", &error))
        {
          g_hash_table_add (saved, g_strdup (participant->name));
          continue;
        }
      /* On a loaded machine the other writer may keep the file for
       * longer than we wait: refused, saying so, and nothing half-done. */
      g_test_message ("refused: %s", error->message);
      g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "Another program was saving"));
      g_clear_error (&error);
    }
  g_clear_pointer (&mine, lacuna_store_close);
  g_assert_cmpuint (g_hash_table_size (saved), >, 0);

  /* The other writer never failed: it was still writing when killed. */
  g_subprocess_send_signal (child, SIGKILL);
  {
    g_autofree char *complaint = NULL;
    g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, NULL, &complaint, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (complaint, ==, "");
    g_assert_true (g_subprocess_get_if_signaled (child));
  }

  check_integrity (fixture->path);
  mine = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  participants = lacuna_store_list_participants (mine);
  g_assert_cmpuint (participants->len, ==, g_hash_table_size (saved));
  for (guint i = 0; i < participants->len; i++)
    g_assert_true (g_hash_table_contains (saved, ((LacunaParticipant *) g_ptr_array_index (participants, i))->name));
  g_assert_true (g_file_get_contents (acks_path, &acks, NULL, NULL));
  parse_acks (acks, acked);
  g_assert_cmpuint (g_hash_table_size (acked), >, 0);
  g_hash_table_iter_init (&iter, acked);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (mine, key);
      g_auto(GStrv) words = g_strsplit (answer->notes != NULL ? answer->notes : "", " ", 2);

      g_assert_cmpstr (words[0], ==, "other");
      g_assert_cmpint (atoi (words[1]), >=, GPOINTER_TO_INT (value) - 1);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create-and-reopen", test_create_and_reopen);
  ADD ("create-refuses-existing-and-bad-details", test_create_refuses_existing_and_bad_details);
  ADD ("answers-and-history", test_answers_and_history);
  ADD ("answer-levels-and-measure-history", test_answer_levels_and_measure_history);
  ADD ("answer-validation", test_answer_validation);
  ADD ("text-stored-exactly", test_text_stored_exactly);
  ADD ("refusals-leave-file-untouched", test_refusals_leave_file_untouched);
  ADD ("unreadable-and-missing", test_unreadable_and_missing);
  ADD ("read-only-file", test_read_only_file);
  ADD ("lock-file", test_lock_file);
  ADD ("incomplete-lock-file", test_incomplete_lock_file);
  ADD ("abandoned-lock-temporaries", test_abandoned_lock_temporaries);
  ADD ("remove-from-registers", test_remove_from_registers);
  ADD ("participant-list", test_participant_list);
  ADD ("save-copy", test_save_copy);
  ADD ("shares-installed-catalog", test_shares_installed_catalog);
  ADD ("migration-from-v1", test_migration_from_v1);
  ADD ("migration-read-only", test_migration_read_only);
  ADD ("upgrade-frameworks", test_upgrade_frameworks);
  ADD ("survives-kill", test_survives_kill);
  ADD ("interrupted-save-read-only", test_interrupted_save_read_only);
  ADD ("file-size-limit", test_file_size_limit);
  ADD ("concurrent-processes", test_concurrent_processes);
  ADD ("busy-file", test_busy_file);
  ADD ("file-gone-while-open", test_file_gone_while_open);

  return g_test_run ();
}
