/* fuzz-framework-loader.c — arbitrary bytes into the framework loader
 *
 * The loader must answer any input with diagnostics, never a crash, a
 * sanitizer report or a leak. The bytes are read as a framework file in
 * the context of the test catalog's instruments and tools, so that the
 * resolver's paths are reached as well as the parser's.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <glib.h>

#include "diagnostic.h"
#include "framework-loader.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char context[] =
    "<instruments><instrument id=\"DEMO\"><title>Demo</title><short-title>Demo</short-title>"
    "<provision article=\"5\" paragraph=\"1\" level=\"mandatory\"><short-title>S</short-title>"
    "<paraphrase>P</paraphrase></provision>"
    "<provision article=\"5\" paragraph=\"2(a)\" level=\"optional\"><short-title>S</short-title>"
    "<paraphrase>P</paraphrase></provision></instrument></instruments>";
  static const char tools[] =
    "<tools><tool id=\"T-GUIDE\" publisher=\"P\"><title>Guide</title></tool></tools>";
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();

  lacuna_catalog_add_data (catalog, "context.xml", context, sizeof context - 1, diagnostics);
  lacuna_catalog_add_data (catalog, "tools.xml", tools, sizeof tools - 1, diagnostics);
  lacuna_catalog_add_data (catalog, "fuzz.xml", (const char *) data, size, diagnostics);
  lacuna_catalog_resolve (catalog, diagnostics);

  for (guint i = 0; i < diagnostics->len; i++)
    g_free (lacuna_diagnostic_to_string (g_ptr_array_index (diagnostics, i)));
  return 0;
}
