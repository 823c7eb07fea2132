/* names.h — small helpers shared by the core's value types
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The index of text in a table of names, as the enums that use such
 * tables number their values. */
gboolean lacuna_name_lookup (const char *const *names,
                             guint              n_names,
                             const char        *text,
                             guint             *index);

/* TRUE for NULL, empty or white-space-only text. */
gboolean lacuna_text_is_blank (const char *text);

G_END_DECLS
