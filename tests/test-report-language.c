/* test-report-language.c — reports in a language of their own: reading
 * compiled catalogues, plural rules, and the thread's report language
 *
 * Uses the test catalogues of tests/fixtures/po (eo, la), never the real
 * translations; LACUNA_LOCALE_DIR points at them. The process's own
 * gettext language is set to la, so that a report in eo or in English
 * shows it is written apart from the process's language.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libintl.h>

#include "framework-loader.h"
#include "i18n-private.h"
#include "language.h"
#include "message-catalog.h"
#include "paths.h"
#include "plural-rule.h"
#include "report.h"
#include "report-files.h"
#include "sample.h"
#include "store.h"

static char *directory;
static char *sample_path;

static char *
in_tmp (const char *name)
{
  return g_build_filename (directory, name, NULL);
}

static char *
fixture_mo (const char *language)
{
  return g_build_filename (g_getenv ("LACUNA_LOCALE_DIR"), language, "LC_MESSAGES", "lacuna.mo", NULL);
}

/* ---- Plural rules ------------------------------------------------------ */

typedef struct {
  gulong n;
  gulong form;
} PluralCase;

static void
assert_rule (const char       *expression,
             const PluralCase *cases,
             guint             n_cases)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaPluralRule) rule = lacuna_plural_rule_parse (expression, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rule);
  for (guint i = 0; i < n_cases; i++)
    {
      gulong form = lacuna_plural_rule_evaluate (rule, cases[i].n);
      if (form != cases[i].form)
        g_error ("%s: n=%lu gave form %lu, not %lu", expression, cases[i].n, form, cases[i].form);
    }
}

static void
test_plural_rules (void)
{
  /* The forms follow CLDR's categories for each language. */
  static const PluralCase arabic[] = {
    { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 3 }, { 10, 3 }, { 11, 4 }, { 99, 4 }, { 100, 5 }, { 101, 5 },
    { 102, 5 }, { 103, 3 }, { 110, 3 }, { 111, 4 }, { 200, 5 }, { 1000, 5 }, { 1003, 3 },
  };
  static const PluralCase russian[] = {
    { 0, 2 }, { 1, 0 }, { 2, 1 }, { 4, 1 }, { 5, 2 }, { 11, 2 }, { 12, 2 }, { 14, 2 }, { 20, 2 },
    { 21, 0 }, { 22, 1 }, { 25, 2 }, { 101, 0 }, { 111, 2 }, { 112, 2 }, { 122, 1 },
  };
  static const PluralCase french[] = { { 0, 0 }, { 1, 0 }, { 2, 1 }, { 100, 1 } };
  static const PluralCase chinese[] = { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 1000000, 0 } };
  static const PluralCase english[] = { { 0, 1 }, { 1, 0 }, { 2, 1 } };
  static const PluralCase arithmetic[] = { { 0, 0 }, { 1, 2 }, { 7, 4 }, { 8, 6 }, { 30, 16 } };

  assert_rule ("n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5",
               arabic, G_N_ELEMENTS (arabic));
  assert_rule ("(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
               russian, G_N_ELEMENTS (russian));
  assert_rule ("(n > 1)", french, G_N_ELEMENTS (french));
  assert_rule ("0", chinese, G_N_ELEMENTS (chinese));
  assert_rule ("n != 1", english, G_N_ELEMENTS (english));
  /* Precedence: * and / before + and -, all left to right. */
  assert_rule ("n / 4 * 2 + 10 - 8 - (n == 0) * 2", arithmetic, G_N_ELEMENTS (arithmetic));
}

static void
test_plural_rule_division_by_zero (void)
{
  g_autoptr(LacunaPluralRule) rule = lacuna_plural_rule_parse ("n % 0 + 5", NULL);

  /* Undefined for every n: the English rule answers. */
  g_assert_nonnull (rule);
  g_assert_cmpuint (lacuna_plural_rule_evaluate (rule, 1), ==, 0);
  g_assert_cmpuint (lacuna_plural_rule_evaluate (rule, 3), ==, 1);
}

static void
test_plural_rule_junk (void)
{
  static const char *const junk[] = {
    "", " ", "n ==", "(n == 1", "n == 1)", "n ? 1", "n ? 1 : ", "x == 1", "nn", "n1",
    "n = 1", "!n", "-n", "n & 1", "n | 1", "n ^ 1", "~n", "n << 1", "1.5", "0x10",
    "n == 1; exit(0)", "n, 1", "sizeof n", "n == 99999999999999999999999999",
    "n ==\xff", "n ? : 1",
  };
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) long_sum = g_string_new ("n");

  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LacunaPluralRule) rule = lacuna_plural_rule_parse (junk[i], &error);

      if (rule != NULL)
        g_error ("the plural rule “%s” was accepted", junk[i]);
      g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_PLURAL);
    }

  /* Deep nesting and huge expressions are refused, not recursed into. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '(');
  g_string_append_c (deep, 'n');
  for (guint i = 0; i < 100000; i++)
    g_string_append (long_sum, "+n");
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (lacuna_plural_rule_parse (deep->str, &error));
    g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_PLURAL);
  }
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (lacuna_plural_rule_parse (long_sum->str, &error));
    g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_PLURAL);
  }
}

/* ---- Catalogues --------------------------------------------------------- */

static void
test_lookup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaMessageCatalog) eo = lacuna_message_catalog_open ("eo", NULL, &error);
  const char *singular = "%u measure could not be assessed on at least one question for lack of information; establishing those facts is itself a recommendation (see “Data gaps”).";
  const char *plural = "%u measures could not be assessed on at least one question for lack of information; establishing those facts is itself a recommendation (see “Data gaps”).";

  g_assert_no_error (error);
  g_assert_cmpstr (lacuna_message_catalog_get_language (eo), ==, "eo");
  g_assert_cmpstr (lacuna_message_catalog_gettext (eo, "Executive summary"), ==, "Resumo por decidantoj");
  g_assert_cmpstr (lacuna_message_catalog_gettext (eo, "Findings by pillar"), ==, "Trovoj laŭ kolono");
  /* Not in the catalogue, and in it but untranslated: the source text. */
  g_assert_cmpstr (lacuna_message_catalog_gettext (eo, "Progress since the baseline"), ==, "Progress since the baseline");
  g_assert_cmpstr (lacuna_message_catalog_gettext (eo, "Charts"), ==, "Charts");
  g_assert_cmpstr (lacuna_message_catalog_gettext (eo, ""), ==, "");

  g_assert_cmpstr (lacuna_message_catalog_pgettext (eo, "recommendation strength\004urges", strlen ("recommendation strength") + 1),
                   ==, "insiste petas");
  g_assert_cmpstr (lacuna_message_catalog_pgettext (eo, "recommendation strength\004should", strlen ("recommendation strength") + 1),
                   ==, "should");
  /* The context is part of the key: without it, no translation. */
  g_assert_cmpstr (lacuna_message_catalog_gettext (eo, "urges"), ==, "urges");

  g_assert_cmpstr (lacuna_message_catalog_ngettext (eo, singular, plural, 1), ==,
                   "%u mezuro ne estis taksebla pro manko de informoj.");
  g_assert_cmpstr (lacuna_message_catalog_ngettext (eo, singular, plural, 0), ==,
                   "%u mezuroj ne estis takseblaj pro manko de informoj.");
  g_assert_cmpstr (lacuna_message_catalog_ngettext (eo, singular, plural, 7), ==,
                   "%u mezuroj ne estis takseblaj pro manko de informoj.");
  g_assert_cmpstr (lacuna_message_catalog_ngettext (eo, "%u pillar", "%u pillars", 1), ==, "%u pillar");
  g_assert_cmpstr (lacuna_message_catalog_ngettext (eo, "%u pillar", "%u pillars", 2), ==, "%u pillars");
}

static void
test_language_variants (void)
{
  static const char *const names[] = { "eo_XX.UTF-8", "eo_XX", "eo-XX", "eo.UTF-8", "eo@latin" };

  /* gettext's order: the full name, then without codeset, territory. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LacunaMessageCatalog) catalog = lacuna_message_catalog_open (names[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (lacuna_message_catalog_get_language (catalog), ==, names[i]);
      g_assert_cmpstr (lacuna_message_catalog_gettext (catalog, "Contents"), ==, "Enhavo");
    }

  /* The source language needs no catalogue. */
  for (guint i = 0; i < 4; i++)
    {
      const char *source[] = { "en", "C", "en_GB.UTF-8", "POSIX" };
      g_autoptr(GError) error = NULL;
      g_autoptr(LacunaMessageCatalog) catalog = lacuna_message_catalog_open (source[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (lacuna_message_catalog_gettext (catalog, "Contents"), ==, "Contents");
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 1), ==, "%u pillar");
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 0), ==, "%u pillars");
    }
}

static void
test_unknown_language (void)
{
  static const char *const invalid[] = { "", "../eo", "eo/../la", "/etc", "e o", ".", "..", "eo\n" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaMessageCatalog) catalog = lacuna_message_catalog_open ("xx", NULL, &error);

  g_assert_null (catalog);
  g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_UNKNOWN_LANGUAGE);
  /* It names the language, the folder looked in and what there is. */
  g_assert_nonnull (strstr (error->message, "“xx”"));
  g_assert_nonnull (strstr (error->message, g_getenv ("LACUNA_LOCALE_DIR")));
  g_assert_nonnull (strstr (error->message, "en, eo, la"));

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) invalid_error = NULL;

      g_assert_null (lacuna_message_catalog_open (invalid[i], NULL, &invalid_error));
      g_assert_error (invalid_error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_INVALID_NAME);
    }
}

static void
test_languages_list (void)
{
  g_autoptr(GPtrArray) languages = lacuna_report_languages_list (NULL);
  g_autofree char *empty = in_tmp ("no-locales");
  g_autoptr(GPtrArray) only_english = lacuna_report_languages_list (empty);
  LacunaReportLanguage *language;

  g_assert_cmpuint (languages->len, ==, 3);
  language = g_ptr_array_index (languages, 0);
  g_assert_cmpstr (language->code, ==, "en");
  g_assert_cmpstr (language->name, ==, "English");
  language = g_ptr_array_index (languages, 1);
  g_assert_cmpstr (language->code, ==, "eo");
  g_assert_cmpstr (language->name, ==, "eo");   /* no autonym known: the code */
  language = g_ptr_array_index (languages, 2);
  g_assert_cmpstr (language->code, ==, "la");

  /* A folder without catalogues, even a missing one, still offers English. */
  g_assert_cmpuint (only_english->len, ==, 1);
  g_assert_cmpstr (((LacunaReportLanguage *) g_ptr_array_index (only_english, 0))->code, ==, "en");

  g_assert_cmpstr (lacuna_language_autonym ("fr"), ==, "Français");
  g_assert_cmpstr (lacuna_language_autonym ("es"), ==, "Español");
  g_assert_cmpstr (lacuna_language_autonym ("ru"), ==, "Русский");
  g_assert_cmpstr (lacuna_language_autonym ("ar"), ==, "العربية");
  g_assert_cmpstr (lacuna_language_autonym ("zh_CN"), ==, "中文（简体）");
  g_assert_null (lacuna_language_autonym ("eo"));
}

/* ---- Damaged files --------------------------------------------------- */

typedef struct {
  const char *id;
  gsize       id_length;
  const char *text;
  gsize       text_length;
} MoEntry;

#define MO_ENTRY(id, text) { id, sizeof (id) - 1, text, sizeof (text) - 1 }

static void
put_word (GByteArray *bytes,
          gsize       offset,
          guint32     value,
          gboolean    big_endian)
{
  guint32 word = big_endian ? GUINT32_TO_BE (value) : GUINT32_TO_LE (value);
  memcpy (bytes->data + offset, &word, 4);
}

/* A .mo file as msgfmt would write it, without the optional hash table. */
static GByteArray *
make_mo (const MoEntry *entries,
         guint          n_entries,
         gboolean       big_endian)
{
  GByteArray *bytes = g_byte_array_new ();
  gsize strings = 28 + 16 * (gsize) n_entries;

  g_byte_array_set_size (bytes, strings);
  memset (bytes->data, 0, strings);
  put_word (bytes, 0, 0x950412de, big_endian);
  put_word (bytes, 8, n_entries, big_endian);
  put_word (bytes, 12, 28, big_endian);
  put_word (bytes, 16, 28 + 8 * n_entries, big_endian);
  put_word (bytes, 24, strings, big_endian);
  for (guint i = 0; i < n_entries; i++)
    {
      put_word (bytes, 28 + 8 * i, entries[i].id_length, big_endian);
      put_word (bytes, 28 + 8 * i + 4, bytes->len, big_endian);
      g_byte_array_append (bytes, (const guint8 *) entries[i].id, entries[i].id_length + 1);
    }
  for (guint i = 0; i < n_entries; i++)
    {
      put_word (bytes, 28 + 8 * (n_entries + i), entries[i].text_length, big_endian);
      put_word (bytes, 28 + 8 * (n_entries + i) + 4, bytes->len, big_endian);
      g_byte_array_append (bytes, (const guint8 *) entries[i].text, entries[i].text_length + 1);
    }
  return bytes;
}

static LacunaMessageCatalog *
open_bytes (const guint8  *data,
            gsize          length,
            GError       **error)
{
  g_autofree char *path = in_tmp ("damaged.mo");
  g_autoptr(GError) write_error = NULL;

  g_file_set_contents (path, (const char *) data, (gssize) length, &write_error);
  g_assert_no_error (write_error);
  return lacuna_message_catalog_open_file (path, "xx", error);
}

static void
assert_damaged (const guint8 *data,
                gsize         length,
                const char   *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaMessageCatalog) catalog = open_bytes (data, length, &error);

  if (catalog != NULL)
    g_error ("a catalogue with %s was accepted", what);
  g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged.mo"));
}

static void
test_byte_order (void)
{
  static const MoEntry entries[] = {
    MO_ENTRY ("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;\n"),
    MO_ENTRY ("Contents", "Indekso"),
    MO_ENTRY ("%u pillar\0%u pillars", "unu %u\0du %u\0multaj %u"),
  };

  for (guint big_endian = 0; big_endian < 2; big_endian++)
    {
      g_autoptr(GByteArray) mo = make_mo (entries, G_N_ELEMENTS (entries), big_endian);
      g_autoptr(GError) error = NULL;
      g_autoptr(LacunaMessageCatalog) catalog = open_bytes (mo->data, mo->len, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (lacuna_message_catalog_gettext (catalog, "Contents"), ==, "Indekso");
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 1), ==, "unu %u");
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 2), ==, "du %u");
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 5), ==, "multaj %u");
    }
}

static void
test_bad_plural_header (void)
{
  static const MoEntry junk_rule[] = {
    MO_ENTRY ("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=3; plural=system(\"rm\");\n"),
    MO_ENTRY ("%u pillar\0%u pillars", "unu %u\0du %u\0multaj %u"),
  };
  static const MoEntry too_few_forms[] = {
    MO_ENTRY ("", "Plural-Forms: nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;\n"),
    MO_ENTRY ("%u pillar\0%u pillars", "unu %u\0du %u"),
  };
  g_autoptr(GByteArray) mo = make_mo (junk_rule, G_N_ELEMENTS (junk_rule), FALSE);
  g_autoptr(GByteArray) short_mo = make_mo (too_few_forms, G_N_ELEMENTS (too_few_forms), FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaMessageCatalog) catalog = NULL;
  g_autoptr(LacunaMessageCatalog) short_catalog = NULL;

  /* The rule is refused aloud (a warning, fatal in tests, so in a
   * subprocess); the translations stay, with n != 1. */
  if (g_test_subprocess ())
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      catalog = open_bytes (mo->data, mo->len, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 1), ==, "unu %u");
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 2), ==, "du %u");
      g_assert_cmpstr (lacuna_message_catalog_ngettext (catalog, "%u pillar", "%u pillars", 5), ==, "du %u");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*WARNING*damaged.mo*plural rule*system*cannot be used*");

  /* A form the translation lacks falls back to the source text. */
  short_catalog = open_bytes (short_mo->data, short_mo->len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lacuna_message_catalog_ngettext (short_catalog, "%u pillar", "%u pillars", 2), ==, "du %u");
  g_assert_cmpstr (lacuna_message_catalog_ngettext (short_catalog, "%u pillar", "%u pillars", 5), ==, "%u pillars");
}

static void
test_damaged_files (void)
{
  static const MoEntry entries[] = {
    MO_ENTRY ("", "Content-Type: text/plain; charset=UTF-8\n"),
    MO_ENTRY ("Contents", "Indekso"),
  };
  static const MoEntry latin1[] = {
    MO_ENTRY ("", "Content-Type: text/plain; charset=ISO-8859-1\n"),
    MO_ENTRY ("Contents", "Indekso"),
  };
  static const MoEntry bad_utf8[] = { MO_ENTRY ("Contents", "Ind\xe9kso") };
  g_autofree char *real_path = fixture_mo ("eo");
  g_autofree char *real = NULL;
  gsize real_length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) mo = make_mo (entries, G_N_ELEMENTS (entries), FALSE);
  g_autoptr(GByteArray) copy = NULL;
  guint32 strings_start;

  /* The real file, cut short anywhere: its strings come last, so every cut
   * leaves one unterminated or outside the file. */
  g_file_get_contents (real_path, &real, &real_length, &error);
  g_assert_no_error (error);
  for (gsize length = 0; length < real_length; length++)
    assert_damaged ((const guint8 *) real, length, "a truncated file");

  /* Each word of the header and the tables in turn made huge: rejected or,
   * where the word does not matter (hash table), still read; never a
   * read outside the file (AddressSanitizer watches). */
  for (gsize offset = 0; offset + 4 <= 28 + 16 * 2; offset += 4)
    {
      g_autoptr(LacunaMessageCatalog) catalog = NULL;
      g_autoptr(GError) offset_error = NULL;

      copy = g_byte_array_sized_new (mo->len);
      g_byte_array_append (copy, mo->data, mo->len);
      put_word (copy, offset, 0xfffffff0, FALSE);
      catalog = open_bytes (copy->data, copy->len, &offset_error);
      if (offset == 20 || offset == 24)
        g_assert_no_error (offset_error);
      else
        g_assert_error (offset_error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_CORRUPT);
      g_clear_pointer (&copy, g_byte_array_unref);
    }

  /* A string's terminating NUL overwritten. */
  copy = g_byte_array_sized_new (mo->len);
  g_byte_array_append (copy, mo->data, mo->len);
  copy->data[copy->len - 1] = 'x';
  assert_damaged (copy->data, copy->len, "an unterminated string");
  g_clear_pointer (&copy, g_byte_array_unref);

  /* A length that runs past the next string's NUL, to the end. */
  copy = g_byte_array_sized_new (mo->len);
  g_byte_array_append (copy, mo->data, mo->len);
  memcpy (&strings_start, copy->data + 28 + 8 * 3 + 4, 4);
  put_word (copy, 28 + 8 * 3, copy->len - GUINT32_FROM_LE (strings_start), FALSE);
  assert_damaged (copy->data, copy->len, "a string running to the end of the file");
  g_clear_pointer (&copy, g_byte_array_unref);

  /* A length that stops short of its string's NUL. */
  copy = g_byte_array_sized_new (mo->len);
  g_byte_array_append (copy, mo->data, mo->len);
  put_word (copy, 28 + 8 * 2, 1, FALSE);
  assert_damaged (copy->data, copy->len, "a length that misses its NUL");
  g_clear_pointer (&copy, g_byte_array_unref);

  /* Not a catalogue at all; a revision from the future. */
  assert_damaged ((const guint8 *) "%PDF-1.4 not a message catalogue at all", 39, "a wrong magic number");
  copy = g_byte_array_sized_new (mo->len);
  g_byte_array_append (copy, mo->data, mo->len);
  put_word (copy, 4, 2 << 16, FALSE);
  assert_damaged (copy->data, copy->len, "an unknown revision");
  g_clear_pointer (&copy, g_byte_array_unref);

  /* Text that is not UTF-8, declared so or not. */
  {
    g_autoptr(GByteArray) encoded = make_mo (latin1, G_N_ELEMENTS (latin1), FALSE);
    g_autoptr(GByteArray) invalid = make_mo (bad_utf8, G_N_ELEMENTS (bad_utf8), FALSE);
    assert_damaged (encoded->data, encoded->len, "a Latin-1 charset");
    assert_damaged (invalid->data, invalid->len, "invalid UTF-8");
  }

  /* A missing file is an error too, not a crash. */
  {
    g_autofree char *missing = in_tmp ("missing.mo");
    g_autoptr(GError) missing_error = NULL;
    g_assert_null (lacuna_message_catalog_open_file (missing, "xx", &missing_error));
    g_assert_error (missing_error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  }
}

/* The direction of the text follows the thread's report language. */
static void
test_thread_direction (void)
{
  static const MoEntry entries[] = { MO_ENTRY ("Contents", "المحتويات") };
  g_autoptr(GByteArray) mo = make_mo (entries, G_N_ELEMENTS (entries), FALSE);
  g_autofree char *path = in_tmp ("ar.mo");
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaMessageCatalog) arabic = NULL;

  g_file_set_contents (path, (const char *) mo->data, mo->len, &error);
  g_assert_no_error (error);
  arabic = lacuna_message_catalog_open_file (path, "ar_EG", &error);
  g_assert_no_error (error);

  g_assert_false (lacuna_language_is_rtl (NULL));
  lacuna_message_catalog_push_thread_default (arabic);
  g_assert_true (lacuna_language_is_rtl (NULL));
  g_assert_cmpstr (_("Contents"), ==, "المحتويات");
  lacuna_message_catalog_pop_thread_default (arabic);
  g_assert_false (lacuna_language_is_rtl (NULL));
  g_assert_null (lacuna_message_catalog_get_thread_default ());
}

/* ---- Reports ------------------------------------------------------------ */

static char *
write_report (const char *language,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) store = lacuna_store_open (sample_path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_autofree char *pdf = in_tmp (name);

  g_assert_no_error (error);
  g_assert_true (lacuna_report_write_stores (store, NULL, LACUNA_REPORT_INTERNAL, language, pdf, &error));
  g_assert_no_error (error);
  return pdf_reader_text (pdf);
}

static void
assert_esperanto (const char *text)
{
  static const char *const expected[] = {
    "Resumo por decidantoj", "Trovoj laŭ kolono", "Enhavo", "Aldonaĵoj",   /* the report's headings */
    "Parta", "Urĝa",                                                       /* core labels */
    "Homkomerco",                                                          /* framework content */
    "Konstatu",                                                            /* the analysis's sentences */
    "ne estis takseblaj pro manko de informoj",                            /* a plural */
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("the report in Esperanto lacks “%s”", expected[i]);
  g_assert_null (strstr (text, "Executive summary"));
  g_assert_null (strstr (text, "Summarium"));
  g_assert_null (strstr (text, "Establish whether the law"));
  /* What the catalogue does not translate stays in English. */
  g_assert_nonnull (strstr (text, "Charts"));
}

static void
test_report_in_language (void)
{
  g_autofree char *esperanto = write_report ("eo", "eo.pdf");
  g_autofree char *english = write_report ("en", "en.pdf");
  g_autofree char *process = write_report (NULL, "process.pdf");

  assert_esperanto (esperanto);
  /* The process's language is la, untouched by the report's. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Executive summary"), ==, "Summarium");
  g_assert_cmpstr (_("Urgent"), ==, "Urgens");
  g_assert_null (lacuna_message_catalog_get_thread_default ());

  g_assert_nonnull (strstr (english, "Executive summary"));
  g_assert_nonnull (strstr (english, "Establish whether the law"));
  g_assert_null (strstr (english, "Summarium"));
  g_assert_null (strstr (english, "Resumo por decidantoj"));

  /* No language: the process's. */
  g_assert_nonnull (strstr (process, "Summarium"));
  g_assert_nonnull (strstr (process, "Urgens"));
}

static void
test_report_unknown_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LacunaStore) store = lacuna_store_open (sample_path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_autofree char *pdf = in_tmp ("unknown.pdf");
  g_autoptr(LacunaAnalysis) analysis = lacuna_analyse_store (store);
  LacunaReportOptions options = { .edition = LACUNA_REPORT_PUBLIC, .language = "xx" };

  g_assert_no_error (error);
  g_assert_false (lacuna_report_write_stores (store, NULL, LACUNA_REPORT_PUBLIC, "xx", pdf, &error));
  g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_UNKNOWN_LANGUAGE);
  g_clear_error (&error);
  g_assert_false (lacuna_report_write (store, analysis, &options, pdf, &error));
  g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_UNKNOWN_LANGUAGE);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_null (lacuna_message_catalog_get_thread_default ());
}

typedef struct {
  const char *language;
  const char *heading;       /* its "Executive summary" */
  const char *other_heading; /* the other thread's */
  GMutex     *mutex;
  GCond      *cond;
  guint      *ready;
  char       *failure;
} Writer;

static gpointer
write_reports_in_thread (gpointer data)
{
  Writer *writer = data;

  /* Both threads start together, so their reports are laid out at once. */
  g_mutex_lock (writer->mutex);
  (*writer->ready)++;
  g_cond_broadcast (writer->cond);
  while (*writer->ready < 2)
    g_cond_wait (writer->cond, writer->mutex);
  g_mutex_unlock (writer->mutex);

  for (guint round = 0; round < 3 && writer->failure == NULL; round++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u.pdf", writer->language, round);
      g_autofree char *pdf = in_tmp (name);
      g_autoptr(GError) error = NULL;
      g_autoptr(LacunaStore) store = lacuna_store_open (sample_path, LACUNA_STORE_OPEN_READ_ONLY, &error);
      g_autofree char *text = NULL;

      if (store == NULL || !lacuna_report_write_stores (store, NULL, LACUNA_REPORT_PUBLIC, writer->language, pdf, &error))
        {
          writer->failure = g_strdup (error->message);
          break;
        }
      text = pdf_reader_text (pdf);
      if (strstr (text, writer->heading) == NULL || strstr (text, writer->other_heading) != NULL)
        writer->failure = g_strdup_printf ("the %s report of round %u is not in its language", writer->language, round);
    }
  return NULL;
}

static void
test_concurrent_languages (void)
{
  GMutex mutex;
  GCond cond;
  guint ready = 0;
  Writer writers[2] = {
    { "eo", "Resumo por decidantoj", "Summarium", &mutex, &cond, &ready, NULL },
    { "la", "Summarium", "Resumo por decidantoj", &mutex, &cond, &ready, NULL },
  };
  GThread *threads[2];

  g_mutex_init (&mutex);
  g_cond_init (&cond);
  for (guint i = 0; i < 2; i++)
    threads[i] = g_thread_new (writers[i].language, write_reports_in_thread, &writers[i]);
  for (guint i = 0; i < 2; i++)
    g_thread_join (threads[i]);
  for (guint i = 0; i < 2; i++)
    {
      if (writers[i].failure != NULL)
        g_error ("%s", writers[i].failure);
    }
  g_mutex_clear (&mutex);
  g_cond_clear (&cond);
}

static void
test_async_request (void)
{
  g_autofree char *pdf = in_tmp ("async.pdf");
  g_autofree char *orphan = in_tmp ("async-orphan.pdf");
  g_autofree char *missing = in_tmp ("no-such-baseline.lacuna");
  g_autofree char *text = NULL;
  LacunaReportRequest request = { LACUNA_REPORT_INTERNAL, "eo", sample_path };
  LacunaReportRequest bad_baseline = { LACUNA_REPORT_INTERNAL, NULL, missing };
  LacunaReportRequest bad_language = { LACUNA_REPORT_INTERNAL, "xx", NULL };
  g_autoptr(GError) error = NULL;
  gboolean written;

  /* In Esperanto, compared with a baseline (itself, here). */
  written = report_written_in_thread (sample_path, &request, pdf, &error);
  g_assert_no_error (error);
  g_assert_true (written);
  text = pdf_reader_text (pdf);
  assert_esperanto (text);
  g_assert_nonnull (strstr (text, "Progress since the baseline"));
  /* The calling thread kept the process's language. */
  g_assert_cmpstr (_("Urgent"), ==, "Urgens");

  written = report_written_in_thread (sample_path, &bad_baseline, orphan, &error);
  g_assert_false (written);
  g_assert_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-baseline.lacuna"));
  g_clear_error (&error);

  written = report_written_in_thread (sample_path, &bad_language, orphan, &error);
  g_assert_false (written);
  g_assert_error (error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_UNKNOWN_LANGUAGE);
  g_clear_error (&error);
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
}

/* ---- The command line --------------------------------------------------- */

static int
run_cli (const char *const *arguments,
         char             **out,
         char             **err)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_strv_builder_add (builder, g_getenv ("LACUNA_CLI"));
  g_strv_builder_addv (builder, (const char **) arguments);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL, 0, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (void)
{
  g_autofree char *pdf = in_tmp ("cli-eo.pdf");
  g_autofree char *orphan = in_tmp ("cli-xx.pdf");
  const char *list[] = { "languages", NULL };
  const char *report[] = { "report", sample_path, "-o", pdf, "--lang", "eo", NULL };
  const char *unknown[] = { "report", sample_path, "-o", orphan, "--lang", "xx", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (run_cli (list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "en       English\neo       eo\nla       la\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (report, &out, &err), ==, 0);
  text = pdf_reader_text (pdf);
  assert_esperanto (text);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (unknown, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "“xx”"));
  g_assert_nonnull (strstr (err, "en, eo, la"));
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(LacunaCatalog) catalog = NULL;
  g_autoptr(LacunaStore) sample = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* The process's messages in la, from the test catalogues. */
  g_setenv ("LANGUAGE", "la", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, lacuna_paths_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  directory = g_dir_make_tmp ("lacuna-report-language-XXXXXX", NULL);
  sample_path = in_tmp ("sample.lacuna");
  catalog = lacuna_catalog_load_default (&error);
  g_assert_no_error (error);
  sample = lacuna_sample_create (sample_path, catalog, &error);
  g_assert_no_error (error);
  g_clear_pointer (&sample, lacuna_store_close);
  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Executive summary"), "Summarium") != 0)
    g_error ("the process's gettext does not use the test catalogue la");

  g_test_add_func ("/report-language/plural-rules", test_plural_rules);
  g_test_add_func ("/report-language/plural-rule-division-by-zero", test_plural_rule_division_by_zero);
  g_test_add_func ("/report-language/plural-rule-junk", test_plural_rule_junk);
  g_test_add_func ("/report-language/lookup", test_lookup);
  g_test_add_func ("/report-language/language-variants", test_language_variants);
  g_test_add_func ("/report-language/unknown-language", test_unknown_language);
  g_test_add_func ("/report-language/languages-list", test_languages_list);
  g_test_add_func ("/report-language/byte-order", test_byte_order);
  g_test_add_func ("/report-language/bad-plural-header", test_bad_plural_header);
  g_test_add_func ("/report-language/damaged-files", test_damaged_files);
  g_test_add_func ("/report-language/thread-direction", test_thread_direction);
  g_test_add_func ("/report-language/report-in-language", test_report_in_language);
  g_test_add_func ("/report-language/report-unknown-language", test_report_unknown_language);
  g_test_add_func ("/report-language/concurrent-languages", test_concurrent_languages);
  g_test_add_func ("/report-language/async-request", test_async_request);
  g_test_add_func ("/report-language/cli", test_cli);
  status = g_test_run ();

  {
    const char *rm[] = { "rm", "-rf", directory, NULL };
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (sample_path);
  g_free (directory);
  return status;
}
