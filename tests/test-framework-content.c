/* test-framework-content.c — invariants of the frameworks Lacuna ships
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "framework-loader.h"

static LacunaCatalog *shipped;

typedef struct {
  const char *article;
  const char *paragraph;  /* NULL: the whole article */
} Duty;

/* The mandatory duties of the Protocols' operative articles, as tallied in
 * the domain specification §3 (TIP arts 5–13, SOM arts 5–18). Listed here
 * rather than read from the data, so that weakening a level in the data
 * cannot make a duty disappear from the check. */
static const Duty tip_duties[] = {
  { "5", "1" }, { "5", "2(b)" }, { "5", "2(c)" }, { "6", "2(a)" }, { "6", "2(b)" }, { "6", "4" },
  { "6", "6" }, { "8", "1" }, { "8", "2" }, { "8", "3" }, { "8", "4" }, { "9", "1" }, { "9", "4" },
  { "9", "5" }, { "10", "2" }, { "10", "3" }, { "11", "4" }, { "13", NULL },
};

static const Duty som_duties[] = {
  { "5", NULL }, { "6", "1(a)" }, { "6", "1(b)(i)" }, { "6", "1(b)(ii)" }, { "6", "1(c)" }, { "6", "2(b)" },
  { "6", "2(c)" }, { "6", "3" }, { "8", "3" }, { "8", "4" }, { "8", "5" }, { "8", "6" }, { "8", "7" },
  { "9", "1" }, { "9", "2" }, { "9", "3" }, { "9", "4" }, { "10", "1" }, { "10", "2" }, { "11", "4" },
  { "13", NULL }, { "14", "1" }, { "14", "2" }, { "15", "1" }, { "15", "2" }, { "16", "1" }, { "16", "2" },
  { "16", "3" }, { "16", "4" }, { "16", "5" }, { "18", "1" }, { "18", "3" }, { "18", "4" }, { "18", "5" },
};

static LacunaProvision *
find_provision (const char *instrument_id,
                const Duty *duty)
{
  LacunaInstrument *instrument = lacuna_catalog_find_instrument (shipped, instrument_id);

  g_assert_nonnull (instrument);
  for (guint i = 0; i < instrument->provisions->len; i++)
    {
      LacunaProvision *provision = g_ptr_array_index (instrument->provisions, i);

      if (g_str_equal (provision->article, duty->article) &&
          g_strcmp0 (provision->paragraph, duty->paragraph) == 0)
        return provision;
    }
  return NULL;
}

static gboolean
is_cited (const LacunaProvision *provision)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (shipped);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);

          for (guint r = 0; r < measure->legal_basis->len; r++)
            {
              LacunaLegalRef *ref = g_ptr_array_index (measure->legal_basis, r);
              if (g_ptr_array_find (ref->provisions, provision, NULL))
                return TRUE;
            }
        }
    }
  return FALSE;
}

static void
check_duties (const char *instrument_id,
              const Duty *duties,
              gsize       n_duties)
{
  for (gsize i = 0; i < n_duties; i++)
    {
      LacunaProvision *provision = find_provision (instrument_id, &duties[i]);

      if (provision == NULL)
        g_error ("%s art. %s paragraph %s is missing from legal-instruments.xml", instrument_id,
                 duties[i].article, duties[i].paragraph != NULL ? duties[i].paragraph : "(whole)");
      g_assert_cmpint (provision->level, ==, LACUNA_PROVISION_MANDATORY);
      if (!is_cited (provision))
        g_error ("%s art. %s paragraph %s is mandatory but no measure cites it", instrument_id,
                 duties[i].article, duties[i].paragraph != NULL ? duties[i].paragraph : "(whole)");
    }
}

static void
test_tip_mandatory_duties_covered (void)
{
  check_duties ("TIPP", tip_duties, G_N_ELEMENTS (tip_duties));
}

static void
test_som_mandatory_duties_covered (void)
{
  check_duties ("SOMP", som_duties, G_N_ELEMENTS (som_duties));
}

/* Beyond the tally: any provision the data marks mandatory in the
 * operative articles must be cited too. */
static void
test_every_mandatory_operative_provision_cited (void)
{
  struct { const char *id; int first, last; } ranges[] = { { "TIPP", 5, 13 }, { "SOMP", 5, 18 } };

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      LacunaInstrument *instrument = lacuna_catalog_find_instrument (shipped, ranges[r].id);

      for (guint i = 0; i < instrument->provisions->len; i++)
        {
          LacunaProvision *provision = g_ptr_array_index (instrument->provisions, i);
          int article = atoi (provision->article);

          if (article < ranges[r].first || article > ranges[r].last ||
              provision->level != LACUNA_PROVISION_MANDATORY)
            continue;
          if (!is_cited (provision))
            g_error ("%s art. %s(%s) is mandatory but no measure cites it", ranges[r].id, provision->article,
                     provision->paragraph != NULL ? provision->paragraph : "");
        }
    }
}

static void
check_counts (const char  *id,
              guint        expected_total,
              const guint *expected_per_pillar)
{
  LacunaFramework *framework = lacuna_catalog_find_framework (shipped, id);

  g_assert_nonnull (framework);
  g_assert_cmpuint (framework->pillars->len, ==, 5);
  g_assert_cmpuint (framework->measures->len, ==, expected_total);
  for (guint p = 0; p < 5; p++)
    g_assert_cmpuint (lacuna_pillar_count_measures (g_ptr_array_index (framework->pillars, p)), ==,
                      expected_per_pillar[p]);
}

static void
test_measure_counts (void)
{
  static const guint tip[] = { 22, 17, 12, 10, 13 };
  static const guint som[] = { 14, 10, 10, 6, 10 };

  g_assert_cmpuint (lacuna_catalog_get_frameworks (shipped)->len, ==, 2);
  check_counts ("tip", 74, tip);
  check_counts ("som", 50, som);
}

static void
test_every_measure_is_complete (void)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (shipped);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          gboolean good_practice = measure->obligation == LACUNA_OBLIGATION_GOOD_PRACTICE ||
                                   measure->obligation == LACUNA_OBLIGATION_GOOD_PRACTICE_CORE;

          g_assert_nonnull (measure->recommendation);
          g_assert_cmpuint (strlen (measure->recommendation), >, 20);
          g_assert_cmpuint (measure->questions->len, >=, 2);
          if (measure->legal_basis->len == 0 && !good_practice)
            g_error ("%s has neither a legal basis nor a good-practice level", measure->id);
        }
    }
}

static void
add_id (GHashTable *ids,
        const char *id)
{
  if (!g_hash_table_add (ids, (gpointer) id))
    g_error ("id %s is used twice", id);
}

static void
test_ids_unique_across_files (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (shipped);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      add_id (ids, framework->id);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);

          add_id (ids, pillar->id);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaArea *area = g_ptr_array_index (pillar->areas, a);

              add_id (ids, area->id);
              for (guint m = 0; m < area->measures->len; m++)
                add_id (ids, ((LacunaMeasure *) g_ptr_array_index (area->measures, m))->id);
            }
        }
    }
  /* add_id() fails on a repeat; the index must hold every measure too. */
  g_assert_cmpuint (lacuna_catalog_count_measures (shipped), ==, 74 + 50);
}

static gboolean
enables (const char *from,
         const char *to)
{
  LacunaMeasure *measure = lacuna_catalog_find_measure (shipped, from);

  g_assert_nonnull (measure);
  for (guint i = 0; i < measure->enables->len; i++)
    if (g_str_equal (((LacunaMeasureRef *) g_ptr_array_index (measure->enables, i))->measure_id, to))
      return TRUE;
  return FALSE;
}

/* The prerequisite edges of the domain specification §8.5. */
static void
test_enabler_edges (void)
{
  g_assert_true (enables ("TIP-P1-01", "TIP-P1-04"));
  g_assert_true (enables ("TIP-P1-01", "TIP-P5-03"));
  g_assert_true (enables ("TIP-P2-01", "TIP-P2-17"));
  g_assert_true (enables ("TIP-P2-01", "TIP-P1-07"));
  g_assert_true (enables ("TIP-P4-01", "TIP-P2-02"));
  g_assert_true (enables ("TIP-P5-03", "TIP-P5-06"));
  g_assert_true (enables ("SOM-P1-01", "SOM-P1-09"));
  g_assert_true (enables ("SOM-P1-01", "SOM-P5-07"));
  g_assert_true (enables ("SOM-P4-03", "SOM-P5-03"));
  g_assert_true (enables ("SOM-P4-01", "SOM-P4-05"));
}

static void
test_related_links_are_symmetric (void)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (shipped);
  guint links = 0;

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);

          for (guint r = 0; r < measure->related->len; r++)
            {
              LacunaMeasure *other = g_ptr_array_index (measure->related, r);

              g_assert_true (g_ptr_array_find (other->related, measure, NULL));
              g_assert_true (lacuna_measure_get_framework (other) != framework);
              links++;
            }
        }
    }
  g_assert_cmpuint (links, >=, 2 * 20);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  shipped = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/framework-content/measure-counts", test_measure_counts);
  g_test_add_func ("/framework-content/tip-mandatory-duties-covered", test_tip_mandatory_duties_covered);
  g_test_add_func ("/framework-content/som-mandatory-duties-covered", test_som_mandatory_duties_covered);
  g_test_add_func ("/framework-content/mandatory-provisions-cited", test_every_mandatory_operative_provision_cited);
  g_test_add_func ("/framework-content/measures-complete", test_every_measure_is_complete);
  g_test_add_func ("/framework-content/ids-unique", test_ids_unique_across_files);
  g_test_add_func ("/framework-content/enabler-edges", test_enabler_edges);
  g_test_add_func ("/framework-content/related-symmetric", test_related_links_are_symmetric);

  status = g_test_run ();
  lacuna_catalog_unref (shipped);
  return status;
}
