/* lacuna-measure-page.h — one measure: what it asks, and the team's answer
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store.h"

G_BEGIN_DECLS

#define LACUNA_TYPE_MEASURE_PAGE (lacuna_measure_page_get_type ())
G_DECLARE_FINAL_TYPE (LacunaMeasurePage, lacuna_measure_page, LACUNA, MEASURE_PAGE, GtkScrolledWindow)

LacunaMeasurePage   *lacuna_measure_page_new            (void);
void                 lacuna_measure_page_show_measure   (LacunaMeasurePage   *self,
                                                         LacunaStore         *store,
                                                         const LacunaMeasure *measure);
const LacunaMeasure *lacuna_measure_page_get_measure    (LacunaMeasurePage   *self);
void                 lacuna_measure_page_set_level      (LacunaMeasurePage   *self,
                                                         LacunaDimensions     dimension,
                                                         LacunaLevel          level);
LacunaDimensions     lacuna_measure_page_get_current_dimension (LacunaMeasurePage *self);
void                 lacuna_measure_page_save_pending   (LacunaMeasurePage   *self);
void                 lacuna_measure_page_reload         (LacunaMeasurePage   *self);

G_END_DECLS
