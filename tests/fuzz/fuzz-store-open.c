/* fuzz-store-open.c — arbitrary bytes opened as an assessment file
 *
 * Assessment files travel between institutions by e-mail and shared
 * drives, so a damaged or crafted one must be refused with a GError or
 * opened safely. The bytes are written to a file, opened read-only and
 * then read-write; whatever opens is read in full, and the read-write
 * one takes an edit.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"

static void
edit (LacunaStore *store)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));
  LacunaFramework *framework;
  g_autoptr(LacunaAnswer) answer = NULL;

  if (frameworks->len == 0)
    return;
  framework = g_ptr_array_index (frameworks, 0);
  if (framework->measures->len == 0)
    return;
  answer = lacuna_store_get_answer (store, ((LacunaMeasure *) g_ptr_array_index (framework->measures, 0))->id);
  g_free (answer->notes);
  answer->notes = g_strdup ("Checked by the fuzzer.");
  lacuna_store_set_answer (store, answer, "fuzz", NULL);
  lacuna_store_set_detail (store, LACUNA_DETAIL_TITLE, "Fuzzed", "fuzz", NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = fuzz_scratch_path ("input.lacuna");
  LacunaStore *store;
  GError *error = NULL;

  if (size > FUZZ_MAX_INPUT)
    return 0;
  if (!fuzz_write_file (path, data, size))
    g_error ("cannot write %s", path);

  store = lacuna_store_open (path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  fuzz_note ("open read-only", g_steal_pointer (&error));
  if (store != NULL)
    {
      fuzz_read_store (store);
      lacuna_store_close (store);
    }

  store = lacuna_store_open (path, LACUNA_STORE_OPEN_DEFAULT, &error);
  fuzz_note ("open read-write", g_steal_pointer (&error));
  if (store != NULL)
    {
      fuzz_read_store (store);
      if (!lacuna_store_is_read_only (store))
        edit (store);
      lacuna_store_close (store);
    }

  fuzz_remove_store (path);
  return 0;
}
