/* cli-set.c — "lacuna-cli set": record where the country stands on a measure
 *
 * Only the options given change; everything else of the answer stays.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli.h"

/* A level, "unanswered" to clear it, or "not-applicable". */
static gboolean
parse_level (const char  *option,
             const char  *text,
             LacunaLevel *level,
             gboolean    *not_applicable)
{
  if (g_strcmp0 (text, "not-applicable") == 0 || g_strcmp0 (text, "na") == 0)
    {
      *not_applicable = TRUE;
      return TRUE;
    }
  if (lacuna_level_from_string (text, level))
    return TRUE;
  lacuna_cli_error (_("%s: “%s” is not a level; use none, partial, largely, full (or 0–3), unknown, unanswered or not-applicable."),
                    option, text);
  return FALSE;
}

static gboolean
parse_flag (const char *option,
            const char *text,
            gboolean   *flag)
{
  if (g_strcmp0 (text, "yes") == 0 || g_strcmp0 (text, "true") == 0 || g_strcmp0 (text, "1") == 0)
    *flag = TRUE;
  else if (g_strcmp0 (text, "no") == 0 || g_strcmp0 (text, "false") == 0 || g_strcmp0 (text, "0") == 0)
    *flag = FALSE;
  else
    {
      lacuna_cli_error (_("%s: write yes or no, not “%s”."), option, text);
      return FALSE;
    }
  return TRUE;
}

static void
replace (char       **field,
         const char  *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

int
lacuna_cli_set (int    argc,
                char **argv)
{
  g_autofree char *law = NULL, *practice = NULL, *evidence = NULL, *notes = NULL, *reason = NULL;
  g_autofree char *responsible = NULL, *ta_needs = NULL, *ta_other = NULL, *urgency = NULL;
  g_autofree char *urgency_reason = NULL, *timeframe = NULL, *confidential = NULL, *reconfirm = NULL, *by = NULL;
  GOptionEntry entries[] = {
    { "law", 0, 0, G_OPTION_ARG_STRING, &law, N_("Legal basis: none, partial, largely, full, unknown, unanswered, not-applicable"), "LEVEL" },
    { "practice", 0, 0, G_OPTION_ARG_STRING, &practice, N_("Practice: the same levels"), "LEVEL" },
    { "evidence", 0, 0, G_OPTION_ARG_STRING, &evidence, N_("Evidence narrative"), "TEXT" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), "TEXT" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the measure does not apply (with not-applicable)"), "TEXT" },
    { "responsible", 0, 0, G_OPTION_ARG_STRING, &responsible, N_("Institutions responsible"), "TEXT" },
    { "ta-needs", 0, 0, G_OPTION_ARG_STRING, &ta_needs,
      N_("Technical assistance needed: legislative-drafting, legal-advice, training, equipment, data-systems, coordination, other"), "LIST" },
    { "ta-other", 0, 0, G_OPTION_ARG_STRING, &ta_other, N_("What “other” assistance means"), "TEXT" },
    { "urgency", 0, 0, G_OPTION_ARG_STRING, &urgency, N_("The team’s urgency adjustment: lower, normal, higher"), "LEVEL" },
    { "urgency-reason", 0, 0, G_OPTION_ARG_STRING, &urgency_reason, N_("Why the urgency is adjusted"), "TEXT" },
    { "timeframe", 0, 0, G_OPTION_ARG_STRING, &timeframe, N_("Target timeframe"), "TEXT" },
    { "confidential", 0, 0, G_OPTION_ARG_STRING, &confidential, N_("Leave out of the public report: yes or no"), "YES|NO" },
    { "reconfirmed", 0, 0, G_OPTION_ARG_STRING, &reconfirm, N_("A carried-over answer was confirmed: yes or no"), "YES|NO" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who makes the change (default: you)"), "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(LacunaStore) store = NULL;
  g_autoptr(LacunaAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;
  gboolean not_applicable = FALSE, applicable_given = FALSE;

  if (!lacuna_cli_parse_options ("set", "FILE MEASURE",
                                 N_("Record the answer to one measure; options not given keep their value."),
                                 entries, &argc, &argv))
    return LACUNA_EXIT_USAGE;
  if (argc != 3)
    {
      lacuna_cli_error (_("“set” needs a FILE and a MEASURE id."));
      return LACUNA_EXIT_USAGE;
    }

  store = lacuna_cli_open_store (argv[1], FALSE);
  if (store == NULL)
    return LACUNA_EXIT_FAILURE;

  answer = lacuna_store_get_answer (store, argv[2]);
  if (law != NULL)
    {
      LacunaLevel level = LACUNA_LEVEL_UNANSWERED;
      if (!parse_level ("--law", law, &level, &not_applicable))
        return LACUNA_EXIT_USAGE;
      applicable_given = TRUE;
      if (!not_applicable)
        answer->law = level;
    }
  if (practice != NULL)
    {
      LacunaLevel level = LACUNA_LEVEL_UNANSWERED;
      gboolean practice_na = FALSE;
      if (!parse_level ("--practice", practice, &level, &practice_na))
        return LACUNA_EXIT_USAGE;
      applicable_given = TRUE;
      not_applicable |= practice_na;
      if (!practice_na)
        answer->practice = level;
    }
  if (applicable_given)
    {
      answer->not_applicable = not_applicable;
      if (not_applicable)
        replace (&answer->na_reason, reason);
      else
        g_clear_pointer (&answer->na_reason, g_free);
    }
  else if (reason != NULL)
    replace (&answer->na_reason, reason);

  replace (&answer->evidence, evidence);
  replace (&answer->notes, notes);
  replace (&answer->responsible, responsible);
  replace (&answer->ta_other, ta_other);
  replace (&answer->urgency_reason, urgency_reason);
  replace (&answer->timeframe, timeframe);
  if (ta_needs != NULL)
    {
      g_autofree char *bad = NULL;
      if (!lacuna_ta_needs_from_string (ta_needs, &answer->ta_needs, &bad))
        {
          lacuna_cli_error (_("--ta-needs: “%s” is not a kind of technical assistance; use legislative-drafting, legal-advice, training, equipment, data-systems, coordination or other."),
                            bad);
          return LACUNA_EXIT_USAGE;
        }
    }
  if (urgency != NULL && !lacuna_urgency_from_string (urgency, &answer->urgency))
    {
      lacuna_cli_error (_("--urgency: write lower, normal or higher, not “%s”."), urgency);
      return LACUNA_EXIT_USAGE;
    }
  if (confidential != NULL && !parse_flag ("--confidential", confidential, &answer->confidential))
    return LACUNA_EXIT_USAGE;
  if (reconfirm != NULL)
    {
      gboolean confirmed;
      if (!parse_flag ("--reconfirmed", reconfirm, &confirmed))
        return LACUNA_EXIT_USAGE;
      answer->to_reconfirm = !confirmed;
    }
  else if (law != NULL || practice != NULL)
    /* Giving a level again is confirming it. */
    answer->to_reconfirm = FALSE;

  if (!lacuna_store_set_answer (store, answer, by != NULL ? by : lacuna_cli_default_author (), &error))
    {
      lacuna_cli_error ("%s", error->message);
      return LACUNA_EXIT_FAILURE;
    }
  return LACUNA_EXIT_OK;
}
