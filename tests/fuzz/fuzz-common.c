/* fuzz-common.c — scratch folder, catalogue and reading for the fuzz targets
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "analysis.h"
#include "comparison.h"
#include "export-csv.h"
#include "export-json.h"
#include "framework-loader.h"
#include "fuzz-common.h"

static char *scratch_dir;

/* A critical or a warning from GLib, json-glib or Lacuna means a
 * precondition was broken, which the target must count as a crash.
 * G_DEBUG=fatal-criticals would stop with SIGTRAP, which libFuzzer does
 * not catch, so no input would be saved; abort() it catches. Every
 * message, structured or not, ends in the writer. */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags   level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         data)
{
  GLogWriterOutput written = g_log_writer_default (level, fields, n_fields, data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return written;
}

__attribute__((constructor))
static void
install_log_writer (void)
{
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);
}

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_scratch (void)
{
  remove_folder (scratch_dir);
}

/* libFuzzer leaves with _Exit() when its time is up or an input crashes,
 * so atexit() handlers do not run and the folder stays. Each folder is
 * named after its process; those of processes that are gone are removed
 * by the next run. */
static void
remove_abandoned (const char *parent)
{
  g_autoptr(GDir) dir = g_dir_open (parent, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      gint64 pid;
      char *end;

      if (!g_str_has_prefix (name, "lacuna-fuzz-"))
        continue;
      pid = g_ascii_strtoll (name + strlen ("lacuna-fuzz-"), &end, 10);
      if (*end != '-' || pid <= 0 || pid > G_MAXINT || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      path = g_build_filename (parent, name, NULL);
      remove_folder (path);
    }
}

char *
fuzz_scratch_path (const char *name)
{
  if (scratch_dir == NULL)
    {
      /* Every edit is synced to disk (synchronous = FULL); in a folder in
       * memory the syncs cost nothing, which multiplies the runs per
       * second. */
      const char *parent = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0
                             ? "/dev/shm" : g_get_tmp_dir ();
      g_autofree char *base = g_strdup_printf ("lacuna-fuzz-%d-XXXXXX", (int) getpid ());
      g_autofree char *template = g_build_filename (parent, base, NULL);

      remove_abandoned (parent);
      scratch_dir = g_mkdtemp (g_steal_pointer (&template));
      if (scratch_dir == NULL)
        g_error ("cannot make a scratch folder in %s", parent);
      atexit (remove_scratch);
    }
  return g_build_filename (scratch_dir, name, NULL);
}

LacunaCatalog *
fuzz_catalog (void)
{
  static LacunaCatalog *catalog;

  if (catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      catalog = lacuna_catalog_load_directory (FUZZ_FRAMEWORKS_DIR, &error);
      if (catalog == NULL)
        g_error ("cannot load %s: %s", FUZZ_FRAMEWORKS_DIR, error->message);
    }
  return catalog;
}

gboolean
fuzz_write_file (const char *path,
                 const void *data,
                 gsize       size)
{
  /* Not g_file_set_contents(): it renames a temporary file into place,
   * which leaves nothing different for the target but costs more. */
  FILE *file = g_fopen (path, "wb");
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fwrite (data, 1, size, file) == size;
  return fclose (file) == 0 && ok;
}

void
fuzz_remove_store (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lock_name = g_strdup_printf (".~lock.%s#", base);
  g_autofree char *lock = g_build_filename (directory, lock_name, NULL);

  g_unlink (path);
  g_unlink (journal);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (lock);
}

GBytes *
fuzz_base_store (void)
{
  static GBytes *bytes;

  if (bytes == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (FUZZ_BASE_STORE, &contents, &length, &error))
        g_error ("%s", error->message);
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
    }
  return bytes;
}

/* Strings read are summed here, so that every byte of them is touched
 * (and checked by the sanitizers) and the reads are not optimised away. */
static volatile gsize touched;

static void
touch (const char *text)
{
  if (text != NULL)
    touched += strlen (text);
}

static void
touch_answer (LacunaAnswer *answer)
{
  touch (answer->measure_id);
  touch (answer->evidence);
  touch (answer->notes);
}

void
fuzz_read_store (LacunaStore *store)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  g_autoptr(GPtrArray) answers = lacuna_store_list_answers (store);
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (store);
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (store);
  g_autoptr(GPtrArray) history = lacuna_store_list_history (store, NULL, NULL);
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_store (store);
  g_autoptr(LacunaComparison) comparison = NULL;
  g_autoptr(JsonNode) json = lacuna_export_json (store);
  g_autofree char *json_text = lacuna_json_to_text (json);
  g_autofree char *csv = lacuna_export_csv (store);

  touch (details->uuid);
  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    touch (details->values[i]);
  for (guint i = 0; details->frameworks != NULL && details->frameworks[i] != NULL; i++)
    touch (details->frameworks[i]);
  for (guint i = 0; i < answers->len; i++)
    {
      LacunaAnswer *answer = g_ptr_array_index (answers, i);
      g_autoptr(LacunaAnswer) again = lacuna_store_get_answer (store, answer->measure_id);
      g_autoptr(GPtrArray) linked = lacuna_store_list_instruments_for (store, answer->measure_id);
      g_autoptr(GPtrArray) changes = lacuna_store_list_history (store, "answer", answer->measure_id);

      touch_answer (answer);
      touch_answer (again);
      touched += linked->len + changes->len;
    }
  for (guint i = 0; i < participants->len; i++)
    {
      LacunaParticipant *participant = g_ptr_array_index (participants, i);
      touch (participant->name);
      touch (participant->institution);
      for (guint j = 0; participant->pillars != NULL && participant->pillars[j] != NULL; j++)
        touch (participant->pillars[j]);
    }
  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);
      g_autoptr(LacunaNationalInstrument) again = lacuna_store_get_instrument (store, instrument->uuid);

      touch (instrument->title);
      touch (again != NULL ? again->reference : NULL);
      for (guint j = 0; instrument->measures != NULL && instrument->measures[j] != NULL; j++)
        touch (instrument->measures[j]);
    }
  for (guint i = 0; i < history->len; i++)
    {
      LacunaHistoryEntry *entry = g_ptr_array_index (history, i);
      touch (entry->key);
      touch (entry->old_value);
      touch (entry->new_value);
    }
  touch (json_text);
  touch (csv);
  comparison = lacuna_compare (analysis, analysis);
  touched += comparison->measures->len;
}

void
fuzz_note (const char *what,
           GError     *error)
{
  static int verbose = -1;

  if (verbose < 0)
    verbose = g_getenv ("FUZZ_VERBOSE") != NULL;
  if (verbose)
    fprintf (stderr, "%s: %s\n", what, error != NULL ? error->message : "ok");
  g_clear_error (&error);
}
