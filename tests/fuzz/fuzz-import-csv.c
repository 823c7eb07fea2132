/* fuzz-import-csv.c — arbitrary bytes into the CSV reader and importer
 *
 * The bytes are split into rows, then imported as edits into a copy of a
 * small assessment; a failed import must leave the copy as it was.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "export-csv.h"
#include "fuzz-common.h"
#include "import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *target = fuzz_scratch_path ("target.lacuna");
  g_autoptr(GPtrArray) rows = NULL;
  GBytes *base = fuzz_base_store ();
  LacunaStore *store;
  g_autofree char *before = NULL;
  GError *error = NULL;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  rows = lacuna_csv_parse ((const char *) data, size, NULL);

  if (!fuzz_write_file (target, g_bytes_get_data (base, NULL), g_bytes_get_size (base)))
    g_error ("cannot write %s", target);
  store = lacuna_store_open (target, LACUNA_STORE_OPEN_DEFAULT, NULL);
  if (store == NULL)
    g_error ("cannot open the base assessment");
  before = lacuna_export_csv (store);
  if (lacuna_import_csv_into (store, (const char *) data, size, "fuzz", &error))
    fuzz_read_store (store);
  else
    {
      /* All or nothing: a rejected file changes no answer. */
      g_autofree char *after = lacuna_export_csv (store);
      if (g_strcmp0 (before, after) != 0)
        g_error ("a rejected CSV import changed the assessment");
    }
  fuzz_note ("import", g_steal_pointer (&error));
  lacuna_store_close (store);
  fuzz_remove_store (target);
  return 0;
}
