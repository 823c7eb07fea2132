/* answer.c
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "answer.h"

static const char *const level_names[LACUNA_N_LEVELS] = {
  [LACUNA_LEVEL_UNANSWERED] = "unanswered",
  [LACUNA_LEVEL_NONE] = "none",
  [LACUNA_LEVEL_PARTIAL] = "partial",
  [LACUNA_LEVEL_LARGELY] = "largely",
  [LACUNA_LEVEL_FULL] = "full",
  [LACUNA_LEVEL_UNKNOWN] = "unknown",
};

static const char *const urgency_names[LACUNA_N_URGENCIES] = {
  [LACUNA_URGENCY_NORMAL] = "normal",
  [LACUNA_URGENCY_LOWER] = "lower",
  [LACUNA_URGENCY_HIGHER] = "higher",
};

static const struct {
  LacunaTaNeeds  flag;
  const char    *name;
} ta_names[LACUNA_N_TA_NEEDS] = {
  { LACUNA_TA_LEGISLATIVE_DRAFTING, "legislative-drafting" },
  { LACUNA_TA_LEGAL_ADVICE, "legal-advice" },
  { LACUNA_TA_TRAINING, "training" },
  { LACUNA_TA_EQUIPMENT, "equipment" },
  { LACUNA_TA_DATA_SYSTEMS, "data-systems" },
  { LACUNA_TA_COORDINATION, "coordination" },
  { LACUNA_TA_OTHER, "other" },
};

gboolean
lacuna_level_from_string (const char  *text,
                          LacunaLevel *out)
{
  if (text == NULL || *text == '\0')
    {
      *out = LACUNA_LEVEL_UNANSWERED;
      return TRUE;
    }
  for (guint i = 0; i < LACUNA_N_LEVELS; i++)
    if (g_str_equal (text, level_names[i]))
      {
        *out = (LacunaLevel) i;
        return TRUE;
      }
  /* The numbers people use in workshops. */
  if (text[0] >= '0' && text[0] <= '3' && text[1] == '\0')
    {
      *out = (LacunaLevel) (LACUNA_LEVEL_NONE + (text[0] - '0'));
      return TRUE;
    }
  return FALSE;
}

const char *
lacuna_level_to_string (LacunaLevel level)
{
  g_return_val_if_fail (level < LACUNA_N_LEVELS, NULL);
  return level_names[level];
}

const char *
lacuna_level_label (LacunaLevel level)
{
  switch (level)
    {
    case LACUNA_LEVEL_UNANSWERED:
      return _("Not answered");
    case LACUNA_LEVEL_NONE:
      return _("None");
    case LACUNA_LEVEL_PARTIAL:
      return _("Partial");
    case LACUNA_LEVEL_LARGELY:
      return _("Largely");
    case LACUNA_LEVEL_FULL:
      return _("Full");
    case LACUNA_LEVEL_UNKNOWN:
      return _("Unknown");
    case LACUNA_N_LEVELS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* One line a team can agree on in a workshop. */
const char *
lacuna_level_describe (LacunaLevel level,
                       gboolean    practice)
{
  switch (level)
    {
    case LACUNA_LEVEL_NONE:
      return practice ? _("Not applied at all") : _("No legal or policy basis");
    case LACUNA_LEVEL_PARTIAL:
      return practice ? _("Applied in some places or cases only") : _("Some elements are covered, major ones missing");
    case LACUNA_LEVEL_LARGELY:
      return practice ? _("Applied in most cases, with gaps") : _("Covered, with minor gaps");
    case LACUNA_LEVEL_FULL:
      return practice ? _("Applied consistently, with results") : _("Fully covered by law or policy");
    case LACUNA_LEVEL_UNKNOWN:
      return _("The team could not establish it: a data gap");
    case LACUNA_LEVEL_UNANSWERED:
      return _("Not yet discussed");
    case LACUNA_N_LEVELS:
    default:
      g_return_val_if_reached (NULL);
    }
}

int
lacuna_level_value (LacunaLevel level)
{
  if (level >= LACUNA_LEVEL_NONE && level <= LACUNA_LEVEL_FULL)
    return level - LACUNA_LEVEL_NONE;
  return -1;
}

gboolean
lacuna_level_is_known (LacunaLevel level)
{
  return lacuna_level_value (level) >= 0;
}

gboolean
lacuna_urgency_from_string (const char    *text,
                            LacunaUrgency *out)
{
  if (text == NULL || *text == '\0')
    {
      *out = LACUNA_URGENCY_NORMAL;
      return TRUE;
    }
  for (guint i = 0; i < LACUNA_N_URGENCIES; i++)
    if (g_str_equal (text, urgency_names[i]))
      {
        *out = (LacunaUrgency) i;
        return TRUE;
      }
  return FALSE;
}

const char *
lacuna_urgency_to_string (LacunaUrgency urgency)
{
  g_return_val_if_fail (urgency < LACUNA_N_URGENCIES, NULL);
  return urgency_names[urgency];
}

gboolean
lacuna_ta_needs_from_string (const char     *text,
                             LacunaTaNeeds  *out,
                             char          **bad_token)
{
  g_auto(GStrv) tokens = g_strsplit_set (text != NULL ? text : "", " ,", -1);
  LacunaTaNeeds needs = LACUNA_TA_NONE;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      gboolean found = FALSE;

      if (tokens[i][0] == '\0')
        continue;
      for (guint j = 0; j < LACUNA_N_TA_NEEDS && !found; j++)
        if (g_str_equal (tokens[i], ta_names[j].name))
          {
            needs |= ta_names[j].flag;
            found = TRUE;
          }
      if (!found)
        {
          if (bad_token != NULL)
            *bad_token = g_strdup (tokens[i]);
          return FALSE;
        }
    }
  *out = needs;
  return TRUE;
}

char *
lacuna_ta_needs_to_string (LacunaTaNeeds needs)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < LACUNA_N_TA_NEEDS; i++)
    if (needs & ta_names[i].flag)
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", ta_names[i].name);
  return g_string_free (text, FALSE);
}

const char *
lacuna_ta_need_label (LacunaTaNeeds need)
{
  switch (need)
    {
    case LACUNA_TA_LEGISLATIVE_DRAFTING:
      return _("Legislative drafting");
    case LACUNA_TA_LEGAL_ADVICE:
      return _("Legal advice");
    case LACUNA_TA_TRAINING:
      return _("Training");
    case LACUNA_TA_EQUIPMENT:
      return _("Equipment");
    case LACUNA_TA_DATA_SYSTEMS:
      return _("Data systems");
    case LACUNA_TA_COORDINATION:
      return _("Coordination mechanism");
    case LACUNA_TA_OTHER:
      return _("Other");
    case LACUNA_TA_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

LacunaAnswer *
lacuna_answer_new (const char *measure_id)
{
  LacunaAnswer *answer = g_new0 (LacunaAnswer, 1);

  answer->measure_id = g_strdup (measure_id);
  return answer;
}

LacunaAnswer *
lacuna_answer_copy (const LacunaAnswer *answer)
{
  LacunaAnswer *copy = g_memdup2 (answer, sizeof *answer);

  copy->measure_id = g_strdup (answer->measure_id);
  copy->na_reason = g_strdup (answer->na_reason);
  copy->evidence = g_strdup (answer->evidence);
  copy->notes = g_strdup (answer->notes);
  copy->responsible = g_strdup (answer->responsible);
  copy->ta_other = g_strdup (answer->ta_other);
  copy->urgency_reason = g_strdup (answer->urgency_reason);
  copy->timeframe = g_strdup (answer->timeframe);
  copy->changed_by = g_strdup (answer->changed_by);
  copy->changed_at = g_strdup (answer->changed_at);
  return copy;
}

void
lacuna_answer_free (LacunaAnswer *answer)
{
  if (answer == NULL)
    return;
  g_free (answer->measure_id);
  g_free (answer->na_reason);
  g_free (answer->evidence);
  g_free (answer->notes);
  g_free (answer->responsible);
  g_free (answer->ta_other);
  g_free (answer->urgency_reason);
  g_free (answer->timeframe);
  g_free (answer->changed_by);
  g_free (answer->changed_at);
  g_free (answer);
}

/* Compares what the team said, not who said it or when. */
gboolean
lacuna_answer_equal (const LacunaAnswer *a,
                     const LacunaAnswer *b)
{
  return g_strcmp0 (a->measure_id, b->measure_id) == 0 &&
         a->law == b->law &&
         a->practice == b->practice &&
         a->not_applicable == b->not_applicable &&
         g_strcmp0 (a->na_reason, b->na_reason) == 0 &&
         g_strcmp0 (a->evidence, b->evidence) == 0 &&
         g_strcmp0 (a->notes, b->notes) == 0 &&
         g_strcmp0 (a->responsible, b->responsible) == 0 &&
         a->ta_needs == b->ta_needs &&
         g_strcmp0 (a->ta_other, b->ta_other) == 0 &&
         a->urgency == b->urgency &&
         g_strcmp0 (a->urgency_reason, b->urgency_reason) == 0 &&
         g_strcmp0 (a->timeframe, b->timeframe) == 0 &&
         a->to_reconfirm == b->to_reconfirm &&
         a->confidential == b->confidential;
}

gboolean
lacuna_answer_is_empty (const LacunaAnswer *answer)
{
  g_autoptr(LacunaAnswer) blank = lacuna_answer_new (answer->measure_id);

  return lacuna_answer_equal (answer, blank);
}
