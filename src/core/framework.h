/* framework.h — the model of the Frameworks for Action and what they cite
 *
 * A LacunaCatalog holds everything read from one folder of framework files:
 * the frameworks (pillar → area → measure), the legal instruments with their
 * provisions, and the register of tools. Objects inside a catalog are owned
 * by it and are read-only once the catalog has been resolved.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "obligation.h"

G_BEGIN_DECLS

typedef struct _LacunaCatalog    LacunaCatalog;
typedef struct _LacunaFramework  LacunaFramework;
typedef struct _LacunaPillar     LacunaPillar;
typedef struct _LacunaArea       LacunaArea;
typedef struct _LacunaMeasure    LacunaMeasure;
typedef struct _LacunaInstrument LacunaInstrument;
typedef struct _LacunaProvision  LacunaProvision;
typedef struct _LacunaTool       LacunaTool;

/* Where an element was read from, for error messages. */
typedef struct {
  guint line;
  guint column;
} LacunaSourcePos;

struct _LacunaProvision {
  LacunaInstrument     *instrument;
  char                 *article;
  char                 *paragraph;   /* NULL for a whole article */
  LacunaProvisionLevel  level;
  char                 *short_title;
  char                 *paraphrase;
  char                 *prompt;      /* may be NULL */
  LacunaSourcePos       pos;
};

struct _LacunaInstrument {
  char            *id;
  char            *year;             /* may be NULL */
  char            *title;
  char            *short_title;
  GPtrArray       *provisions;       /* LacunaProvision*, owned */
  const char      *file;
  LacunaSourcePos  pos;
};

struct _LacunaTool {
  char            *id;
  char            *publisher;
  char            *year;             /* may be NULL */
  char            *title;
  char            *use;              /* may be NULL */
  const char      *file;
  LacunaSourcePos  pos;
};

typedef struct {
  char            *instrument_id;
  char            *article;
  char            *paragraph;        /* may be NULL */
  /* Resolved: the provisions this citation covers (borrowed). */
  GPtrArray       *provisions;
  LacunaSourcePos  pos;
} LacunaLegalRef;

typedef struct {
  char            *tool_id;
  char            *detail;           /* may be NULL */
  const LacunaTool *tool;            /* resolved */
  LacunaSourcePos  pos;
} LacunaToolRef;

typedef struct {
  char            *measure_id;
  LacunaMeasure   *measure;          /* resolved */
  LacunaSourcePos  pos;
} LacunaMeasureRef;

struct _LacunaMeasure {
  char             *id;
  LacunaObligation  obligation;
  LacunaDimensions  dimensions;
  char             *unodc_ref;       /* may be NULL */
  char             *title;
  char             *description;
  char             *recommendation;
  GPtrArray        *questions;       /* char*, owned */
  GPtrArray        *legal_basis;     /* LacunaLegalRef*, owned */
  GPtrArray        *tools;           /* LacunaToolRef*, owned */
  GPtrArray        *enables;         /* LacunaMeasureRef*, owned, as written */
  GPtrArray        *related_refs;    /* LacunaMeasureRef*, owned, as written */

  /* Filled in when the catalog is resolved (borrowed pointers). */
  GPtrArray        *enabled_by;      /* LacunaMeasure* */
  GPtrArray        *related;         /* LacunaMeasure*, both directions */
  LacunaArea       *area;
  guint             index;           /* position in framework order */
  LacunaSourcePos   pos;
};

struct _LacunaArea {
  char            *id;
  char            *title;
  LacunaPillar    *pillar;
  GPtrArray       *measures;         /* LacunaMeasure*, owned */
  LacunaSourcePos  pos;
};

struct _LacunaPillar {
  char            *id;
  char            *title;
  LacunaFramework *framework;
  GPtrArray       *areas;            /* LacunaArea*, owned */
  LacunaSourcePos  pos;
};

struct _LacunaFramework {
  char            *id;
  char            *version;
  char            *publisher;
  char            *year;
  char            *title;
  char            *short_title;
  char            *provenance;
  char            *file;
  GPtrArray       *pillars;          /* LacunaPillar*, owned */
  GPtrArray       *measures;         /* LacunaMeasure*, borrowed, framework order */
  LacunaSourcePos  pos;
};

/* The bytes of one file a catalog was read from, kept so that an
 * assessment can store the exact definitions it was made with. */
typedef struct {
  char   *name;      /* base name, e.g. "trafficking-in-persons.xml" */
  GBytes *contents;
} LacunaCatalogSource;

LacunaCatalog          *lacuna_catalog_new               (void);
LacunaCatalog          *lacuna_catalog_ref               (LacunaCatalog *catalog);
void                    lacuna_catalog_unref             (LacunaCatalog *catalog);

GPtrArray              *lacuna_catalog_get_frameworks    (LacunaCatalog *catalog);
GPtrArray              *lacuna_catalog_get_instruments   (LacunaCatalog *catalog);
GPtrArray              *lacuna_catalog_get_tools         (LacunaCatalog *catalog);
GPtrArray              *lacuna_catalog_get_sources       (LacunaCatalog *catalog);
char                   *lacuna_catalog_describe_versions (LacunaCatalog *catalog);
LacunaFramework        *lacuna_catalog_find_framework    (LacunaCatalog *catalog,
                                                          const char    *id);
LacunaMeasure          *lacuna_catalog_find_measure      (LacunaCatalog *catalog,
                                                          const char    *id);
LacunaInstrument       *lacuna_catalog_find_instrument   (LacunaCatalog *catalog,
                                                          const char    *id);
const LacunaTool       *lacuna_catalog_find_tool         (LacunaCatalog *catalog,
                                                          const char    *id);
guint                   lacuna_catalog_count_measures    (LacunaCatalog *catalog);

guint                   lacuna_pillar_count_measures     (const LacunaPillar *pillar);
LacunaPillar           *lacuna_measure_get_pillar        (const LacunaMeasure *measure);
LacunaFramework        *lacuna_measure_get_framework     (const LacunaMeasure *measure);

char                   *lacuna_provision_format_citation (const LacunaProvision *provision);
char                   *lacuna_legal_ref_format          (const LacunaLegalRef *ref,
                                                          LacunaCatalog        *catalog);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaCatalog, lacuna_catalog_unref)

G_END_DECLS
