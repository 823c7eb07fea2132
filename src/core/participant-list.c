/* participant-list.c — participants typed as a list, one person a line
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "names.h"
#include "participant-list.h"
#include "store-private.h"

/* The comma as each script writes it: Latin, ideographic full-width, and
 * Arabic. */
static const char *
first_comma (const char *line)
{
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x060C)
        return p;
    }
  return NULL;
}

GPtrArray *
lacuna_participant_list_parse (const char *text)
{
  GPtrArray *participants = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_participant_free);
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *comma = first_comma (lines[i]);
      const char *rest = comma != NULL ? g_utf8_next_char (comma) : NULL;
      LacunaParticipant *participant;

      if (lacuna_text_is_blank (lines[i]))
        continue;
      participant = lacuna_participant_new ();
      participant->name = g_strstrip (comma != NULL ? g_strndup (lines[i], comma - lines[i]) : g_strdup (lines[i]));
      if (rest != NULL && !lacuna_text_is_blank (rest))
        participant->institution = g_strstrip (g_strdup (rest));
      /* ", Ministry of Justice": an institution without a person. */
      if (*participant->name == '\0' && participant->institution != NULL)
        {
          g_free (participant->name);
          participant->name = g_strdup (participant->institution);
        }
      g_ptr_array_add (participants, participant);
    }
  return participants;
}

gboolean
lacuna_participant_list_save (LacunaStore  *store,
                              GPtrArray    *participants,
                              const char   *by,
                              GError      **error)
{
  if (participants->len == 0)
    return TRUE;
  if (!lacuna_store_begin_batch (store, error))
    return FALSE;
  for (guint i = 0; i < participants->len; i++)
    if (!lacuna_store_save_participant (store, g_ptr_array_index (participants, i), by, error))
      {
        lacuna_store_end_batch (store, FALSE, NULL);
        return FALSE;
      }
  return lacuna_store_end_batch (store, TRUE, error);
}
