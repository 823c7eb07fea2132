/* merge.h — combining contributions made on copies of one assessment
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store.h"

G_BEGIN_DECLS

typedef enum {
  LACUNA_MERGE_ASK,          /* leave a conflict for a person to decide */
  LACUNA_MERGE_KEEP_MINE,
  LACUNA_MERGE_TAKE_THEIRS,
} LacunaMergeChoice;

/* The same thing changed in both copies since they parted, differently. */
typedef struct {
  char *entity;     /* "answer", "participant", "instrument", "assessment" */
  char *key;        /* measure id, uuid, or detail name */
  char *label;      /* for people: "TIP-P1-01 — Stand-alone offence…" */
  char *mine;       /* what this copy says, in short */
  char *theirs;     /* what the other copy says */
  char *mine_by;    /* who last changed it here */
  char *theirs_by;  /* and there */
} LacunaMergeConflict;

typedef struct {
  guint      taken;      /* things changed only in the other copy, now taken */
  guint      resolved;   /* conflicts settled by a choice */
  GPtrArray *conflicts;  /* LacunaMergeConflict*, left for a person */
} LacunaMergeReport;

/* Choices are keyed "entity:key", as lacuna_merge_conflict_id() gives. */
LacunaMergeReport *lacuna_store_merge            (LacunaStore       *store,
                                                  const char        *other_path,
                                                  GHashTable        *choices,
                                                  const char        *by,
                                                  GError           **error);
/* What lacuna_store_merge() would do with these choices, without writing
 * anything: the counts and the conflicts it would leave. Like the merge,
 * it needs the store to be writable. */
LacunaMergeReport *lacuna_store_merge_preview    (LacunaStore       *store,
                                                  const char        *other_path,
                                                  GHashTable        *choices,
                                                  GError           **error);
char              *lacuna_merge_conflict_id      (const LacunaMergeConflict *conflict);
void               lacuna_merge_conflict_free    (LacunaMergeConflict *conflict);
void               lacuna_merge_report_free      (LacunaMergeReport   *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaMergeReport, lacuna_merge_report_free)

G_END_DECLS
