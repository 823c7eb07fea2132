/* store.h — the assessment document (.lacuna): one SQLite file
 *
 * Every edit is committed the moment it is made, in one transaction with
 * its history rows: there is no unsaved state to lose. A store keeps the
 * framework definitions the assessment was made with, so the file opens the
 * same on any machine.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "answer.h"
#include "framework.h"

G_BEGIN_DECLS

#define LACUNA_STORE_ERROR (lacuna_store_error_quark ())

typedef enum {
  LACUNA_STORE_ERROR_NOT_FOUND,
  LACUNA_STORE_ERROR_UNREADABLE,
  LACUNA_STORE_ERROR_EMPTY,
  LACUNA_STORE_ERROR_NOT_SQLITE,
  LACUNA_STORE_ERROR_OTHER_APPLICATION,
  LACUNA_STORE_ERROR_NEWER_VERSION,
  LACUNA_STORE_ERROR_DAMAGED,
  LACUNA_STORE_ERROR_LOCKED,
  LACUNA_STORE_ERROR_READ_ONLY,
  LACUNA_STORE_ERROR_EXISTS,
  LACUNA_STORE_ERROR_INVALID,      /* a value the assessment cannot hold */
  LACUNA_STORE_ERROR_UNKNOWN_MEASURE,
  LACUNA_STORE_ERROR_NOT_FOUND_ITEM,
  LACUNA_STORE_ERROR_DIFFERENT_ASSESSMENT,
  LACUNA_STORE_ERROR_IO,
  LACUNA_STORE_ERROR_DATABASE,     /* SQLite failed; the message says how */
} LacunaStoreError;

/* The schema this build writes; files from older builds are migrated. */
#define LACUNA_STORE_SCHEMA_VERSION 2
/* "LACU" in the SQLite header's application_id, byte offset 68. */
#define LACUNA_STORE_APPLICATION_ID 0x4C414355
/* The file type data/io.github.lacuna.Lacuna.mime.xml.in defines, by the
 * extension and by the application_id above. */
#define LACUNA_STORE_MIME_TYPE "application/x-lacuna-assessment"

typedef enum {
  LACUNA_STORE_OPEN_DEFAULT   = 0,
  LACUNA_STORE_OPEN_READ_ONLY = 1 << 0,  /* never write, even if allowed */
} LacunaStoreOpenFlags;

typedef enum {
  LACUNA_EXERCISE_DRAFT,
  LACUNA_EXERCISE_UNDER_VALIDATION,
  LACUNA_EXERCISE_VALIDATED,
  LACUNA_N_EXERCISE_STATUSES
} LacunaExerciseStatus;

/* Assessment-wide details. Field names are also the keys used in history,
 * export and "lacuna-cli show". */
typedef enum {
  LACUNA_DETAIL_TITLE,
  LACUNA_DETAIL_COUNTRY_CODE,
  LACUNA_DETAIL_COUNTRY_NAME,
  LACUNA_DETAIL_PERIOD_START,
  LACUNA_DETAIL_PERIOD_END,
  LACUNA_DETAIL_LEAD_INSTITUTION,
  LACUNA_DETAIL_LANGUAGE,
  LACUNA_DETAIL_EXERCISE_STATUS,
  LACUNA_DETAIL_VALIDATED_BY,
  LACUNA_DETAIL_VALIDATED_AT,
  LACUNA_N_DETAILS
} LacunaDetail;

typedef struct {
  char                 *uuid;        /* shared by every copy of one assessment */
  char                 *created_at;
  char                 *values[LACUNA_N_DETAILS];
  char                **frameworks;  /* ids in scope, framework order */
  char                 *baseline_uuid;   /* the assessment this one follows, or NULL */
  char                 *baseline_title;
} LacunaAssessmentDetails;

typedef struct {
  char   *uuid;
  char   *name;
  char   *institution;
  char   *role;
  char   *contact;
  char  **pillars;     /* pillar ids the person contributed to */
} LacunaParticipant;

typedef enum {
  LACUNA_NATIONAL_INSTRUMENT_CONSTITUTION,
  LACUNA_NATIONAL_INSTRUMENT_LAW,
  LACUNA_NATIONAL_INSTRUMENT_DECREE,
  LACUNA_NATIONAL_INSTRUMENT_REGULATION,
  LACUNA_NATIONAL_INSTRUMENT_ACTION_PLAN,
  LACUNA_NATIONAL_INSTRUMENT_SOP,
  LACUNA_NATIONAL_INSTRUMENT_BILATERAL_AGREEMENT,
  LACUNA_NATIONAL_INSTRUMENT_MULTILATERAL_AGREEMENT,
  LACUNA_NATIONAL_INSTRUMENT_MOU,
  LACUNA_NATIONAL_INSTRUMENT_OTHER,
  LACUNA_N_NATIONAL_INSTRUMENT_TYPES
} LacunaNationalInstrumentType;

typedef enum {
  LACUNA_INSTRUMENT_IN_FORCE,
  LACUNA_INSTRUMENT_DRAFT,
  LACUNA_INSTRUMENT_REPEALED,
  LACUNA_N_INSTRUMENT_STATUSES
} LacunaInstrumentStatus;

/* An entry of the national register of laws, plans and agreements: the
 * evidence for the legal-basis dimension. */
typedef struct {
  char                         *uuid;
  LacunaNationalInstrumentType  type;
  char                         *title;
  char                         *article;     /* article or section */
  char                         *adopted;     /* ISO date, may be NULL */
  LacunaInstrumentStatus        status;
  char                         *reference;   /* official reference or link */
  gboolean                      confidential;
  char                        **measures;    /* measure ids it supports */
} LacunaNationalInstrument;

/* One row of the history: a change to one field of one thing. */
typedef struct {
  char *uuid;
  char *at;
  char *by;
  char *entity;      /* "assessment", "answer", "participant", "instrument" */
  char *key;         /* detail name, measure id or uuid */
  char *field;
  char *old_value;
  char *new_value;
} LacunaHistoryEntry;

typedef struct _LacunaStore LacunaStore;

GQuark                    lacuna_store_error_quark          (void);

LacunaStore              *lacuna_store_create               (const char                    *path,
                                                             LacunaCatalog                 *catalog,
                                                             const LacunaAssessmentDetails *details,
                                                             const char                    *by,
                                                             GError                       **error);
LacunaStore              *lacuna_store_create_follow_up     (const char                    *path,
                                                             LacunaStore                   *baseline,
                                                             LacunaCatalog                 *catalog,
                                                             LacunaAssessmentDetails       *details,
                                                             const char                    *by,
                                                             GError                       **error);
LacunaStore              *lacuna_store_open                 (const char                    *path,
                                                             LacunaStoreOpenFlags           flags,
                                                             GError                       **error);
void                      lacuna_store_close                (LacunaStore                   *store);

const char               *lacuna_store_get_path             (LacunaStore *store);
gboolean                  lacuna_store_is_read_only         (LacunaStore *store);
const char               *lacuna_store_get_read_only_reason (LacunaStore *store);
LacunaCatalog            *lacuna_store_get_catalog          (LacunaStore *store);
gboolean                  lacuna_store_has_framework        (LacunaStore *store,
                                                             const char  *framework_id);
gboolean                  lacuna_store_is_measure_in_scope  (LacunaStore   *store,
                                                             const LacunaMeasure *measure);

LacunaAssessmentDetails  *lacuna_store_get_details          (LacunaStore  *store);
gboolean                  lacuna_store_set_detail           (LacunaStore  *store,
                                                             LacunaDetail  detail,
                                                             const char   *value,
                                                             const char   *by,
                                                             GError      **error);

LacunaAnswer             *lacuna_store_get_answer           (LacunaStore        *store,
                                                             const char         *measure_id);
GPtrArray                *lacuna_store_list_answers         (LacunaStore        *store);
/* Every stored answer with its levels and not-applicable flag only (no
 * texts), in one query: for lists that show a mark per measure. */
GPtrArray                *lacuna_store_list_answer_levels   (LacunaStore        *store);
gboolean                  lacuna_store_set_answer           (LacunaStore        *store,
                                                             const LacunaAnswer *answer,
                                                             const char         *by,
                                                             GError            **error);

GPtrArray                *lacuna_store_list_participants    (LacunaStore             *store);
gboolean                  lacuna_store_save_participant     (LacunaStore             *store,
                                                             LacunaParticipant       *participant,
                                                             const char              *by,
                                                             GError                 **error);
gboolean                  lacuna_store_remove_participant   (LacunaStore             *store,
                                                             const char              *uuid,
                                                             const char              *by,
                                                             GError                 **error);

GPtrArray                *lacuna_store_list_instruments     (LacunaStore              *store);
LacunaNationalInstrument *lacuna_store_get_instrument       (LacunaStore              *store,
                                                             const char               *uuid);
gboolean                  lacuna_store_save_instrument      (LacunaStore              *store,
                                                             LacunaNationalInstrument *instrument,
                                                             const char               *by,
                                                             GError                  **error);
gboolean                  lacuna_store_remove_instrument    (LacunaStore              *store,
                                                             const char               *uuid,
                                                             const char               *by,
                                                             GError                  **error);
gboolean                  lacuna_store_link_instrument      (LacunaStore              *store,
                                                             const char               *uuid,
                                                             const char               *measure_id,
                                                             gboolean                  linked,
                                                             const char               *by,
                                                             GError                  **error);
GPtrArray                *lacuna_store_list_instruments_for (LacunaStore              *store,
                                                             const char               *measure_id);

GPtrArray                *lacuna_store_list_history         (LacunaStore *store,
                                                             const char  *entity,
                                                             const char  *key);

gboolean                  lacuna_store_save_copy            (LacunaStore  *store,
                                                             const char   *destination,
                                                             GError      **error);

GPtrArray                *lacuna_store_upgrade_frameworks   (LacunaStore   *store,
                                                             LacunaCatalog *installed,
                                                             const char    *by,
                                                             GError       **error);

const char               *lacuna_detail_to_string           (LacunaDetail          detail);
gboolean                  lacuna_detail_from_string         (const char           *text,
                                                             LacunaDetail         *out);
const char               *lacuna_exercise_status_to_string  (LacunaExerciseStatus  status);
gboolean                  lacuna_exercise_status_from_string (const char          *text,
                                                              LacunaExerciseStatus *out);
const char               *lacuna_national_instrument_type_label       (LacunaNationalInstrumentType  type);
const char               *lacuna_instrument_status_label       (LacunaInstrumentStatus  status);
const char               *lacuna_national_instrument_type_to_string   (LacunaNationalInstrumentType  type);
gboolean                  lacuna_national_instrument_type_from_string (const char                   *text,
                                                                       LacunaNationalInstrumentType *out);
const char               *lacuna_instrument_status_to_string   (LacunaInstrumentStatus  status);
gboolean                  lacuna_instrument_status_from_string (const char             *text,
                                                                LacunaInstrumentStatus *out);

LacunaAssessmentDetails  *lacuna_assessment_details_new     (void);
void                      lacuna_assessment_details_free    (LacunaAssessmentDetails  *details);
LacunaParticipant        *lacuna_participant_new            (void);
void                      lacuna_participant_free           (LacunaParticipant        *participant);
LacunaNationalInstrument *lacuna_national_instrument_new    (void);
void                      lacuna_national_instrument_free   (LacunaNationalInstrument *instrument);
void                      lacuna_history_entry_free         (LacunaHistoryEntry       *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaStore, lacuna_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaAssessmentDetails, lacuna_assessment_details_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaParticipant, lacuna_participant_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaNationalInstrument, lacuna_national_instrument_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaHistoryEntry, lacuna_history_entry_free)

G_END_DECLS
