/* participant-list.h — participants typed as a list, one person a line
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store.h"

G_BEGIN_DECLS

/* One LacunaParticipant per non-blank line of text: the name, then,
 * after the first comma (",", "，", "、" or "،"), the institution
 * ("Amina Diallo, Ministry of Justice"). White space around each part is
 * dropped. */
GPtrArray *lacuna_participant_list_parse (const char   *text);

/* Adds each participant of the list to store, in one all-or-nothing
 * batch. */
gboolean   lacuna_participant_list_save  (LacunaStore  *store,
                                          GPtrArray    *participants,
                                          const char   *by,
                                          GError      **error);

G_END_DECLS
