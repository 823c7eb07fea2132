/* catalog-resolve.c — checks references between framework files
 *
 * Runs once every file of a catalog has been read: legal-basis citations
 * must name a provision, tool references a tool, enables and related links
 * a measure; prerequisites may not form a cycle.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include "i18n-private.h"

#include "diagnostic.h"
#include "framework-loader.h"
#include "framework-private.h"

static void
report_at (GPtrArray             *diagnostics,
           const LacunaFramework *framework,
           LacunaSourcePos        pos,
           const char            *message)
{
  lacuna_diagnostics_add (diagnostics, framework->file, pos.line, pos.column, "%s", message);
}

/* TRUE when paragraph "outer" contains "inner" as cited: "1" contains
 * "1(e)" and "1"; the whole article (NULL) contains everything. */
static gboolean
paragraph_contains (const char *outer,
                    const char *inner)
{
  gsize length;

  if (outer == NULL)
    return TRUE;
  if (inner == NULL)
    return FALSE;
  length = strlen (outer);
  return strncmp (outer, inner, length) == 0 && (inner[length] == '\0' || inner[length] == '(');
}

/* A citation is satisfied by the most specific provision that contains it;
 * failing that (the data splits the article finer than the citation), by
 * every provision it contains. */
static GPtrArray *
match_provisions (const LacunaInstrument *instrument,
                  const LacunaLegalRef   *ref,
                  gboolean               *article_found)
{
  GPtrArray *matches = g_ptr_array_new ();
  const LacunaProvision *best = NULL;

  *article_found = FALSE;
  for (guint i = 0; i < instrument->provisions->len; i++)
    {
      const LacunaProvision *provision = g_ptr_array_index (instrument->provisions, i);

      if (!g_str_equal (provision->article, ref->article))
        continue;
      *article_found = TRUE;
      if (paragraph_contains (provision->paragraph, ref->paragraph) &&
          (best == NULL || best->paragraph == NULL ||
           (provision->paragraph != NULL && strlen (provision->paragraph) > strlen (best->paragraph))))
        best = provision;
    }

  if (best != NULL)
    {
      g_ptr_array_add (matches, (gpointer) best);
      return matches;
    }

  for (guint i = 0; i < instrument->provisions->len; i++)
    {
      const LacunaProvision *provision = g_ptr_array_index (instrument->provisions, i);

      if (g_str_equal (provision->article, ref->article) &&
          paragraph_contains (ref->paragraph, provision->paragraph))
        g_ptr_array_add (matches, (gpointer) provision);
    }
  return matches;
}

static void
resolve_legal_basis (LacunaCatalog   *catalog,
                     LacunaFramework *framework,
                     LacunaMeasure   *measure,
                     GPtrArray       *diagnostics)
{
  for (guint i = 0; i < measure->legal_basis->len; i++)
    {
      LacunaLegalRef *ref = g_ptr_array_index (measure->legal_basis, i);
      LacunaInstrument *instrument = lacuna_catalog_find_instrument (catalog, ref->instrument_id);
      g_autoptr(GPtrArray) matches = NULL;
      gboolean article_found;

      if (instrument == NULL)
        {
          g_autofree char *message = g_strdup_printf (
              _("Measure “%s” cites the unknown instrument “%s”; instruments are defined in legal-instruments.xml."),
              measure->id, ref->instrument_id);
          report_at (diagnostics, framework, ref->pos, message);
          continue;
        }

      matches = match_provisions (instrument, ref, &article_found);
      if (!article_found)
        {
          g_autofree char *message = g_strdup_printf (
              _("Measure “%s” cites article %s of %s, which has no such article in legal-instruments.xml."),
              measure->id, ref->article, instrument->id);
          report_at (diagnostics, framework, ref->pos, message);
        }
      else if (matches->len == 0)
        {
          g_autofree char *message = g_strdup_printf (
              _("Measure “%s” cites %s article %s paragraph %s, which is not among that article’s provisions."),
              measure->id, instrument->id, ref->article, ref->paragraph);
          report_at (diagnostics, framework, ref->pos, message);
        }
      else
        ref->provisions = g_steal_pointer (&matches);
    }
}

static void
resolve_tools (LacunaCatalog   *catalog,
               LacunaFramework *framework,
               LacunaMeasure   *measure,
               GPtrArray       *diagnostics)
{
  for (guint i = 0; i < measure->tools->len; i++)
    {
      LacunaToolRef *ref = g_ptr_array_index (measure->tools, i);

      ref->tool = lacuna_catalog_find_tool (catalog, ref->tool_id);
      if (ref->tool == NULL)
        {
          g_autofree char *message = g_strdup_printf (
              _("Measure “%s” refers to the unknown tool “%s”; tools are defined in tools.xml."),
              measure->id, ref->tool_id);
          report_at (diagnostics, framework, ref->pos, message);
        }
    }
}

static void
add_unique (GPtrArray *array,
            gpointer   item)
{
  if (!g_ptr_array_find (array, item, NULL))
    g_ptr_array_add (array, item);
}

static void
resolve_links (LacunaCatalog   *catalog,
               LacunaFramework *framework,
               LacunaMeasure   *measure,
               GPtrArray       *diagnostics)
{
  for (guint i = 0; i < measure->enables->len; i++)
    {
      LacunaMeasureRef *ref = g_ptr_array_index (measure->enables, i);
      LacunaMeasure *target = lacuna_catalog_find_measure (catalog, ref->measure_id);
      g_autofree char *message = NULL;

      if (target == NULL)
        message = g_strdup_printf (_("Measure “%s” enables the unknown measure “%s”."),
                                   measure->id, ref->measure_id);
      else if (lacuna_measure_get_framework (target) != framework)
        message = g_strdup_printf (
            _("Measure “%s” enables “%s”, which belongs to another framework; use <related> across frameworks."),
            measure->id, ref->measure_id);
      else
        {
          ref->measure = target;
          add_unique (target->enabled_by, measure);
        }
      if (message != NULL)
        report_at (diagnostics, framework, ref->pos, message);
    }

  for (guint i = 0; i < measure->related_refs->len; i++)
    {
      LacunaMeasureRef *ref = g_ptr_array_index (measure->related_refs, i);
      LacunaMeasure *target = lacuna_catalog_find_measure (catalog, ref->measure_id);
      g_autofree char *message = NULL;

      if (target == NULL)
        message = g_strdup_printf (_("Measure “%s” is related to the unknown measure “%s”."),
                                   measure->id, ref->measure_id);
      else if (lacuna_measure_get_framework (target) == framework)
        message = g_strdup_printf (
            _("Measure “%s” is related to “%s” of the same framework; <related> links the two frameworks, <enables> orders measures within one."),
            measure->id, ref->measure_id);
      else
        {
          ref->measure = target;
          add_unique (measure->related, target);
          add_unique (target->related, measure);
        }
      if (message != NULL)
        report_at (diagnostics, framework, ref->pos, message);
    }
}

typedef enum {
  VISIT_NEW = 0,
  VISIT_ACTIVE,
  VISIT_DONE,
} VisitState;

/* Depth-first search over enables edges; an edge back to a measure still on
 * the path closes a cycle, reported where that edge is written. */
static void
visit_enables (LacunaFramework *framework,
               LacunaMeasure   *measure,
               GHashTable      *states,
               GPtrArray       *path,
               GPtrArray       *diagnostics)
{
  g_hash_table_insert (states, measure, GINT_TO_POINTER (VISIT_ACTIVE));
  g_ptr_array_add (path, measure);

  for (guint i = 0; i < measure->enables->len; i++)
    {
      LacunaMeasureRef *ref = g_ptr_array_index (measure->enables, i);
      VisitState state;

      if (ref->measure == NULL)
        continue;
      state = GPOINTER_TO_INT (g_hash_table_lookup (states, ref->measure));
      if (state == VISIT_NEW)
        visit_enables (framework, ref->measure, states, path, diagnostics);
      else if (state == VISIT_ACTIVE)
        {
          GString *cycle = g_string_new (NULL);
          g_autofree char *message = NULL;
          guint start = 0;

          g_ptr_array_find (path, ref->measure, &start);
          for (guint j = start; j < path->len; j++)
            g_string_append_printf (cycle, "%s → ", ((LacunaMeasure *) g_ptr_array_index (path, j))->id);
          g_string_append (cycle, ref->measure->id);
          message = g_strdup_printf (_("The prerequisites (<enables>) form a cycle: %s. A measure cannot depend on itself."),
                                     cycle->str);
          report_at (diagnostics, framework, ref->pos, message);
          g_string_free (cycle, TRUE);
        }
    }

  g_ptr_array_remove_index (path, path->len - 1);
  g_hash_table_insert (states, measure, GINT_TO_POINTER (VISIT_DONE));
}

static void
check_enables_cycles (LacunaFramework *framework,
                      GPtrArray       *diagnostics)
{
  g_autoptr(GHashTable) states = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (guint i = 0; i < framework->measures->len; i++)
    {
      LacunaMeasure *measure = g_ptr_array_index (framework->measures, i);

      if (!g_hash_table_contains (states, measure))
        visit_enables (framework, measure, states, path, diagnostics);
    }
}

/* Frameworks are listed by the year UNODC published them, not by file
 * name: the Trafficking in Persons Framework (2009) comes first. */
static int
compare_frameworks (gconstpointer a,
                    gconstpointer b)
{
  const LacunaFramework *first = *(const LacunaFramework *const *) a;
  const LacunaFramework *second = *(const LacunaFramework *const *) b;
  int by_year = g_strcmp0 (first->year, second->year);

  return by_year != 0 ? by_year : g_strcmp0 (first->id, second->id);
}

gboolean
lacuna_catalog_resolve (LacunaCatalog *catalog,
                        GPtrArray     *diagnostics)
{
  guint errors_before;

  g_return_val_if_fail (catalog != NULL, FALSE);
  g_return_val_if_fail (!catalog->resolved, FALSE);

  errors_before = diagnostics->len;
  g_ptr_array_sort (catalog->frameworks, compare_frameworks);

  for (guint f = 0; f < catalog->frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (catalog->frameworks, f);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);

          resolve_legal_basis (catalog, framework, measure, diagnostics);
          resolve_tools (catalog, framework, measure, diagnostics);
          resolve_links (catalog, framework, measure, diagnostics);
        }
    }

  for (guint f = 0; f < catalog->frameworks->len; f++)
    check_enables_cycles (g_ptr_array_index (catalog->frameworks, f), diagnostics);

  catalog->resolved = TRUE;
  return diagnostics->len == errors_before;
}
