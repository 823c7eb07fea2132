/* fuzz-import-json.c — arbitrary bytes into the JSON importer
 *
 * The bytes are imported twice: as edits into a copy of a small
 * assessment, and as a whole new assessment. Either must succeed or fail
 * with a GError, never crash, trip a sanitizer or leak; what an import
 * wrote is then read back in full.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *target = fuzz_scratch_path ("target.lacuna");
  g_autofree char *created = fuzz_scratch_path ("created.lacuna");
  GBytes *base = fuzz_base_store ();
  LacunaStore *store;
  GError *error = NULL;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  if (!fuzz_write_file (target, g_bytes_get_data (base, NULL), g_bytes_get_size (base)))
    g_error ("cannot write %s", target);
  store = lacuna_store_open (target, LACUNA_STORE_OPEN_DEFAULT, NULL);
  if (store == NULL)
    g_error ("cannot open the base assessment");
  if (lacuna_import_json_into (store, (const char *) data, size, "fuzz", &error))
    fuzz_read_store (store);
  fuzz_note ("import into", g_steal_pointer (&error));
  lacuna_store_close (store);
  fuzz_remove_store (target);

  store = lacuna_import_json_new (created, (const char *) data, size, fuzz_catalog (), "fuzz", &error);
  fuzz_note ("import as new", g_steal_pointer (&error));
  if (store != NULL)
    {
      fuzz_read_store (store);
      lacuna_store_close (store);
    }
  else if (g_file_test (created, G_FILE_TEST_EXISTS))
    g_error ("a failed import left %s behind", created);
  fuzz_remove_store (created);
  return 0;
}
