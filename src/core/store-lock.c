/* store-lock.c — saying who has an assessment open
 *
 * SQLite's own locks keep the file consistent; this lock file is for
 * people: a second person opening the file learns who has it open and
 * since when, and can choose to open it read-only. The name follows the
 * convention office suites use, so people recognise it on shared drives.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include "i18n-private.h"
#include <glib/gstdio.h>

#include "store-private.h"

static char *
lock_path_for (const char *path)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".~lock.%s#", base);

  return g_build_filename (directory, name, NULL);
}

static char *
describe_holder (void)
{
  const char *real_name = g_get_real_name ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *since = g_date_time_format_iso8601 (now);

  if (real_name == NULL || g_str_equal (real_name, "Unknown"))
    real_name = g_get_user_name ();
  return g_strdup_printf ("%s\n%s\n%d\n%s\n", real_name, g_get_host_name (), (int) getpid (), since);
}

/* A holder writes its whole description at once, so a lock with less in
 * it is either being written this very moment or was cut short by a crash
 * or a power cut (a file created but never flushed). After a few seconds
 * only the second is possible. */
#define INCOMPLETE_LOCK_GRACE_SECONDS 5

static gboolean
is_abandoned_incomplete (const char *lock_path)
{
  GStatBuf info;

  if (g_stat (lock_path, &info) != 0)
    return FALSE;
  return (gint64) info.st_mtime + INCOMPLETE_LOCK_GRACE_SECONDS < g_get_real_time () / G_USEC_PER_SEC;
}

/* A lock left by a process of this machine that no longer runs is stale:
 * the program crashed or the laptop lost power. */
static gboolean
is_stale (const char  *lock_path,
          char       **fields)
{
  gint64 pid;

  if (g_strv_length (fields) < 5)
    return is_abandoned_incomplete (lock_path);
  if (!g_str_equal (fields[1], g_get_host_name ()))
    return FALSE;
  pid = g_ascii_strtoll (fields[2], NULL, 10);
  if (pid <= 0)
    return TRUE;
  return kill ((pid_t) pid, 0) != 0 && errno == ESRCH;
}

static void
set_locked_error (GError     **error,
                  const char  *path,
                  char       **fields)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDateTime) since = NULL;
  g_autofree char *since_text = NULL;

  if (g_strv_length (fields) >= 4)
    since = g_date_time_new_from_iso8601 (fields[3], NULL);
  if (since != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (since);
      since_text = g_date_time_format (local, "%x %H:%M");
    }

  /* On this computer a lock whose holder is gone is taken over without
   * asking; from another one nobody here can tell, so the person is told
   * how to end it. */
  if (g_strv_length (fields) >= 2 && *fields[1] != '\0' && !g_str_equal (fields[1], g_get_host_name ()))
    {
      g_autofree char *lock_path = lock_path_for (path);
      g_autofree char *lock_name = g_path_get_basename (lock_path);

      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED,
                   _("“%s” is already open in Lacuna by %s on %s, since %s. Open it read-only, or ask them to close it first. If Lacuna is no longer running there (that computer crashed or lost power), delete the file “%s” beside it and open it again."),
                   base, *fields[0] != '\0' ? fields[0] : _("someone"), fields[1],
                   since_text != NULL ? since_text : _("an unknown time"), lock_name);
      return;
    }
  g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED,
               _("“%s” is already open in Lacuna by %s on %s, since %s. Open it read-only, or ask them to close it first."),
               base,
               g_strv_length (fields) >= 1 && *fields[0] != '\0' ? fields[0] : _("someone"),
               g_strv_length (fields) >= 2 && *fields[1] != '\0' ? fields[1] : _("another computer"),
               since_text != NULL ? since_text : _("an unknown time"));
}

/* Writes a complete file at TEMPLATE's path (made unique); 0 or -errno. */
static int
write_whole_file (char       *template,
                  const char *contents)
{
  gsize length = strlen (contents);
  int fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0644);
  gboolean written;

  if (fd < 0)
    return -errno;
  written = write (fd, contents, length) == (gssize) length;
  close (fd);
  if (!written)
    {
      g_unlink (template);
      return -ENOSPC;
    }
  return 0;
}

/* Creates the lock file with its whole contents, or fails with -EEXIST if
 * there is one: the description is written to a file of its own and then
 * hard-linked into place, which is atomic, so no one ever sees a lock half
 * written. Where hard links are not supported (FAT on USB sticks), the
 * file is created exclusively and then written. Returns 0 or -errno. */
static int
create_lock_file (const char *lock_path,
                  const char *holder)
{
  g_autofree char *template = g_strconcat (lock_path, ".XXXXXX", NULL);
  int result = write_whole_file (template, holder);
  int fd;
  gsize length;
  gboolean written;

  if (result == 0)
    {
      result = link (template, lock_path) == 0 ? 0 : -errno;
      g_unlink (template);
      if (result == 0 || result == -EEXIST)
        return result;
    }
  else if (result == -ENOSPC)
    return result;

  fd = g_open (lock_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    return -errno;
  length = strlen (holder);
  written = write (fd, holder, length) == (gssize) length;
  close (fd);
  if (!written)
    {
      g_unlink (lock_path);
      return -ENOSPC;
    }
  return 0;
}

/* A power cut or a kill between writing a lock's description and linking
 * it into place leaves the description under its temporary name,
 * ".~lock.NAME#.XXXXXX". It holds the same fields as a lock, so the same
 * rule says when it is abandoned: written by a process of this machine
 * that no longer runs, or cut short long enough ago. The temporary file of
 * someone taking the lock right now is never touched, nor one written on
 * another computer. */
static void
sweep_abandoned_temporaries (const char *lock_path)
{
  g_autofree char *directory = g_path_get_dirname (lock_path);
  g_autofree char *base = g_path_get_basename (lock_path);
  g_autofree char *prefix = g_strconcat (base, ".", NULL);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_auto(GStrv) fields = NULL;
      GStatBuf info;
      gsize length = 0;

      /* mkstemp's six characters, nothing more. */
      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        continue;
      path = g_build_filename (directory, name, NULL);
      if (g_lstat (path, &info) != 0 || !S_ISREG (info.st_mode) || info.st_size > 4096 ||
          !g_file_get_contents (path, &contents, &length, NULL))
        continue;
      fields = g_strsplit (contents, "\n", -1);
      if (is_stale (path, fields))
        g_unlink (path);
    }
}

/* Returns the lock file's path, or NULL with error set. A folder where no
 * lock can be written (read-only media) is reported as READ_ONLY. */
char *
lacuna_store_lock_acquire (const char  *path,
                           GError     **error)
{
  g_autofree char *lock_path = lock_path_for (path);
  g_autofree char *holder = describe_holder ();

  sweep_abandoned_temporaries (lock_path);
  for (int attempt = 0; attempt < 2; attempt++)
    {
      int created = create_lock_file (lock_path, holder);

      if (created == 0)
        return g_steal_pointer (&lock_path);
      if (created == -ENOSPC)
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                       _("Cannot write the lock file %s: the disk may be full."), lock_path);
          return NULL;
        }
      errno = -created;

      if (errno == EEXIST)
        {
          g_autofree char *contents = NULL;
          g_auto(GStrv) fields = NULL;

          if (!g_file_get_contents (lock_path, &contents, NULL, NULL))
            contents = g_strdup ("");
          fields = g_strsplit (contents, "\n", -1);
          if (attempt == 0 && is_stale (lock_path, fields))
            {
              g_unlink (lock_path);
              continue;
            }
          set_locked_error (error, path, fields);
          return NULL;
        }

      {
        int saved = errno;
        g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_READ_ONLY,
                     _("The folder of “%s” cannot be written (%s), so the assessment can only be opened read-only."),
                     path, g_strerror (saved));
        return NULL;
      }
    }

  g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_LOCKED,
               _("Cannot take the lock file %s."), lock_path);
  return NULL;
}

void
lacuna_store_lock_release (const char *lock_path)
{
  if (lock_path != NULL)
    g_unlink (lock_path);
}
