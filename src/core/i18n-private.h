/* i18n-private.h — how the core marks and translates its text
 *
 * Included by the core's sources instead of <glib/gi18n-lib.h>. The macros
 * read like GLib's, but look a message up in the calling thread's report
 * catalogue when one is set (lacuna_message_catalog_set_thread_default), so
 * that a report can be written in a language other than the desktop's while
 * the window, in another thread, keeps its own; with none set they go to
 * gettext as before.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#ifdef _
#error "i18n-private.h replaces <glib/gi18n-lib.h>; include only one of them"
#endif

#define _(String) lacuna_i18n_gettext (String)
#define N_(String) (String)
#define C_(Context, String) lacuna_i18n_pgettext (Context "\004" String, sizeof (Context))
#define NC_(Context, String) (String)

const char *lacuna_i18n_gettext  (const char *msgid) G_GNUC_FORMAT (1);
const char *lacuna_i18n_pgettext (const char *context_msgid,
                                  gsize       msgid_offset) G_GNUC_FORMAT (1);
/* The plural form of a message for n (xgettext knows it as
 * lacuna_ngettext:1,2). */
const char *lacuna_ngettext      (const char *singular,
                                  const char *plural,
                                  gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

G_END_DECLS
