/* language.h — facts about the languages a report can be written in
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether the script of language runs from right to left. language is a
 * POSIX locale name or a language tag ("ar", "ar_EG.UTF-8", "ar-EG");
 * NULL means the language the calling thread's messages are in: a report's
 * while it is being written (message-catalog.h), else the process's. */
gboolean lacuna_language_is_rtl (const char *language);

/* The BCP 47 tag ("fr", "zh-CN") of the language the calling thread's
 * messages are in now: the report catalogue's while a report is written,
 * else that of the catalogue gettext uses; "en" when nothing is translated. */
char    *lacuna_language_current_tag (void);

G_END_DECLS
