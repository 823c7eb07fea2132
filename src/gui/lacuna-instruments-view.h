/* lacuna-instruments-view.h — the register of national laws, plans and
 * agreements, and the measures each one supports
 *
 * The view does not own the store it is given: the caller keeps it alive
 * until the next call to lacuna_instruments_view_set_store() or until the
 * view is destroyed.
 *
 * Signals:
 *   "changed" (no arguments): the view has just saved, removed or linked an
 *     instrument through the store. Whatever else shows the register (the
 *     measure pages, the analysis) is now out of date.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_INSTRUMENTS_VIEW (lacuna_instruments_view_get_type ())
G_DECLARE_FINAL_TYPE (LacunaInstrumentsView, lacuna_instruments_view, LACUNA, INSTRUMENTS_VIEW, GtkBox)

/* The columns of the list's model (template child "instrument_view"), for
 * tests and for anyone walking the rows. */
typedef enum {
  LACUNA_INSTRUMENTS_COLUMN_UUID,       /* char* */
  LACUNA_INSTRUMENTS_COLUMN_TYPE,       /* char*, translated label */
  LACUNA_INSTRUMENTS_COLUMN_TITLE,      /* char* */
  LACUNA_INSTRUMENTS_COLUMN_ARTICLE,    /* char* */
  LACUNA_INSTRUMENTS_COLUMN_STATUS,     /* char*, translated label */
  LACUNA_INSTRUMENTS_COLUMN_ADOPTED,    /* char*, ISO date or "" */
  LACUNA_INSTRUMENTS_COLUMN_N_MEASURES, /* guint */
  LACUNA_INSTRUMENTS_N_COLUMNS
} LacunaInstrumentsColumn;

/* The key under which each row of the measure checklist (template child
 * "measure_list") keeps its measure id (a string). */
#define LACUNA_INSTRUMENTS_VIEW_ROW_MEASURE_KEY "lacuna-measure-id"

LacunaInstrumentsView *lacuna_instruments_view_new                (void);
void                   lacuna_instruments_view_set_store          (LacunaInstrumentsView *self,
                                                                   LacunaStore           *store);
gboolean               lacuna_instruments_view_select_instrument  (LacunaInstrumentsView *self,
                                                                   const char            *uuid);
const char            *lacuna_instruments_view_get_selected       (LacunaInstrumentsView *self);


G_END_DECLS
