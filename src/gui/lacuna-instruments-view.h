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

/* The columns of the measure checklist's rows (template child
 * "measure_list", a tree view over a filter of this model). A framework's
 * heading is a row too, with no id. */
typedef enum {
  LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID,         /* char*, NULL on a heading */
  LACUNA_INSTRUMENTS_MEASURE_COLUMN_TITLE,      /* char*, translated; the framework's on a heading */
  LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED,     /* gboolean: ticked */
  LACUNA_INSTRUMENTS_MEASURE_COLUMN_IS_MEASURE, /* gboolean: not a heading */
  LACUNA_INSTRUMENTS_MEASURE_COLUMN_SEARCH,     /* char*, "id  title" case-folded */
  LACUNA_INSTRUMENTS_MEASURE_COLUMN_TOOLTIP,    /* char*, markup */
  LACUNA_INSTRUMENTS_MEASURE_COLUMN_WEIGHT,     /* int, PangoWeight */
  LACUNA_INSTRUMENTS_MEASURE_N_COLUMNS
} LacunaInstrumentsMeasureColumn;

LacunaInstrumentsView *lacuna_instruments_view_new                (void);
void                   lacuna_instruments_view_set_store          (LacunaInstrumentsView *self,
                                                                   LacunaStore           *store);
gboolean               lacuna_instruments_view_select_instrument  (LacunaInstrumentsView *self,
                                                                   const char            *uuid);
const char            *lacuna_instruments_view_get_selected       (LacunaInstrumentsView *self);


G_END_DECLS
