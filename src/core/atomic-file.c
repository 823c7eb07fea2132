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
