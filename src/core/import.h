/* import.h — bringing data into an assessment: JSON and CSV
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "store.h"

G_BEGIN_DECLS

LacunaStore *lacuna_import_json_new    (const char     *path,
                                        const char     *text,
                                        gsize           length,
                                        LacunaCatalog  *catalog,
                                        const char     *by,
                                        GError        **error);
gboolean     lacuna_import_json_into   (LacunaStore    *store,
                                        const char     *text,
                                        gsize           length,
                                        const char     *by,
                                        GError        **error);
gboolean     lacuna_import_read_answer (JsonObject     *object,
                                        const char     *path,
                                        LacunaAnswer  **out,
                                        GError        **error);

gboolean     lacuna_import_csv_into    (LacunaStore    *store,
                                        const char     *text,
                                        gsize           length,
                                        const char     *by,
                                        GError        **error);

/* Splits RFC 4180 text into rows of fields; fails on an unterminated
 * quote, naming the line. */
GPtrArray   *lacuna_csv_parse          (const char     *text,
                                        gsize           length,
                                        GError        **error);

G_END_DECLS
