/* cli-common.c — what several sub-commands share
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"

LacunaStore *
lacuna_cli_open_store (const char *path,
                       gboolean    read_only)
{
  g_autoptr(GError) error = NULL;
  LacunaStore *store = lacuna_store_open (path, read_only ? LACUNA_STORE_OPEN_READ_ONLY : LACUNA_STORE_OPEN_DEFAULT,
                                          &error);

  if (store == NULL)
    lacuna_cli_error ("%s", error->message);
  return store;
}

const char *
lacuna_cli_default_author (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}
