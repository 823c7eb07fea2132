/* obligation.h — how strongly the Protocols bind a State to a measure
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Ordered from the strongest to the weakest duty: analysis relies on the
 * order when it breaks ties. */
typedef enum {
  LACUNA_OBLIGATION_MANDATORY,
  LACUNA_OBLIGATION_MANDATORY_QUALIFIED,
  LACUNA_OBLIGATION_CONSIDER,
  LACUNA_OBLIGATION_GOOD_PRACTICE_CORE,
  LACUNA_OBLIGATION_OPTIONAL,
  LACUNA_OBLIGATION_GOOD_PRACTICE,
  LACUNA_N_OBLIGATIONS
} LacunaObligation;

/* Level of one treaty provision, from its modal verb. */
typedef enum {
  LACUNA_PROVISION_MANDATORY,
  LACUNA_PROVISION_MANDATORY_QUALIFIED,
  LACUNA_PROVISION_CONSIDER,
  LACUNA_PROVISION_OPTIONAL,
  LACUNA_PROVISION_SAFEGUARD,
  LACUNA_PROVISION_NOT_ASSESSABLE,
  LACUNA_N_PROVISION_LEVELS
} LacunaProvisionLevel;

typedef enum {
  LACUNA_DIMENSION_NONE = 0,
  LACUNA_DIMENSION_LEGAL_BASIS = 1 << 0,
  LACUNA_DIMENSION_PRACTICE = 1 << 1,
  LACUNA_DIMENSION_BOTH = LACUNA_DIMENSION_LEGAL_BASIS | LACUNA_DIMENSION_PRACTICE,
} LacunaDimensions;

gboolean     lacuna_obligation_from_string   (const char       *text,
                                              LacunaObligation *out);
const char  *lacuna_obligation_to_string     (LacunaObligation  obligation);
const char  *lacuna_obligation_label         (LacunaObligation  obligation);
gboolean     lacuna_obligation_is_treaty_duty (LacunaObligation obligation);

gboolean     lacuna_provision_level_from_string (const char           *text,
                                                 LacunaProvisionLevel *out);
const char  *lacuna_provision_level_to_string   (LacunaProvisionLevel  level);

gboolean     lacuna_dimensions_from_string   (const char       *text,
                                              LacunaDimensions *out,
                                              char            **bad_token);
char        *lacuna_dimensions_to_string     (LacunaDimensions  dimensions);

G_END_DECLS
