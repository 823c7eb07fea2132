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

char *
lacuna_language_current_tag (void)
{
  LacunaMessageCatalog *catalog = lacuna_message_catalog_get_thread_default ();
  g_autofree char *from_header = NULL;
  const char *language = NULL;
  char *tag;

  if (catalog != NULL)
    language = lacuna_message_catalog_get_language (catalog);
  else
    {
      /* A catalogue's header (the translation of "") names its language:
       * the one the text really is in, whatever the locale asked for. */
      const char *header = g_dgettext (GETTEXT_PACKAGE, "");
      const char *field = header != NULL ? strstr (header, "Language: ") : NULL;

      if (field != NULL)
        language = from_header = g_strndup (field + strlen ("Language: "), strcspn (field, "\n") - strlen ("Language: "));
    }
  if (language == NULL || *language == '\0' || g_str_equal (language, "C") || g_str_equal (language, "POSIX"))
    return g_strdup ("en");
  tag = g_strndup (language, strcspn (language, ".@"));
  g_strdelimit (tag, "_", '-');
  return tag;
}
