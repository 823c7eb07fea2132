/* export-csv.h — one row per measure, for people who work in spreadsheets
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store.h"

G_BEGIN_DECLS

/* The columns, in order. Import reads the same names. */
extern const char *const lacuna_csv_columns[];

char *lacuna_export_csv (LacunaStore *store);

G_END_DECLS
