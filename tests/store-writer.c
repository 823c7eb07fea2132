/* store-writer.c — writes answers until killed, reporting each commit
 *
 * Used by test-store's power-cut test: after lacuna_store_set_answer()
 * returns, the line "ack MEASURE N" is written to stdout. Whatever was
 * acknowledged must survive a SIGKILL at any instant. An optional third
 * argument pauses that many milliseconds between edits, as a person
 * would, so that another writer gets a turn.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib.h>

#include "store.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *measures;
  LacunaFramework *framework;

  if (argc != 3 && argc != 4)
    return 2;
  store = lacuna_store_open (argv[1], LACUNA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  framework = g_ptr_array_index (lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store)), 0);
  measures = framework->measures;

  for (guint n = 0;; n++)
    {
      LacunaMeasure *measure = g_ptr_array_index (measures, n % measures->len);
      g_autoptr(LacunaAnswer) answer = lacuna_store_get_answer (store, measure->id);

      g_free (answer->notes);
      answer->notes = g_strdup_printf ("%s %u", argv[2], n);
      if (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS)
        answer->law = LACUNA_LEVEL_NONE + n % 4;
      if (!lacuna_store_set_answer (store, answer, "writer", &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      printf ("ack %s %u\n", measure->id, n);
      fflush (stdout);
      if (argc == 4)
        g_usleep (1000 * g_ascii_strtoull (argv[3], NULL, 10));
    }
}
