/* synthetic.h — frameworks of any size, for benchmarks
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "framework.h"
#include "store.h"

/* The file names synthetic_write_frameworks() uses. */
#define SYNTHETIC_INSTRUMENTS_FILE "synthetic-instruments.xml"
#define SYNTHETIC_FRAMEWORK_FILE   "synthetic.xml"

/* A catalog with one framework of n_measures measures in five pillars,
 * areas of twenty, long texts, legal bases and prerequisite chains. */
LacunaCatalog *synthetic_catalog          (guint        n_measures);

/* The same framework as real framework files in directory (created if
 * need be), for LACUNA_FRAMEWORKS_DIR: the application and lacuna-cli
 * then load it as they load the real ones. */
gboolean       synthetic_write_frameworks (guint        n_measures,
                                           const char  *directory,
                                           GError     **error);

/* A new assessment at path with every measure of catalog answered (levels
 * drawn from seed), 2,000-character evidence and notes, institutions and a
 * timeframe: what a team's finished work weighs. */
LacunaStore   *synthetic_complete_store   (const char    *path,
                                           LacunaCatalog *catalog,
                                           const char    *title,
                                           guint32        seed);
