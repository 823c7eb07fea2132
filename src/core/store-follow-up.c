/* store-follow-up.c — starting a follow-up assessment from a baseline
 *
 * The baseline's answers are carried over marked "to re-confirm": the team
 * goes through them and confirms or changes each, instead of starting from
 * nothing. The register of laws and agreements comes along; the list of
 * participants does not, as a new exercise has its own team.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"
#include <glib/gstdio.h>

#include "store-private.h"

static gboolean
carry_over (LacunaStore  *store,
            LacunaStore  *baseline,
            const char   *by,
            GError      **error)
{
  g_autoptr(GPtrArray) answers = lacuna_store_list_answers (baseline);
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (baseline);
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (baseline);
  g_autofree char *now = lacuna_store_now ();

  for (guint i = 0; i < answers->len; i++)
    {
      LacunaAnswer *answer = g_ptr_array_index (answers, i);
      LacunaMeasure *measure = lacuna_catalog_find_measure (store->catalog, answer->measure_id);

      /* Measures retired since, or outside the new scope, stay behind. */
      if (measure == NULL || !lacuna_store_is_measure_in_scope (store, measure) || lacuna_answer_is_empty (answer))
        continue;
      answer->to_reconfirm = TRUE;
      if (!lacuna_store_restore_answer (store, answer, error) ||
          !lacuna_store_record_change (store, now, by, "answer", answer->measure_id, "carried_over", NULL,
                                       details->values[LACUNA_DETAIL_TITLE], error))
        return FALSE;
    }

  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

      for (guint m = 0; instrument->measures[m] != NULL; m++)
        if (lacuna_catalog_find_measure (store->catalog, instrument->measures[m]) != NULL)
          g_strv_builder_add (kept, instrument->measures[m]);
      g_strfreev (instrument->measures);
      instrument->measures = g_strv_builder_end (kept);
      if (!lacuna_store_restore_instrument (store, instrument, error) ||
          !lacuna_store_record_change (store, now, by, "instrument", instrument->uuid, "carried_over", NULL,
                                       instrument->title, error))
        return FALSE;
    }
  return TRUE;
}

/* Creates path as a follow-up of baseline. Details not given are taken
 * from the baseline. */
LacunaStore *
lacuna_store_create_follow_up (const char               *path,
                               LacunaStore              *baseline,
                               LacunaCatalog            *catalog,
                               LacunaAssessmentDetails  *details,
                               const char               *by,
                               GError                  **error)
{
  g_autoptr(LacunaAssessmentDetails) old = lacuna_store_get_details (baseline);
  g_autoptr(LacunaStore) store = NULL;
  static const LacunaDetail inherited[] = {
    LACUNA_DETAIL_COUNTRY_CODE, LACUNA_DETAIL_COUNTRY_NAME, LACUNA_DETAIL_LEAD_INSTITUTION, LACUNA_DETAIL_LANGUAGE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (inherited); i++)
    if (details->values[inherited[i]] == NULL)
      details->values[inherited[i]] = g_strdup (old->values[inherited[i]]);
  if (details->values[LACUNA_DETAIL_TITLE] == NULL)
    details->values[LACUNA_DETAIL_TITLE] = g_strdup_printf (_("%s — follow-up"), old->values[LACUNA_DETAIL_TITLE]);
  if (details->frameworks == NULL || details->frameworks[0] == NULL)
    {
      g_strfreev (details->frameworks);
      details->frameworks = g_strdupv (old->frameworks);
    }
  g_free (details->baseline_uuid);
  details->baseline_uuid = g_strdup (old->uuid);
  g_free (details->baseline_title);
  details->baseline_title = g_strdup (old->values[LACUNA_DETAIL_TITLE]);

  store = lacuna_store_create (path, catalog, details, by, error);
  if (store == NULL)
    return NULL;

  if (!lacuna_store_begin_batch (store, error))
    goto discard;
  if (!carry_over (store, baseline, by, error))
    {
      lacuna_store_end_batch (store, FALSE, NULL);
      goto discard;
    }
  if (!lacuna_store_end_batch (store, TRUE, error))
    goto discard;
  return g_steal_pointer (&store);

discard:
  g_clear_pointer (&store, lacuna_store_close);
  g_unlink (path);
  return NULL;
}
