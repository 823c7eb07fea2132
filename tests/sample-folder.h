/* sample-folder.h — a fresh copy of the sample assessment in a folder of
 * its own, for tests
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store.h"

/* Writes the sample into a new temporary folder and returns it open;
 * aborts the test on failure. *directory and *path are the caller's. */
LacunaStore *sample_folder_create (const char  *prefix,
                                   char       **directory,
                                   char       **path);
/* Deletes the folder and every file in it (lock files, exports, copies). */
void         sample_folder_remove (const char  *directory);
