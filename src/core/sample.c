/* sample.c — writes the sample assessment of the fictional Republic of
 * Arcadia, for trying Lacuna out, demonstrations and tests
 *
 * The content lives in sample-data.c; this file turns it into an ordinary
 * assessment through the store, so the sample has a real history.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"
#include <glib/gstdio.h>

#include "sample-data.h"
#include "sample.h"
#include "store-private.h"

static gboolean
add_participants (LacunaStore  *store,
                  GError      **error)
{
  for (guint i = 0; i < lacuna_sample_n_participants; i++)
    {
      const LacunaSampleParticipant *data = &lacuna_sample_participants[i];
      g_autoptr(LacunaParticipant) participant = lacuna_participant_new ();

      participant->name = g_strdup (data->name);
      participant->institution = g_strdup (data->institution);
      participant->role = g_strdup (data->role);
      participant->contact = g_strdup (data->contact);
      g_strfreev (participant->pillars);
      participant->pillars = g_strsplit (data->pillars != NULL ? data->pillars : "", " ", -1);
      if (!lacuna_store_save_participant (store, participant, lacuna_sample_participants[0].name, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_instruments (LacunaStore  *store,
                 GError      **error)
{
  for (guint i = 0; i < lacuna_sample_n_instruments; i++)
    {
      const LacunaSampleInstrument *data = &lacuna_sample_instruments[i];
      g_autoptr(LacunaNationalInstrument) instrument = lacuna_national_instrument_new ();

      if (!lacuna_national_instrument_type_from_string (data->type, &instrument->type) ||
          !lacuna_instrument_status_from_string (data->status, &instrument->status))
        g_return_val_if_reached (FALSE);
      instrument->title = g_strdup (data->title);
      instrument->article = g_strdup (data->article);
      instrument->adopted = g_strdup (data->adopted);
      instrument->reference = g_strdup (data->reference);
      instrument->confidential = data->confidential;
      g_strfreev (instrument->measures);
      instrument->measures = g_strsplit (data->measures != NULL ? data->measures : "", " ", -1);
      if (!lacuna_store_save_instrument (store, instrument, lacuna_sample_participants[1].name, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_answers (LacunaStore  *store,
             GError      **error)
{
  for (guint i = 0; i < lacuna_sample_n_answers; i++)
    {
      const LacunaSampleAnswer *data = &lacuna_sample_answers[i];
      g_autoptr(LacunaAnswer) answer = lacuna_answer_new (data->measure_id);
      /* Answers are recorded by the participants in turn, as in a
       * workshop where several ministries speak. */
      const char *by = lacuna_sample_participants[i % lacuna_sample_n_participants].name;

      answer->law = data->law;
      answer->practice = data->practice;
      answer->not_applicable = data->not_applicable;
      answer->na_reason = g_strdup (data->na_reason);
      answer->evidence = g_strdup (data->evidence);
      answer->notes = g_strdup (data->notes);
      answer->responsible = g_strdup (data->responsible);
      answer->ta_needs = data->ta_needs;
      answer->urgency = data->urgency;
      answer->urgency_reason = g_strdup (data->urgency_reason);
      answer->timeframe = g_strdup (data->timeframe);
      answer->confidential = data->confidential;
      if (!lacuna_store_set_answer (store, answer, by, error))
        {
          g_prefix_error (error, "%s: ", data->measure_id);
          return FALSE;
        }
    }
  return TRUE;
}

LacunaStore *
lacuna_sample_create (const char     *path,
                      LacunaCatalog  *catalog,
                      GError        **error)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();
  g_autoptr(LacunaStore) store = NULL;

  details->values[LACUNA_DETAIL_TITLE] =
    g_strdup (_("National assessment of the response to trafficking in persons and the smuggling of migrants"));
  /* ISO 3166 keeps "XA" for private use: no real State is meant. */
  details->values[LACUNA_DETAIL_COUNTRY_CODE] = g_strdup ("XA");
  details->values[LACUNA_DETAIL_COUNTRY_NAME] = g_strdup (_("Republic of Arcadia (fictional)"));
  details->values[LACUNA_DETAIL_PERIOD_START] = g_strdup ("2024-01-01");
  details->values[LACUNA_DETAIL_PERIOD_END] = g_strdup ("2025-12-31");
  details->values[LACUNA_DETAIL_LEAD_INSTITUTION] = g_strdup (_("National Anti-Trafficking Commission"));
  details->values[LACUNA_DETAIL_EXERCISE_STATUS] = g_strdup ("under-validation");

  store = lacuna_store_create (path, catalog, details, lacuna_sample_participants[0].name, error);
  if (store == NULL)
    return NULL;

  /* One transaction: a sample that fails half-way is not left behind. */
  if (!lacuna_store_begin_batch (store, error))
    goto discard;
  if (!add_participants (store, error) || !add_instruments (store, error) || !add_answers (store, error))
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
