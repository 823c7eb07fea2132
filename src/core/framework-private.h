/* framework-private.h — what the loader and resolver need of the model
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "framework.h"

G_BEGIN_DECLS

struct _LacunaCatalog {
  gatomicrefcount  ref_count;
  GPtrArray       *frameworks;        /* LacunaFramework*, owned */
  GPtrArray       *instruments;       /* LacunaInstrument*, owned */
  GPtrArray       *tools;             /* LacunaTool*, owned */
  GPtrArray       *file_names;        /* char*, owned; objects borrow them */
  GPtrArray       *sources;           /* LacunaCatalogSource*, owned */
  /* Framework, pillar, area and measure ids share one namespace; the value
   * says where the id was first defined, for duplicate messages. */
  GHashTable      *structure_ids;     /* id → "file:line:column" */
  GHashTable      *frameworks_by_id;  /* id → LacunaFramework* */
  GHashTable      *measures_by_id;    /* id → LacunaMeasure* */
  GHashTable      *instruments_by_id; /* id → LacunaInstrument* */
  GHashTable      *tools_by_id;       /* id → LacunaTool* */
  gboolean         resolved;
};

void lacuna_framework_free   (LacunaFramework  *framework);
void lacuna_pillar_free      (LacunaPillar     *pillar);
void lacuna_area_free        (LacunaArea       *area);
void lacuna_measure_free     (LacunaMeasure    *measure);
void lacuna_instrument_free  (LacunaInstrument *instrument);
void lacuna_provision_free   (LacunaProvision  *provision);
void lacuna_tool_free        (LacunaTool       *tool);
void lacuna_legal_ref_free   (LacunaLegalRef   *ref);
void lacuna_tool_ref_free    (LacunaToolRef    *ref);
void lacuna_measure_ref_free (LacunaMeasureRef *ref);

LacunaFramework  *lacuna_framework_new  (void);
LacunaPillar     *lacuna_pillar_new     (void);
LacunaArea       *lacuna_area_new       (void);
LacunaMeasure    *lacuna_measure_new    (void);
LacunaInstrument *lacuna_instrument_new (void);
LacunaProvision  *lacuna_provision_new  (void);
LacunaTool       *lacuna_tool_new       (void);

const char *lacuna_catalog_intern_file_name (LacunaCatalog *catalog,
                                             const char    *file);

/* Offers a resolved catalogue read from the installed files for sharing;
 * lacuna_catalog_find_published() gives a new reference to one read from
 * exactly these files (names: char*, contents: GBytes*), or NULL. */
void           lacuna_catalog_publish        (LacunaCatalog *catalog);
LacunaCatalog *lacuna_catalog_find_published (GPtrArray     *names,
                                              GPtrArray     *contents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaFramework, lacuna_framework_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaInstrument, lacuna_instrument_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaTool, lacuna_tool_free)

G_END_DECLS
