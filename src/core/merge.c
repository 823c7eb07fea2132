/* merge.c — combining contributions made on copies of one assessment
 *
 * Ministries often work on copies of the same assessment, offline. Every
 * history row carries an id, and copies share the rows written before they
 * parted. So the rows one copy has and the other lacks are exactly what it
 * changed since: a measure changed only in the other copy is taken as it
 * is there; a measure changed in both, to different results, is a conflict
 * left for a person (or settled by an explicit choice). Nothing is
 * overwritten silently.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "merge.h"
#include "store-private.h"

void
lacuna_merge_conflict_free (LacunaMergeConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->entity);
  g_free (conflict->key);
  g_free (conflict->label);
  g_free (conflict->mine);
  g_free (conflict->theirs);
  g_free (conflict->mine_by);
  g_free (conflict->theirs_by);
  g_free (conflict);
}

void
lacuna_merge_report_free (LacunaMergeReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->conflicts);
  g_free (report);
}

char *
lacuna_merge_conflict_id (const LacunaMergeConflict *conflict)
{
  return g_strdup_printf ("%s:%s", conflict->entity, conflict->key);
}

/* What a merge decides about: one answer, participant or instrument, or one
 * detail of the assessment. */
typedef struct {
  char      *entity;
  char      *key;
  GPtrArray *their_rows;   /* LacunaHistoryEntry*, borrowed */
} Item;

static void
item_free (Item *item)
{
  g_free (item->entity);
  g_free (item->key);
  g_ptr_array_unref (item->their_rows);
  g_free (item);
}

/* Details are decided field by field; everything else as a whole. */
static char *
item_id (const LacunaHistoryEntry *entry,
         char                    **entity,
         char                    **key)
{
  if (g_str_equal (entry->entity, "assessment"))
    {
      *entity = g_strdup ("assessment");
      *key = g_strdup (entry->field);
    }
  else
    {
      *entity = g_strdup (entry->entity);
      *key = g_strdup (entry->key);
    }
  return g_strdup_printf ("%s:%s", *entity, *key);
}

static gboolean
participants_equal (const LacunaParticipant *a,
                    const LacunaParticipant *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->institution, b->institution) == 0 &&
         g_strcmp0 (a->role, b->role) == 0 && g_strcmp0 (a->contact, b->contact) == 0 &&
         g_strv_equal ((const char *const *) a->pillars, (const char *const *) b->pillars);
}

static gboolean
instruments_equal (const LacunaNationalInstrument *a,
                   const LacunaNationalInstrument *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->type == b->type && a->status == b->status && a->confidential == b->confidential &&
         g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->article, b->article) == 0 &&
         g_strcmp0 (a->adopted, b->adopted) == 0 && g_strcmp0 (a->reference, b->reference) == 0 &&
         g_strv_equal ((const char *const *) a->measures, (const char *const *) b->measures);
}

static LacunaParticipant *
find_participant (LacunaStore *store,
                  const char  *uuid)
{
  g_autoptr(GPtrArray) all = lacuna_store_list_participants (store);

  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((LacunaParticipant *) g_ptr_array_index (all, i))->uuid, uuid))
      return g_ptr_array_steal_index (all, i);
  return NULL;
}

static char *
describe_answer (LacunaStore        *store,
                 const LacunaAnswer *answer)
{
  if (answer->not_applicable)
    return g_strdup_printf (_("not applicable (%s)"), answer->na_reason);
  return g_strdup_printf (_("legal basis %s, practice %s%s"), lacuna_level_to_string (answer->law),
                          lacuna_level_to_string (answer->practice),
                          answer->notes != NULL || answer->evidence != NULL ? _(", with notes or evidence") : "");
}

/* Compares the two copies' current state of one item; fills in the
 * conflict's descriptions when they differ. */
static gboolean
states_equal (LacunaStore         *store,
              LacunaStore         *other,
              const Item          *item,
              LacunaMergeConflict *conflict)
{
  if (g_str_equal (item->entity, "answer"))
    {
      g_autoptr(LacunaAnswer) mine = lacuna_store_get_answer (store, item->key);
      g_autoptr(LacunaAnswer) theirs = lacuna_store_get_answer (other, item->key);
      LacunaMeasure *measure = lacuna_catalog_find_measure (lacuna_store_get_catalog (store), item->key);

      if (lacuna_answer_equal (mine, theirs))
        return TRUE;
      conflict->label = g_strdup_printf ("%s — %s", item->key, measure != NULL ? measure->title : "");
      conflict->mine = describe_answer (store, mine);
      conflict->theirs = describe_answer (other, theirs);
      conflict->mine_by = g_strdup (mine->changed_by);
      conflict->theirs_by = g_strdup (theirs->changed_by);
      return FALSE;
    }
  if (g_str_equal (item->entity, "participant"))
    {
      g_autoptr(LacunaParticipant) mine = find_participant (store, item->key);
      g_autoptr(LacunaParticipant) theirs = find_participant (other, item->key);

      if (participants_equal (mine, theirs))
        return TRUE;
      conflict->label = g_strdup_printf (_("participant %s"), mine != NULL ? mine->name : theirs->name);
      conflict->mine = mine != NULL ? g_strdup_printf ("%s, %s", mine->name, mine->institution ? mine->institution : "")
                                    : g_strdup (_("removed"));
      conflict->theirs = theirs != NULL ? g_strdup_printf ("%s, %s", theirs->name,
                                                           theirs->institution ? theirs->institution : "")
                                        : g_strdup (_("removed"));
      return FALSE;
    }
  if (g_str_equal (item->entity, "instrument"))
    {
      g_autoptr(LacunaNationalInstrument) mine = lacuna_store_get_instrument (store, item->key);
      g_autoptr(LacunaNationalInstrument) theirs = lacuna_store_get_instrument (other, item->key);

      if (instruments_equal (mine, theirs))
        return TRUE;
      conflict->label = g_strdup_printf (_("instrument %s"), mine != NULL ? mine->title : theirs->title);
      conflict->mine = mine != NULL ? g_strdup_printf ("%s (%s)", mine->title,
                                                       lacuna_instrument_status_to_string (mine->status))
                                    : g_strdup (_("removed"));
      conflict->theirs = theirs != NULL ? g_strdup_printf ("%s (%s)", theirs->title,
                                                           lacuna_instrument_status_to_string (theirs->status))
                                        : g_strdup (_("removed"));
      return FALSE;
    }
  if (g_str_equal (item->entity, "assessment"))
    {
      LacunaDetail detail;
      g_autoptr(LacunaAssessmentDetails) mine = lacuna_store_get_details (store);
      g_autoptr(LacunaAssessmentDetails) theirs = lacuna_store_get_details (other);

      if (!lacuna_detail_from_string (item->key, &detail) ||
          g_strcmp0 (mine->values[detail], theirs->values[detail]) == 0)
        return TRUE;
      conflict->label = g_strdup_printf (_("assessment %s"), item->key);
      conflict->mine = g_strdup (mine->values[detail] != NULL ? mine->values[detail] : "");
      conflict->theirs = g_strdup (theirs->values[detail] != NULL ? theirs->values[detail] : "");
      return FALSE;
    }
  return TRUE;
}

/* Makes this copy's item what it is in the other copy, without history:
 * the other copy's rows, imported alongside, tell how it got there. */
static gboolean
take_theirs (LacunaStore  *store,
             LacunaStore  *other,
             const Item   *item,
             GError      **error)
{
  if (g_str_equal (item->entity, "answer"))
    {
      g_autoptr(LacunaAnswer) theirs = lacuna_store_get_answer (other, item->key);
      return lacuna_store_restore_answer (store, theirs, error);
    }
  if (g_str_equal (item->entity, "participant"))
    {
      g_autoptr(LacunaParticipant) theirs = find_participant (other, item->key);
      return theirs != NULL ? lacuna_store_restore_participant (store, theirs, error)
                            : lacuna_store_delete_item (store, "participant", item->key, error);
    }
  if (g_str_equal (item->entity, "instrument"))
    {
      g_autoptr(LacunaNationalInstrument) theirs = lacuna_store_get_instrument (other, item->key);
      return theirs != NULL ? lacuna_store_restore_instrument (store, theirs, error)
                            : lacuna_store_delete_item (store, "instrument", item->key, error);
    }
  if (g_str_equal (item->entity, "assessment"))
    {
      LacunaDetail detail;
      g_autoptr(LacunaAssessmentDetails) theirs = lacuna_store_get_details (other);

      if (!lacuna_detail_from_string (item->key, &detail))
        return TRUE;
      return lacuna_store_restore_detail (store, detail, theirs->values[detail], error);
    }
  return TRUE;
}

/* Keeping this copy's version after importing the other's rows: a row of
 * our own closes the timeline, so it ends with what was kept and why. */
static gboolean
keep_mine (LacunaStore  *store,
           const Item   *item,
           const char   *by,
           GError      **error)
{
  g_autofree char *now = lacuna_store_now ();

  return lacuna_store_record_change (store, now, by, item->entity, item->key, "merge",
                                     _("conflict with another copy"), _("this copy’s version kept"), error);
}

static gboolean
import_rows (LacunaStore  *store,
             const Item   *item,
             GError      **error)
{
  for (guint i = 0; i < item->their_rows->len; i++)
    if (!lacuna_store_restore_history (store, g_ptr_array_index (item->their_rows, i), error))
      return FALSE;
  return TRUE;
}

/* The merge itself, in one transaction that is committed, or rolled back
 * when only a preview was asked for. */
static LacunaMergeReport *
merge (LacunaStore  *store,
       const char   *other_path,
       GHashTable   *choices,
       const char   *by,
       gboolean      commit,
       GError      **error)
{
  g_autoptr(LacunaStore) other = NULL;
  g_autoptr(LacunaAssessmentDetails) mine_details = NULL;
  g_autoptr(LacunaAssessmentDetails) their_details = NULL;
  g_autoptr(GPtrArray) mine_history = NULL;
  g_autoptr(GPtrArray) their_history = NULL;
  g_autoptr(GHashTable) mine_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) their_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) changed_here = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) items_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_autofree char *mine_versions = NULL;
  g_autofree char *their_versions = NULL;
  g_autoptr(LacunaMergeReport) report = g_new0 (LacunaMergeReport, 1);

  report->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_merge_conflict_free);

  other = lacuna_store_open (other_path, LACUNA_STORE_OPEN_READ_ONLY, error);
  if (other == NULL)
    return NULL;

  mine_details = lacuna_store_get_details (store);
  their_details = lacuna_store_get_details (other);
  if (g_strcmp0 (mine_details->uuid, their_details->uuid) != 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_DIFFERENT_ASSESSMENT,
                   _("“%s” is not a copy of this assessment (“%s”), so the two cannot be merged. To compare them, use “compare”."),
                   other_path, mine_details->values[LACUNA_DETAIL_TITLE]);
      return NULL;
    }
  mine_versions = lacuna_catalog_describe_versions (lacuna_store_get_catalog (store));
  their_versions = lacuna_catalog_describe_versions (lacuna_store_get_catalog (other));
  if (g_strcmp0 (mine_versions, their_versions) != 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("The two copies use different framework versions (%s here, %s there). Upgrade both to the same version first."),
                   mine_versions, their_versions);
      return NULL;
    }

  mine_history = lacuna_store_list_history (store, NULL, NULL);
  their_history = lacuna_store_list_history (other, NULL, NULL);
  for (guint i = 0; i < mine_history->len; i++)
    g_hash_table_add (mine_ids, ((LacunaHistoryEntry *) g_ptr_array_index (mine_history, i))->uuid);
  for (guint i = 0; i < their_history->len; i++)
    g_hash_table_add (their_ids, ((LacunaHistoryEntry *) g_ptr_array_index (their_history, i))->uuid);

  for (guint i = 0; i < mine_history->len; i++)
    {
      LacunaHistoryEntry *entry = g_ptr_array_index (mine_history, i);
      g_autofree char *entity = NULL, *key = NULL;

      if (!g_hash_table_contains (their_ids, entry->uuid))
        g_hash_table_add (changed_here, item_id (entry, &entity, &key));
    }

  /* The other copy's new rows, grouped by what they change, in order. */
  for (guint i = 0; i < their_history->len; i++)
    {
      LacunaHistoryEntry *entry = g_ptr_array_index (their_history, i);
      g_autofree char *entity = NULL, *key = NULL;
      g_autofree char *id = NULL;
      Item *item;

      if (g_hash_table_contains (mine_ids, entry->uuid))
        continue;
      id = item_id (entry, &entity, &key);
      item = g_hash_table_lookup (items_by_id, id);
      if (item == NULL)
        {
          item = g_new0 (Item, 1);
          item->entity = g_steal_pointer (&entity);
          item->key = g_steal_pointer (&key);
          item->their_rows = g_ptr_array_new ();
          g_ptr_array_add (items, item);
          g_hash_table_insert (items_by_id, g_steal_pointer (&id), item);
        }
      g_ptr_array_add (item->their_rows, entry);
    }

  if (!lacuna_store_begin_batch (store, error))
    return NULL;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      g_autofree char *id = g_strdup_printf ("%s:%s", item->entity, item->key);
      LacunaMergeConflict *conflict = g_new0 (LacunaMergeConflict, 1);
      LacunaMergeChoice choice = choices != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (choices, id))
                                                 : LACUNA_MERGE_ASK;
      gboolean ok = TRUE;

      conflict->entity = g_strdup (item->entity);
      conflict->key = g_strdup (item->key);

      if (!g_hash_table_contains (changed_here, id))
        {
          ok = take_theirs (store, other, item, error) && import_rows (store, item, error);
          report->taken++;
          lacuna_merge_conflict_free (conflict);
        }
      else if (states_equal (store, other, item, conflict))
        {
          /* Both copies came to the same answer. */
          ok = import_rows (store, item, error);
          lacuna_merge_conflict_free (conflict);
        }
      else if (choice == LACUNA_MERGE_TAKE_THEIRS)
        {
          ok = import_rows (store, item, error) && take_theirs (store, other, item, error);
          report->resolved++;
          lacuna_merge_conflict_free (conflict);
        }
      else if (choice == LACUNA_MERGE_KEEP_MINE)
        {
          ok = import_rows (store, item, error) && keep_mine (store, item, by, error);
          report->resolved++;
          lacuna_merge_conflict_free (conflict);
        }
      else
        g_ptr_array_add (report->conflicts, conflict);

      if (!ok)
        {
          g_prefix_error (error, _("Merging %s: "), id);
          lacuna_store_end_batch (store, FALSE, NULL);
          return NULL;
        }
    }

  if (!lacuna_store_end_batch (store, commit, error))
    return NULL;
  return g_steal_pointer (&report);
}

LacunaMergeReport *
lacuna_store_merge (LacunaStore  *store,
                    const char   *other_path,
                    GHashTable   *choices,
                    const char   *by,
                    GError      **error)
{
  return merge (store, other_path, choices, by, TRUE, error);
}

/* Running the real merge and rolling it back, rather than a second,
 * read-only walk through the histories, guarantees that the preview is
 * exactly what the merge will do. */
LacunaMergeReport *
lacuna_store_merge_preview (LacunaStore  *store,
                            const char   *other_path,
                            GHashTable   *choices,
                            GError      **error)
{
  return merge (store, other_path, choices, g_get_real_name (), FALSE, error);
}
