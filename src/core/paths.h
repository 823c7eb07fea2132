/* paths.h — where Lacuna finds its installed data
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *lacuna_paths_get_data_dir   (void);
const char *lacuna_paths_get_locale_dir (void);
char       *lacuna_paths_find_user_guide (void);

G_END_DECLS
