/* obligation.c
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "obligation.h"

static const char *const obligation_names[LACUNA_N_OBLIGATIONS] = {
  [LACUNA_OBLIGATION_MANDATORY] = "mandatory",
  [LACUNA_OBLIGATION_MANDATORY_QUALIFIED] = "mandatory-qualified",
  [LACUNA_OBLIGATION_CONSIDER] = "consider",
  [LACUNA_OBLIGATION_GOOD_PRACTICE_CORE] = "good-practice-core",
  [LACUNA_OBLIGATION_OPTIONAL] = "optional",
  [LACUNA_OBLIGATION_GOOD_PRACTICE] = "good-practice",
};

static const char *const provision_level_names[LACUNA_N_PROVISION_LEVELS] = {
  [LACUNA_PROVISION_MANDATORY] = "mandatory",
  [LACUNA_PROVISION_MANDATORY_QUALIFIED] = "mandatory-qualified",
  [LACUNA_PROVISION_CONSIDER] = "consider",
  [LACUNA_PROVISION_OPTIONAL] = "optional",
  [LACUNA_PROVISION_SAFEGUARD] = "safeguard",
  [LACUNA_PROVISION_NOT_ASSESSABLE] = "not-assessable",
};

gboolean
lacuna_obligation_from_string (const char       *text,
                               LacunaObligation *out)
{
  for (guint i = 0; i < LACUNA_N_OBLIGATIONS; i++)
    if (g_strcmp0 (text, obligation_names[i]) == 0)
      {
        *out = (LacunaObligation) i;
        return TRUE;
      }
  return FALSE;
}

const char *
lacuna_obligation_to_string (LacunaObligation obligation)
{
  g_return_val_if_fail (obligation < LACUNA_N_OBLIGATIONS, NULL);
  return obligation_names[obligation];
}

const char *
lacuna_obligation_label (LacunaObligation obligation)
{
  switch (obligation)
    {
    case LACUNA_OBLIGATION_MANDATORY:
      return _("Mandatory");
    case LACUNA_OBLIGATION_MANDATORY_QUALIFIED:
      return _("Mandatory, qualified");
    case LACUNA_OBLIGATION_CONSIDER:
      return _("Duty to consider");
    case LACUNA_OBLIGATION_GOOD_PRACTICE_CORE:
      return _("Core good practice");
    case LACUNA_OBLIGATION_OPTIONAL:
      return _("Optional");
    case LACUNA_OBLIGATION_GOOD_PRACTICE:
      return _("Good practice");
    case LACUNA_N_OBLIGATIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Measures at these levels rest on a treaty text and so must cite it. */
gboolean
lacuna_obligation_is_treaty_duty (LacunaObligation obligation)
{
  return obligation == LACUNA_OBLIGATION_MANDATORY ||
         obligation == LACUNA_OBLIGATION_MANDATORY_QUALIFIED ||
         obligation == LACUNA_OBLIGATION_CONSIDER ||
         obligation == LACUNA_OBLIGATION_OPTIONAL;
}

gboolean
lacuna_provision_level_from_string (const char           *text,
                                    LacunaProvisionLevel *out)
{
  for (guint i = 0; i < LACUNA_N_PROVISION_LEVELS; i++)
    if (g_strcmp0 (text, provision_level_names[i]) == 0)
      {
        *out = (LacunaProvisionLevel) i;
        return TRUE;
      }
  return FALSE;
}

const char *
lacuna_provision_level_to_string (LacunaProvisionLevel level)
{
  g_return_val_if_fail (level < LACUNA_N_PROVISION_LEVELS, NULL);
  return provision_level_names[level];
}

gboolean
lacuna_dimensions_from_string (const char       *text,
                               LacunaDimensions *out,
                               char            **bad_token)
{
  g_auto(GStrv) tokens = g_strsplit_set (text, " \t\n\r", -1);
  LacunaDimensions dimensions = LACUNA_DIMENSION_NONE;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (tokens[i][0] == '\0')
        continue;
      if (g_str_equal (tokens[i], "legal-basis"))
        dimensions |= LACUNA_DIMENSION_LEGAL_BASIS;
      else if (g_str_equal (tokens[i], "practice"))
        dimensions |= LACUNA_DIMENSION_PRACTICE;
      else
        {
          if (bad_token != NULL)
            *bad_token = g_strdup (tokens[i]);
          return FALSE;
        }
    }

  if (dimensions == LACUNA_DIMENSION_NONE)
    {
      if (bad_token != NULL)
        *bad_token = g_strdup ("");
      return FALSE;
    }

  *out = dimensions;
  return TRUE;
}

char *
lacuna_dimensions_to_string (LacunaDimensions dimensions)
{
  GString *text = g_string_new (NULL);

  if (dimensions & LACUNA_DIMENSION_LEGAL_BASIS)
    g_string_append (text, "legal-basis");
  if (dimensions & LACUNA_DIMENSION_PRACTICE)
    g_string_append_printf (text, "%spractice", text->len > 0 ? " " : "");
  return g_string_free (text, FALSE);
}
