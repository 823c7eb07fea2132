/* synthetic.h — frameworks of any size, for benchmarks
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "framework.h"

/* A catalog with one framework of n_measures measures in five pillars,
 * areas of twenty, long texts, legal bases and prerequisite chains. */
LacunaCatalog *synthetic_catalog (guint n_measures);
