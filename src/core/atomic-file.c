/* atomic-file.c — a file is written beside its destination, synced to the
 * disk, then moved into place: a crash, a full disk or a pulled USB stick
 * leaves the old file or the new one, never half of one
 *
 * Errors are reported in the store's domain, whose codes (IO, READ_ONLY,
 * EXISTS) say what the caller needs to know.
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
#include "store.h"

/* A new, empty file beside path, with the permissions of an ordinary
 * document (0666 less the umask), which mkstemp's 0600 is not. */
char *
lacuna_atomic_file_begin (const char  *path,
                          GError     **error)
{
  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *suffix = g_uuid_string_random ();
      g_autofree char *candidate = g_strdup_printf ("%s.%.8s.tmp", path, suffix);
      int fd = g_open (candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);

      if (fd >= 0)
        {
          close (fd);
          return g_steal_pointer (&candidate);
        }
      if (errno != EEXIST)
        {
          int saved = errno;
          g_autofree char *directory = g_path_get_dirname (path);
          g_set_error (error, LACUNA_STORE_ERROR,
                       saved == ENOSPC ? LACUNA_STORE_ERROR_IO : LACUNA_STORE_ERROR_READ_ONLY,
                       _("Cannot write in the folder %s: %s."), directory, g_strerror (saved));
          return NULL;
        }
    }
  g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO, _("Cannot create a temporary file beside %s."), path);
  return NULL;
}

static gboolean
sync_path (const char *path,
           gboolean    directory)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

/* Moves the finished temporary file to path. Unless may_replace, an
 * existing file is never replaced (link fails if it exists); file systems
 * without hard links (FAT on USB sticks) fall back to a checked rename. */
gboolean
lacuna_atomic_file_commit (const char  *temporary,
                           const char  *path,
                           gboolean     may_replace,
                           GError     **error)
{
  g_autofree char *directory = g_path_get_dirname (path);

  if (!sync_path (temporary, FALSE))
    {
      int saved = errno;
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                   _("Cannot write “%s” to the disk (%s); it may be full. Nothing was replaced."), path,
                   g_strerror (saved));
      return FALSE;
    }

  if (!may_replace)
    {
      if (link (temporary, path) == 0)
        {
          g_unlink (temporary);
          sync_path (directory, TRUE);
          return TRUE;
        }
      if (errno == EEXIST || g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EXISTS,
                       _("“%s” already exists; choose another name. Nothing was overwritten."), path);
          return FALSE;
        }
    }

  if (g_rename (temporary, path) != 0)
    {
      int saved = errno;
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_IO,
                   _("Cannot save “%s”: %s."), path, g_strerror (saved));
      return FALSE;
    }
  sync_path (directory, TRUE);
  return TRUE;
}

void
lacuna_atomic_file_abort (const char *temporary)
{
  if (temporary != NULL)
    g_unlink (temporary);
}

static void
lacuna_atomic_file_abort_and_free (char *temporary)
{
  lacuna_atomic_file_abort (temporary);
  g_free (temporary);
}

/* Writes all of data; 0 or errno. */
static int
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return written < 0 ? errno : ENOSPC;
      data += written;
      length -= (gsize) written;
    }
  return fsync (fd) == 0 ? 0 : errno;
}

/* Where the system allows it (Linux, O_TMPFILE), the data is written to a
 * file with no name at all, so a program killed while writing leaves
 * nothing behind; the file gets its temporary name only once complete.
 * Returns that name, NULL if unsupported here (and then *status is 0), or
 * NULL with *status set to the errno of a failed write. */
static char *
write_unnamed (const char  *path,
               const char  *data,
               gsize        length,
               int         *status)
{
  *status = 0;
#ifdef O_TMPFILE
  {
    g_autofree char *directory = g_path_get_dirname (path);
    g_autofree char *handle = NULL;
    int fd = g_open (directory, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);

    if (fd < 0)
      return NULL;
    *status = write_all (fd, data, length);
    if (*status != 0)
      {
        close (fd);
        return NULL;
      }
    handle = g_strdup_printf ("/proc/self/fd/%d", fd);
    for (int attempt = 0; attempt < 100; attempt++)
      {
        g_autofree char *suffix = g_uuid_string_random ();
        char *candidate = g_strdup_printf ("%s.%.8s.tmp", path, suffix);

        if (linkat (AT_FDCWD, handle, AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0)
          {
            close (fd);
            return candidate;
          }
        g_free (candidate);
        if (errno != EEXIST)
          break;
      }
    /* No /proc: written for nothing, but the named way still works. */
    close (fd);
  }
#endif
  return NULL;
}

/* A report or an export is never written over a database: one keystroke
 * ("-o" and the assessment's own name) would replace weeks of answers by
 * a PDF. Nothing else that exists is protected: people do replace their
 * earlier reports and exports. */
gboolean
lacuna_atomic_file_check_replaceable (const char  *path,
                                      GError     **error)
{
  char header[16];
  gssize got;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);

  if (fd < 0)
    return TRUE;
  got = read (fd, header, sizeof header);
  close (fd);
  if (got == (gssize) sizeof header && memcmp (header, "SQLite format 3", sizeof header) == 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_EXISTS,
                   _("“%s” is a database — an assessment, perhaps — and a report or an export is never written over it. Choose another name; nothing was written."),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* Writes data to path so that path holds either the whole of it or what
 * it held before, and a failure (a full disk, a file too large) leaves no
 * temporary file. */
gboolean
lacuna_atomic_file_write (const char  *path,
                          const void  *data,
                          gsize        length,
                          gboolean     may_replace,
                          GError     **error)
{
  g_autofree char *temporary = NULL;
  int status = 0;

  if (may_replace && !lacuna_atomic_file_check_replaceable (path, error))
    return FALSE;
  temporary = write_unnamed (path, data, length, &status);
  if (temporary == NULL && status == 0)
    {
      int fd;

      temporary = lacuna_atomic_file_begin (path, error);
      if (temporary == NULL)
        return FALSE;
      fd = g_open (temporary, O_WRONLY | O_CLOEXEC, 0);
      status = fd < 0 ? errno : write_all (fd, data, length);
      if (fd >= 0)
        close (fd);
      if (status != 0)
        g_clear_pointer (&temporary, lacuna_atomic_file_abort_and_free);
    }
  if (status != 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR,
                   status == EROFS || status == EACCES || status == EPERM ? LACUNA_STORE_ERROR_READ_ONLY
                                                                          : LACUNA_STORE_ERROR_IO,
                   status == ENOSPC || status == EDQUOT
                     ? _("The disk is full: “%s” could not be written (%s). Free some space and try again; nothing was written.")
                     : _("“%s” could not be written (%s); nothing was written."),
                   path, g_strerror (status));
      return FALSE;
    }
  if (!lacuna_atomic_file_commit (temporary, path, may_replace, error))
    {
      lacuna_atomic_file_abort (temporary);
      return FALSE;
    }
  return TRUE;
}
