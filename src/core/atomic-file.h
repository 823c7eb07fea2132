/* atomic-file.h — writing a file so that it is complete or not there
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *lacuna_atomic_file_begin  (const char  *path,
                                     GError     **error);
gboolean  lacuna_atomic_file_commit (const char  *temporary,
                                     const char  *path,
                                     gboolean     may_replace,
                                     GError     **error);
void      lacuna_atomic_file_abort  (const char  *temporary);

gboolean  lacuna_atomic_file_check_replaceable (const char  *path,
                                                GError     **error);
gboolean  lacuna_atomic_file_write  (const char  *path,
                                     const void  *data,
                                     gsize        length,
                                     gboolean     may_replace,
                                     GError     **error);

G_END_DECLS
