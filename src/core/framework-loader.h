/* framework-loader.h — reading and validating framework files
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "framework.h"

G_BEGIN_DECLS

#define LACUNA_FRAMEWORK_ERROR (lacuna_framework_error_quark ())

typedef enum {
  LACUNA_FRAMEWORK_ERROR_INVALID,    /* a file breaks the format */
  LACUNA_FRAMEWORK_ERROR_NOT_FOUND,  /* no framework files where expected */
} LacunaFrameworkError;

/* Framework files larger than this are refused before parsing. */
#define LACUNA_FRAMEWORK_MAX_FILE_SIZE (8 * 1024 * 1024)

GQuark         lacuna_framework_error_quark   (void);

const char    *lacuna_frameworks_directory    (void);

gboolean       lacuna_catalog_add_file        (LacunaCatalog *catalog,
                                               const char    *path,
                                               GPtrArray     *diagnostics);
gboolean       lacuna_catalog_add_data        (LacunaCatalog *catalog,
                                               const char    *file_name,
                                               const char    *data,
                                               gsize          length,
                                               GPtrArray     *diagnostics);
gboolean       lacuna_catalog_resolve         (LacunaCatalog *catalog,
                                               GPtrArray     *diagnostics);

GPtrArray     *lacuna_frameworks_list_files   (const char    *directory,
                                               GError       **error);
LacunaCatalog *lacuna_catalog_load_directory  (const char    *directory,
                                               GError       **error);
LacunaCatalog *lacuna_catalog_load_default    (GError       **error);

G_END_DECLS
