/* message-catalog.h — a compiled translation catalogue read on its own,
 * apart from the process's gettext language
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LACUNA_MESSAGE_CATALOG_ERROR (lacuna_message_catalog_error_quark ())

typedef enum {
  LACUNA_MESSAGE_CATALOG_ERROR_UNKNOWN_LANGUAGE,  /* no catalogue for that language */
  LACUNA_MESSAGE_CATALOG_ERROR_INVALID_NAME,      /* not a language name at all */
  LACUNA_MESSAGE_CATALOG_ERROR_CORRUPT,           /* the .mo file is damaged */
  LACUNA_MESSAGE_CATALOG_ERROR_PLURAL,            /* a Plural-Forms expression we refuse */
} LacunaMessageCatalogError;

typedef struct _LacunaMessageCatalog LacunaMessageCatalog;

typedef struct {
  char *code;   /* "fr", "zh_CN", "en" */
  char *name;   /* in its own language: "Français", "中文（简体）" */
} LacunaReportLanguage;

GQuark                lacuna_message_catalog_error_quark (void);

/* Opens the catalogue of language found in locale_dir (NULL: the installed
 * one, or LACUNA_LOCALE_DIR). language is a locale name such as "fr",
 * "ar_EG.UTF-8" or "zh-CN"; the variants are tried in gettext's order
 * (ar_EG.UTF-8, ar_EG, ar.UTF-8, ar). "en", "C" and "POSIX" give a
 * catalogue without messages: the source text. */
LacunaMessageCatalog *lacuna_message_catalog_open      (const char  *language,
                                                        const char  *locale_dir,
                                                        GError     **error);
/* Reads one .mo file; language is only recorded. */
LacunaMessageCatalog *lacuna_message_catalog_open_file (const char  *path,
                                                        const char  *language,
                                                        GError     **error);
LacunaMessageCatalog *lacuna_message_catalog_ref       (LacunaMessageCatalog *catalog);
void                  lacuna_message_catalog_unref     (LacunaMessageCatalog *catalog);

/* The language asked for, as given to lacuna_message_catalog_open. */
const char           *lacuna_message_catalog_get_language (const LacunaMessageCatalog *catalog);

/* Lookups return the translation, or the source text when there is none;
 * the result lives as long as the catalogue or the source text. */
const char *lacuna_message_catalog_gettext  (const LacunaMessageCatalog *catalog,
                                             const char                 *msgid);
/* context_msgid is "context\004msgid"; msgid_offset is where msgid starts. */
const char *lacuna_message_catalog_pgettext (const LacunaMessageCatalog *catalog,
                                             const char                 *context_msgid,
                                             gsize                       msgid_offset);
const char *lacuna_message_catalog_ngettext (const LacunaMessageCatalog *catalog,
                                             const char                 *singular,
                                             const char                 *plural,
                                             gulong                      n);

/* The catalogue that the core's _() uses in the calling thread, or NULL
 * for the process's gettext catalogue. Pushing makes catalog the thread's
 * (holding a reference) until the matching pop, which restores the one
 * before, as g_main_context_push_thread_default does. */
LacunaMessageCatalog *lacuna_message_catalog_get_thread_default  (void);
void                  lacuna_message_catalog_push_thread_default (LacunaMessageCatalog *catalog);
void                  lacuna_message_catalog_pop_thread_default  (LacunaMessageCatalog *catalog);

/* The languages a report can be written in: every language with an
 * installed catalogue, and English, sorted by code. Elements are
 * LacunaReportLanguage. locale_dir NULL means the installed one. */
GPtrArray  *lacuna_report_languages_list      (const char *locale_dir);
void        lacuna_report_language_free       (LacunaReportLanguage *language);
/* The name of a language in that language, or NULL when not known. */
const char *lacuna_language_autonym           (const char *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaMessageCatalog, lacuna_message_catalog_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaReportLanguage, lacuna_report_language_free)

G_END_DECLS
