/* fuzz-common.h — what the assessment fuzz targets share
 *
 * libFuzzer calls a target millions of times in one process, so anything
 * an input leaves behind (a file, a lock, an open database) would change
 * how the next input behaves, and anything it leaks adds up. These helpers
 * give each target a scratch folder made once per process, the small test
 * catalogue loaded once, and one call that reads everything an open
 * assessment holds.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdint.h>
#include <glib.h>

#include "store.h"

G_BEGIN_DECLS

/* Inputs above this many bytes are skipped, keeping each run short. */
#define FUZZ_MAX_INPUT (256 * 1024)

int            LLVMFuzzerTestOneInput (const uint8_t *data,
                                       size_t         size);

/* A file name inside the process's scratch folder. */
char          *fuzz_scratch_path      (const char    *name);
/* The catalogue of tests/fixtures/frameworks/valid, shared, never freed. */
LacunaCatalog *fuzz_catalog           (void);
gboolean       fuzz_write_file        (const char    *path,
                                       const void    *data,
                                       gsize          size);
/* Removes an assessment file and whatever SQLite or Lacuna's lock put
 * beside it. */
void           fuzz_remove_store      (const char    *path);
/* An assessment of the test catalogue, created once per process with a
 * participant, an instrument and some answers; its bytes. */
GBytes        *fuzz_base_store        (void);
/* With FUZZ_VERBOSE set, says how an input fared: to check by hand that
 * the seeds reach the code they are meant for. Takes the error. */
void           fuzz_note              (const char    *what,
                                       GError        *error);
/* Reads all an open assessment holds and analyses it. */
void           fuzz_read_store        (LacunaStore   *store);

G_END_DECLS
