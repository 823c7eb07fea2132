/* sample.h — the built-in sample assessment
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store.h"

G_BEGIN_DECLS

LacunaStore *lacuna_sample_create (const char     *path,
                                   LacunaCatalog  *catalog,
                                   GError        **error);

G_END_DECLS
