/* countries.h — the States an assessment can be about
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *alpha2;   /* ISO 3166-1 alpha-2, e.g. "FR" */
  const char *alpha3;   /* ISO 3166-1 alpha-3, e.g. "FRA" */
  const char *name;     /* short English name as the UN uses it, marked N_() */
  gboolean    member;   /* TRUE for the 193 UN Member States, FALSE for the two observer States */
} LacunaCountry;

const LacunaCountry *lacuna_countries_get_all    (guint *n_countries);
const LacunaCountry *lacuna_country_find         (const char *code);   /* alpha-2 or alpha-3, case-insensitive */
const char          *lacuna_country_get_name     (const LacunaCountry *country); /* translated with _() */

G_END_DECLS
