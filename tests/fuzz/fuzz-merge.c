/* fuzz-merge.c — merging arbitrary bytes, as the other copy, into an
 * assessment
 *
 * The assessment is a fresh copy of tests/fuzz/base.lacuna each time; the
 * bytes are the other copy's file. The merge is previewed, then run with
 * every conflict settled, alternately keeping this copy's side and taking
 * the other's, so that all three ways through the merge are reached.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "merge.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *mine_path = fuzz_scratch_path ("mine.lacuna");
  g_autofree char *theirs_path = fuzz_scratch_path ("theirs.lacuna");
  g_autoptr(GHashTable) choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(LacunaMergeReport) preview = NULL;
  g_autoptr(LacunaMergeReport) merged = NULL;
  GBytes *base = fuzz_base_store ();
  LacunaStore *store;
  GError *error = NULL;

  if (size > FUZZ_MAX_INPUT)
    return 0;
  if (!fuzz_write_file (theirs_path, data, size) ||
      !fuzz_write_file (mine_path, g_bytes_get_data (base, NULL), g_bytes_get_size (base)))
    g_error ("cannot write to the scratch folder");

  store = lacuna_store_open (mine_path, LACUNA_STORE_OPEN_DEFAULT, NULL);
  if (store == NULL)
    g_error ("cannot open the base assessment");

  preview = lacuna_store_merge_preview (store, theirs_path, NULL, &error);
  fuzz_note ("preview", g_steal_pointer (&error));
  if (preview != NULL)
    {
      for (guint i = 0; i < preview->conflicts->len; i++)
        g_hash_table_insert (choices, lacuna_merge_conflict_id (g_ptr_array_index (preview->conflicts, i)),
                             GINT_TO_POINTER (i % 2 == 0 ? LACUNA_MERGE_KEEP_MINE : LACUNA_MERGE_TAKE_THEIRS));
      merged = lacuna_store_merge (store, theirs_path, choices, "fuzz", &error);
      if (merged == NULL)
        fuzz_note ("merge", g_steal_pointer (&error));
      if (merged != NULL)
        {
          if (merged->conflicts->len != 0)
            g_error ("a merge with every conflict settled left %u", merged->conflicts->len);
          fuzz_read_store (store);
          if (preview->conflicts->len + merged->taken > 0)
            fuzz_note ("merge took or settled something", NULL);
          else
            fuzz_note ("merge changed nothing", NULL);
        }
    }

  lacuna_store_close (store);
  fuzz_remove_store (mine_path);
  fuzz_remove_store (theirs_path);
  return 0;
}
