/* language.c — facts about the languages a report can be written in
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "language.h"
#include "message-catalog.h"

gboolean
lacuna_language_is_rtl (const char *language)
{
  /* Languages whose usual script is Arabic, Hebrew, Syriac or Thaana. */
  static const char *const rtl_languages[] = {
    "ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "syr", "ug", "ur", "yi",
  };
  size_t length;

  if (language == NULL)
    {
      LacunaMessageCatalog *catalog = lacuna_message_catalog_get_thread_default ();
      language = catalog != NULL ? lacuna_message_catalog_get_language (catalog) : g_get_language_names ()[0];
    }
  length = strcspn (language, "_-.@");
  for (guint i = 0; i < G_N_ELEMENTS (rtl_languages); i++)
    if (strlen (rtl_languages[i]) == length && strncmp (language, rtl_languages[i], length) == 0)
      return TRUE;
  return FALSE;
}
