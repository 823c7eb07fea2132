/* message-catalog.c — a compiled translation catalogue read on its own,
 * apart from the process's gettext language
 *
 * gettext keeps one language per process, chosen from the environment and
 * the locale; a report, though, is written in the language its readers
 * need, from a window that stays in the desktop's, and on systems where
 * that language's locale is not even generated. So the report reads the
 * installed lacuna.mo itself. The file is mapped read-only and every
 * offset and length in it is checked against its size before anything is
 * used, so that a damaged file is an error, not a crash: after loading, the
 * catalogue never changes and can be shared between threads.
 *
 * GNU MO format: a header of seven 32-bit words (magic 0x950412de, in the
 * byte order of the machine that wrote it; revision; number of strings;
 * offsets of the table of originals and of translations; hash table size
 * and offset), then two tables of (length, offset) pairs. Each string is
 * NUL-terminated after its length; a plural entry holds its forms one
 * after the other, separated by NULs; a message with a context is keyed
 * "context\004msgid".
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "i18n-private.h"
#include "message-catalog.h"
#include "paths.h"
#include "plural-rule.h"

#define MO_MAGIC 0x950412deU
#define MO_HEADER_SIZE 28
/* gettext's own limit is far lower in practice; this only keeps a bogus
 * header from asking for absurd numbers of forms. */
#define MAX_PLURAL_FORMS 16

G_DEFINE_QUARK (lacuna-message-catalog-error-quark, lacuna_message_catalog_error)

typedef struct {
  const char *text;
  guint32     length;   /* without the final NUL; plural forms are NUL-separated within */
} Translation;

struct _LacunaMessageCatalog {
  gatomicrefcount   ref_count;
  char             *language;
  GMappedFile      *file;          /* NULL for the source language */
  GHashTable       *messages;      /* msgid in the file → Translation * */
  Translation      *translations;
  gulong            n_plurals;
  LacunaPluralRule *plural;        /* NULL: n != 1 */
};

/* ---- Reading the file ---------------------------------------------- */

typedef struct {
  const guchar *data;
  gsize         size;
  gboolean      swapped;
  const char   *path;
} MoReader;

static guint32
read_word (const MoReader *reader,
           gsize           offset)
{
  guint32 word;

  memcpy (&word, reader->data + offset, sizeof word);
  return reader->swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

static gboolean
corrupt (GError     **error,
         const char  *path,
         const char  *problem)
{
  g_set_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_CORRUPT,
               _("The translation catalogue %s is damaged (%s). Reinstall Lacuna, or choose another language."),
               path, problem);
  return FALSE;
}

/* Checks the string described by entry `index` of the table at `table`
 * and returns where it starts and its length. */
static gboolean
read_string (const MoReader *reader,
             guint64         table,
             guint32         index,
             const char    **text,
             guint32        *length,
             GError        **error)
{
  guint64 entry = table + (guint64) index * 8;
  guint32 string_length = read_word (reader, entry);
  guint32 string_offset = read_word (reader, entry + 4);

  /* The string and its terminating NUL must lie inside the file. */
  if ((guint64) string_offset + string_length >= reader->size)
    return corrupt (error, reader->path, _("a string lies beyond the end of the file"));
  if (reader->data[string_offset + string_length] != '\0')
    return corrupt (error, reader->path, _("a string is not terminated"));
  *text = (const char *) reader->data + string_offset;
  *length = string_length;
  return TRUE;
}

/* Each NUL-separated part must be UTF-8: the text goes straight into PDF
 * and GTK, which both require it. */
static gboolean
is_utf8 (const char *text,
         guint32     length)
{
  const char *end = text + length;

  while (text <= end)
    {
      size_t part = strlen (text);
      if (!g_utf8_validate (text, (gssize) part, NULL))
        return FALSE;
      text += part + 1;
    }
  return TRUE;
}

/* The value of "Name:" in the catalogue's header, up to the end of its
 * line, or NULL. */
static char *
header_field (const char *header,
              const char *name)
{
  size_t name_length = strlen (name);

  for (const char *line = header; *line != '\0'; )
    {
      const char *end = strchr (line, '\n');
      size_t line_length = end != NULL ? (size_t) (end - line) : strlen (line);

      if (line_length > name_length && g_ascii_strncasecmp (line, name, name_length) == 0)
        return g_strstrip (g_strndup (line + name_length, line_length - name_length));
      line += line_length + (end != NULL ? 1 : 0);
    }
  return NULL;
}

/* "nplurals=3; plural=(n==1 ? 0 : …);" */
static gboolean
parse_plural_forms (const char        *value,
                    gulong            *n_plurals,
                    LacunaPluralRule **rule,
                    GError           **error)
{
  const char *count = strstr (value, "nplurals=");
  const char *expression = strstr (value, "plural=");
  g_autofree char *text = NULL;
  guint64 forms;
  char *end = NULL;

  /* "nplurals=" itself contains "plural=". */
  if (expression == count + 1 && count != NULL)
    expression = strstr (count + 2, "plural=");
  if (count == NULL || expression == NULL)
    {
      g_set_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_PLURAL,
                   _("The Plural-Forms line “%s” lacks nplurals= or plural=."), value);
      return FALSE;
    }
  forms = g_ascii_strtoull (count + strlen ("nplurals="), &end, 10);
  if (end == count + strlen ("nplurals=") || forms < 1 || forms > MAX_PLURAL_FORMS)
    {
      g_set_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_PLURAL,
                   _("The Plural-Forms line “%s” gives an impossible number of forms."), value);
      return FALSE;
    }
  expression += strlen ("plural=");
  text = g_strndup (expression, strcspn (expression, ";"));
  *rule = lacuna_plural_rule_parse (text, error);
  if (*rule == NULL)
    return FALSE;
  *n_plurals = (gulong) forms;
  return TRUE;
}

static gboolean
read_header (LacunaMessageCatalog *catalog,
             const char           *path,
             GError              **error)
{
  Translation *header = g_hash_table_lookup (catalog->messages, "");
  g_autofree char *content_type = NULL;
  g_autofree char *plural_forms = NULL;
  g_autoptr(GError) plural_error = NULL;

  if (header == NULL)
    return TRUE;
  content_type = header_field (header->text, "Content-Type:");
  if (content_type != NULL)
    {
      const char *charset = strstr (content_type, "charset=");
      if (charset != NULL)
        {
          charset += strlen ("charset=");
          if (g_ascii_strcasecmp (charset, "UTF-8") != 0 && g_ascii_strcasecmp (charset, "utf8") != 0)
            {
              g_set_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_CORRUPT,
                           _("The translation catalogue %s is in %s; Lacuna reads only UTF-8 catalogues."),
                           path, charset);
              return FALSE;
            }
        }
    }

  /* A rule we refuse loses only plural agreement, not the translations:
   * say so, and fall back to the English rule. */
  plural_forms = header_field (header->text, "Plural-Forms:");
  if (plural_forms != NULL
      && !parse_plural_forms (plural_forms, &catalog->n_plurals, &catalog->plural, &plural_error))
    {
      g_warning ("%s: %s", path, plural_error->message);
      catalog->n_plurals = 2;
    }
  return TRUE;
}

LacunaMessageCatalog *
lacuna_message_catalog_open_file (const char  *path,
                                  const char  *language,
                                  GError     **error)
{
  g_autoptr(LacunaMessageCatalog) catalog = NULL;
  GError *local_error = NULL;
  MoReader reader = { 0 };
  guint32 magic, revision, count, originals, translations;

  g_return_val_if_fail (path != NULL && language != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  catalog = g_new0 (LacunaMessageCatalog, 1);
  g_atomic_ref_count_init (&catalog->ref_count);
  catalog->language = g_strdup (language);
  catalog->n_plurals = 2;
  catalog->messages = g_hash_table_new (g_str_hash, g_str_equal);
  catalog->file = g_mapped_file_new (path, FALSE, &local_error);
  if (catalog->file == NULL)
    {
      g_propagate_prefixed_error (error, local_error, _("Cannot read the translation catalogue: "));
      return NULL;
    }

  reader.data = (const guchar *) g_mapped_file_get_contents (catalog->file);
  reader.size = g_mapped_file_get_length (catalog->file);
  reader.path = path;
  if (reader.size < MO_HEADER_SIZE)
    return corrupt (error, path, _("it is too short")), NULL;

  magic = read_word (&reader, 0);
  if (magic != MO_MAGIC)
    {
      reader.swapped = TRUE;
      if (read_word (&reader, 0) != MO_MAGIC)
        return corrupt (error, path, _("it is not a compiled catalogue")), NULL;
    }
  revision = read_word (&reader, 4);
  /* Major revisions 0 and 1 share this layout; 1 only adds strings that
   * depend on the system (<inttypes.h> macros), which Lacuna has none of. */
  if (revision >> 16 > 1)
    return corrupt (error, path, _("its format revision is unknown")), NULL;
  count = read_word (&reader, 8);
  originals = read_word (&reader, 12);
  translations = read_word (&reader, 16);
  if ((guint64) originals + (guint64) count * 8 > reader.size
      || (guint64) translations + (guint64) count * 8 > reader.size)
    return corrupt (error, path, _("its tables lie beyond the end of the file")), NULL;

  catalog->translations = g_new0 (Translation, count > 0 ? count : 1);
  for (guint32 i = 0; i < count; i++)
    {
      const char *msgid;
      guint32 msgid_length;
      Translation *translation = &catalog->translations[i];

      if (!read_string (&reader, originals, i, &msgid, &msgid_length, error)
          || !read_string (&reader, translations, i, &translation->text, &translation->length, error))
        return NULL;
      if (!is_utf8 (translation->text, translation->length))
        return corrupt (error, path, _("a translation is not valid UTF-8")), NULL;
      /* An empty translation means "not translated". For a plural entry
       * msgid is "singular\0plural": the key stops at the first NUL. */
      if (translation->length > 0 && !g_hash_table_contains (catalog->messages, msgid))
        g_hash_table_insert (catalog->messages, (gpointer) msgid, translation);
    }

  if (!read_header (catalog, path, error))
    return NULL;
  return g_steal_pointer (&catalog);
}

/* ---- Finding a language's catalogue ---------------------------------- */

static gboolean
is_source_language (const char *language)
{
  return g_str_equal (language, "en") || g_str_equal (language, "C") || g_str_equal (language, "POSIX")
         || g_str_has_prefix (language, "C.") || g_str_has_prefix (language, "en.")
         || g_str_has_prefix (language, "en_") || g_str_has_prefix (language, "en@");
}

/* Letters, digits and the separators of a locale name only: the name
 * becomes part of a path. */
static gboolean
is_language_name (const char *language)
{
  if (*language == '\0' || *language == '.' || strlen (language) > 64)
    return FALSE;
  for (const char *c = language; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '_' && *c != '-' && *c != '.' && *c != '@')
      return FALSE;
  return TRUE;
}

static char *
catalog_path (const char *locale_dir,
              const char *variant)
{
  return g_build_filename (locale_dir, variant, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
}

static char *
available_codes (const char *locale_dir)
{
  g_autoptr(GPtrArray) languages = lacuna_report_languages_list (locale_dir);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < languages->len; i++)
    g_strv_builder_add (codes, ((LacunaReportLanguage *) g_ptr_array_index (languages, i))->code);
  list = g_strv_builder_end (codes);
  return g_strjoinv (", ", list);
}

LacunaMessageCatalog *
lacuna_message_catalog_open (const char  *language,
                             const char  *locale_dir,
                             GError     **error)
{
  g_autofree char *normalized = NULL;
  g_auto(GStrv) variants = NULL;
  LacunaMessageCatalog *catalog;

  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (locale_dir == NULL)
    locale_dir = lacuna_paths_get_locale_dir ();
  if (!is_language_name (language))
    {
      g_set_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_INVALID_NAME,
                   _("“%s” is not a language code; use one such as fr, es or zh_CN."), language);
      return NULL;
    }

  /* Language tags (zh-CN) name the same thing as locale names (zh_CN);
   * the codeset (UTF-8) keeps its hyphen. */
  normalized = g_strdup (language);
  for (char *c = normalized; *c != '\0' && *c != '.' && *c != '@'; c++)
    if (*c == '-')
      *c = '_';
  variants = g_get_locale_variants (normalized);
  for (guint i = 0; variants[i] != NULL; i++)
    {
      g_autofree char *path = catalog_path (locale_dir, variants[i]);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return lacuna_message_catalog_open_file (path, language, error);
    }

  if (is_source_language (normalized))
    {
      catalog = g_new0 (LacunaMessageCatalog, 1);
      g_atomic_ref_count_init (&catalog->ref_count);
      catalog->language = g_strdup (language);
      catalog->n_plurals = 2;
      catalog->messages = g_hash_table_new (g_str_hash, g_str_equal);
      return catalog;
    }

  {
    g_autofree char *available = available_codes (locale_dir);
    g_set_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_UNKNOWN_LANGUAGE,
                 _("Lacuna has no translation into “%s”: no %s.mo in %s. Languages available: %s."),
                 language, GETTEXT_PACKAGE, locale_dir, available);
  }
  return NULL;
}

LacunaMessageCatalog *
lacuna_message_catalog_ref (LacunaMessageCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, NULL);
  g_atomic_ref_count_inc (&catalog->ref_count);
  return catalog;
}

void
lacuna_message_catalog_unref (LacunaMessageCatalog *catalog)
{
  g_return_if_fail (catalog != NULL);
  if (!g_atomic_ref_count_dec (&catalog->ref_count))
    return;
  g_hash_table_unref (catalog->messages);
  g_free (catalog->translations);
  lacuna_plural_rule_free (catalog->plural);
  g_clear_pointer (&catalog->file, g_mapped_file_unref);
  g_free (catalog->language);
  g_free (catalog);
}

const char *
lacuna_message_catalog_get_language (const LacunaMessageCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, NULL);
  return catalog->language;
}

/* ---- Looking messages up ----------------------------------------------- */

const char *
lacuna_message_catalog_gettext (const LacunaMessageCatalog *catalog,
                                const char                 *msgid)
{
  const Translation *translation;

  g_return_val_if_fail (catalog != NULL, msgid);
  if (msgid == NULL || *msgid == '\0')
    return msgid;
  translation = g_hash_table_lookup (catalog->messages, msgid);
  return translation != NULL ? translation->text : msgid;
}

const char *
lacuna_message_catalog_pgettext (const LacunaMessageCatalog *catalog,
                                 const char                 *context_msgid,
                                 gsize                       msgid_offset)
{
  const char *translation = lacuna_message_catalog_gettext (catalog, context_msgid);

  return translation == context_msgid ? context_msgid + msgid_offset : translation;
}

const char *
lacuna_message_catalog_ngettext (const LacunaMessageCatalog *catalog,
                                 const char                 *singular,
                                 const char                 *plural,
                                 gulong                      n)
{
  const Translation *translation;
  const char *form, *end;
  gulong index;

  g_return_val_if_fail (catalog != NULL, n == 1 ? singular : plural);

  translation = g_hash_table_lookup (catalog->messages, singular);
  if (translation == NULL)
    return n == 1 ? singular : plural;

  index = catalog->plural != NULL ? lacuna_plural_rule_evaluate (catalog->plural, n) : n != 1;
  if (index >= catalog->n_plurals)
    index = 0;
  /* The forms are NUL-separated within the translation's length. */
  form = translation->text;
  end = translation->text + translation->length;
  for (gulong i = 0; i < index; i++)
    {
      form += strlen (form) + 1;
      if (form > end)
        return n == 1 ? singular : plural;
    }
  return *form != '\0' ? form : (n == 1 ? singular : plural);
}

/* ---- The thread's catalogue, and the core's _() ------------------------ */

/* Each thread's stack of catalogues pushed, the last one in use. */
static GPrivate thread_catalogs = G_PRIVATE_INIT ((GDestroyNotify) g_ptr_array_unref);

static LacunaMessageCatalog *
current_catalog (void)
{
  GPtrArray *stack = g_private_get (&thread_catalogs);

  return stack != NULL && stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

LacunaMessageCatalog *
lacuna_message_catalog_get_thread_default (void)
{
  return current_catalog ();
}

void
lacuna_message_catalog_push_thread_default (LacunaMessageCatalog *catalog)
{
  GPtrArray *stack = g_private_get (&thread_catalogs);

  g_return_if_fail (catalog != NULL);
  if (stack == NULL)
    {
      stack = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_message_catalog_unref);
      g_private_set (&thread_catalogs, stack);
    }
  g_ptr_array_add (stack, lacuna_message_catalog_ref (catalog));
}

void
lacuna_message_catalog_pop_thread_default (LacunaMessageCatalog *catalog)
{
  GPtrArray *stack = g_private_get (&thread_catalogs);

  g_return_if_fail (catalog != NULL);
  g_return_if_fail (stack != NULL && stack->len > 0);
  g_return_if_fail (g_ptr_array_index (stack, stack->len - 1) == catalog);
  g_ptr_array_remove_index (stack, stack->len - 1);
}

const char *
lacuna_i18n_gettext (const char *msgid)
{
  LacunaMessageCatalog *catalog = current_catalog ();

  return catalog != NULL ? lacuna_message_catalog_gettext (catalog, msgid) : g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
lacuna_i18n_pgettext (const char *context_msgid,
                      gsize       msgid_offset)
{
  LacunaMessageCatalog *catalog = current_catalog ();

  return catalog != NULL ? lacuna_message_catalog_pgettext (catalog, context_msgid, msgid_offset)
                         : g_dpgettext (GETTEXT_PACKAGE, context_msgid, msgid_offset);
}

const char *
lacuna_ngettext (const char *singular,
                 const char *plural,
                 gulong      n)
{
  LacunaMessageCatalog *catalog = current_catalog ();

  return catalog != NULL ? lacuna_message_catalog_ngettext (catalog, singular, plural, n)
                         : g_dngettext (GETTEXT_PACKAGE, singular, plural, n);
}

/* ---- The languages on offer -------------------------------------------- */

const char *
lacuna_language_autonym (const char *code)
{
  static const struct {
    const char *code;
    const char *name;
  } autonyms[] = {
    { "ar", "العربية" },
    { "de", "Deutsch" },
    { "en", "English" },
    { "es", "Español" },
    { "fa", "فارسی" },
    { "fr", "Français" },
    { "id", "Bahasa Indonesia" },
    { "it", "Italiano" },
    { "nl", "Nederlands" },
    { "pt", "Português" },
    { "pt_BR", "Português (Brasil)" },
    { "ru", "Русский" },
    { "sw", "Kiswahili" },
    { "th", "ไทย" },
    { "tr", "Türkçe" },
    { "uk", "Українська" },
    { "ur", "اردو" },
    { "vi", "Tiếng Việt" },
    { "zh_CN", "中文（简体）" },
    { "zh_TW", "中文（繁體）" },
  };

  g_return_val_if_fail (code != NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (autonyms); i++)
    if (g_str_equal (autonyms[i].code, code))
      return autonyms[i].name;
  return NULL;
}

void
lacuna_report_language_free (LacunaReportLanguage *language)
{
  if (language == NULL)
    return;
  g_free (language->code);
  g_free (language->name);
  g_free (language);
}

static void
add_language (GPtrArray  *languages,
              const char *code)
{
  LacunaReportLanguage *language = g_new0 (LacunaReportLanguage, 1);
  const char *autonym = lacuna_language_autonym (code);

  language->code = g_strdup (code);
  language->name = g_strdup (autonym != NULL ? autonym : code);
  g_ptr_array_add (languages, language);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const LacunaReportLanguage *first = *(LacunaReportLanguage *const *) a;
  const LacunaReportLanguage *second = *(LacunaReportLanguage *const *) b;

  return strcmp (first->code, second->code);
}

GPtrArray *
lacuna_report_languages_list (const char *locale_dir)
{
  GPtrArray *languages = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_report_language_free);
  g_autoptr(GDir) dir = NULL;
  gboolean has_english = FALSE;
  const char *name;

  if (locale_dir == NULL)
    locale_dir = lacuna_paths_get_locale_dir ();
  dir = g_dir_open (locale_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!is_language_name (name))
        continue;
      path = catalog_path (locale_dir, name);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      add_language (languages, name);
      has_english = has_english || g_str_equal (name, "en");
    }
  if (!has_english)
    add_language (languages, "en");
  g_ptr_array_sort (languages, compare_codes);
  return languages;
}
