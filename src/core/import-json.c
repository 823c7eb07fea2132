/* import-json.c — reading an exported assessment back
 *
 * Everything is read and checked first; only then is anything written, in
 * one transaction. A bad document names the field at fault, such as
 * “answers[12].law”, and changes nothing.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"
#include <glib/gstdio.h>

#include "export-json.h"
#include "import.h"
#include "store-private.h"

typedef struct {
  LacunaAssessmentDetails *details;
  GPtrArray               *answers;        /* LacunaAnswer* */
  GPtrArray               *participants;   /* LacunaParticipant* */
  GPtrArray               *instruments;    /* LacunaNationalInstrument* */
  GPtrArray               *history;        /* LacunaHistoryEntry* */
} Document;

static void
document_clear (Document *document)
{
  g_clear_pointer (&document->details, lacuna_assessment_details_free);
  g_clear_pointer (&document->answers, g_ptr_array_unref);
  g_clear_pointer (&document->participants, g_ptr_array_unref);
  g_clear_pointer (&document->instruments, g_ptr_array_unref);
  g_clear_pointer (&document->history, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Document, document_clear)

G_GNUC_PRINTF (3, 4)
static void
set_field_error (GError    **error,
                 const char *path,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL || *error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID, "%s: %s", path, message);
}

/* A string member, or NULL when absent or null; anything else is an
 * error. */
static gboolean
read_string (JsonObject  *object,
             const char  *member,
             const char  *path,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, member);
      set_field_error (error, where, _("expected text"));
      return FALSE;
    }
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_required_string (JsonObject  *object,
                      const char  *member,
                      const char  *path,
                      char       **out,
                      GError     **error)
{
  if (!read_string (object, member, path, out, error))
    return FALSE;
  if (*out == NULL || **out == '\0')
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, member);
      set_field_error (error, where, _("missing"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_boolean (JsonObject  *object,
              const char  *member,
              const char  *path,
              gboolean    *out,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, member);
      set_field_error (error, where, _("expected true or false"));
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_string_list (JsonObject  *object,
                  const char  *member,
                  const char  *path,
                  char      ***out,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_autofree char *where = g_strdup_printf ("%s.%s", path, member);
          set_field_error (error, where, _("expected a list"));
          return FALSE;
        }
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
            {
              g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, member, i);
              set_field_error (error, where, _("expected text"));
              return FALSE;
            }
          g_strv_builder_add (builder, json_node_get_string (item));
        }
    }
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static JsonArray *
read_array (JsonObject  *root,
            const char  *member,
            GError     **error)
{
  JsonNode *node = json_object_get_member (root, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_field_error (error, member, _("expected a list"));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
element_object (JsonArray   *array,
                guint        index,
                const char  *path,
                GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_field_error (error, path, _("expected an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
read_level (JsonObject  *object,
            const char  *member,
            const char  *path,
            LacunaLevel *out,
            GError     **error)
{
  g_autofree char *text = NULL;

  if (!read_string (object, member, path, &text, error))
    return FALSE;
  if (text == NULL || g_str_equal (text, "unanswered"))
    {
      *out = LACUNA_LEVEL_UNANSWERED;
      return TRUE;
    }
  /* Exchange files use the names only; the digits are a typing shortcut. */
  if (g_ascii_isdigit (text[0]) || !lacuna_level_from_string (text, out))
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, member);
      set_field_error (error, where, _("“%s” is not a level; use none, partial, largely, full or unknown"), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
lacuna_import_read_answer (JsonObject    *object,
                           const char    *path,
                           LacunaAnswer **out,
                           GError       **error)
{
  g_autoptr(LacunaAnswer) answer = lacuna_answer_new (NULL);
  g_autofree char *urgency = NULL;
  g_auto(GStrv) ta_needs = NULL;

  if (!read_required_string (object, "measure_id", path, &answer->measure_id, error) ||
      !read_level (object, "law", path, &answer->law, error) ||
      !read_level (object, "practice", path, &answer->practice, error) ||
      !read_boolean (object, "not_applicable", path, &answer->not_applicable, error) ||
      !read_string (object, "na_reason", path, &answer->na_reason, error) ||
      !read_string (object, "evidence", path, &answer->evidence, error) ||
      !read_string (object, "notes", path, &answer->notes, error) ||
      !read_string (object, "responsible", path, &answer->responsible, error) ||
      !read_string_list (object, "ta_needs", path, &ta_needs, error) ||
      !read_string (object, "ta_other", path, &answer->ta_other, error) ||
      !read_string (object, "urgency", path, &urgency, error) ||
      !read_string (object, "urgency_reason", path, &answer->urgency_reason, error) ||
      !read_string (object, "timeframe", path, &answer->timeframe, error) ||
      !read_boolean (object, "to_reconfirm", path, &answer->to_reconfirm, error) ||
      !read_boolean (object, "confidential", path, &answer->confidential, error) ||
      !read_string (object, "changed_by", path, &answer->changed_by, error) ||
      !read_string (object, "changed_at", path, &answer->changed_at, error))
    return FALSE;

  if (!lacuna_urgency_from_string (urgency, &answer->urgency))
    {
      g_autofree char *where = g_strdup_printf ("%s.urgency", path);
      set_field_error (error, where, _("“%s” is not an urgency; use lower, normal or higher"), urgency);
      return FALSE;
    }
  {
    g_autofree char *joined = g_strjoinv (" ", ta_needs);
    g_autofree char *bad = NULL;
    if (!lacuna_ta_needs_from_string (joined, &answer->ta_needs, &bad))
      {
        g_autofree char *where = g_strdup_printf ("%s.ta_needs", path);
        set_field_error (error, where, _("“%s” is not a kind of technical assistance"), bad);
        return FALSE;
      }
  }
  *out = g_steal_pointer (&answer);
  return TRUE;
}

static gboolean
read_participant (JsonObject         *object,
                  const char         *path,
                  LacunaParticipant **out,
                  GError            **error)
{
  g_autoptr(LacunaParticipant) participant = lacuna_participant_new ();

  g_clear_pointer (&participant->pillars, g_strfreev);
  if (!read_string (object, "uuid", path, &participant->uuid, error) ||
      !read_required_string (object, "name", path, &participant->name, error) ||
      !read_string (object, "institution", path, &participant->institution, error) ||
      !read_string (object, "role", path, &participant->role, error) ||
      !read_string (object, "contact", path, &participant->contact, error) ||
      !read_string_list (object, "pillars", path, &participant->pillars, error))
    return FALSE;
  *out = g_steal_pointer (&participant);
  return TRUE;
}

static gboolean
read_instrument (JsonObject                *object,
                 const char                *path,
                 LacunaNationalInstrument **out,
                 GError                   **error)
{
  g_autoptr(LacunaNationalInstrument) instrument = lacuna_national_instrument_new ();
  g_autofree char *type = NULL;
  g_autofree char *status = NULL;

  g_clear_pointer (&instrument->measures, g_strfreev);
  if (!read_string (object, "uuid", path, &instrument->uuid, error) ||
      !read_required_string (object, "type", path, &type, error) ||
      !read_required_string (object, "title", path, &instrument->title, error) ||
      !read_string (object, "article", path, &instrument->article, error) ||
      !read_string (object, "adopted", path, &instrument->adopted, error) ||
      !read_required_string (object, "status", path, &status, error) ||
      !read_string (object, "reference", path, &instrument->reference, error) ||
      !read_boolean (object, "confidential", path, &instrument->confidential, error) ||
      !read_string_list (object, "measures", path, &instrument->measures, error))
    return FALSE;
  if (!lacuna_national_instrument_type_from_string (type, &instrument->type))
    {
      g_autofree char *where = g_strdup_printf ("%s.type", path);
      set_field_error (error, where, _("“%s” is not a type of instrument"), type);
      return FALSE;
    }
  if (!lacuna_instrument_status_from_string (status, &instrument->status))
    {
      g_autofree char *where = g_strdup_printf ("%s.status", path);
      set_field_error (error, where, _("“%s” is not a status; use in-force, draft or repealed"), status);
      return FALSE;
    }
  *out = g_steal_pointer (&instrument);
  return TRUE;
}

static gboolean
read_history (JsonObject          *object,
              const char          *path,
              LacunaHistoryEntry **out,
              GError             **error)
{
  g_autoptr(LacunaHistoryEntry) entry = g_new0 (LacunaHistoryEntry, 1);

  if (!read_required_string (object, "uuid", path, &entry->uuid, error) ||
      !read_required_string (object, "at", path, &entry->at, error) ||
      !read_string (object, "by", path, &entry->by, error) ||
      !read_required_string (object, "entity", path, &entry->entity, error) ||
      !read_required_string (object, "key", path, &entry->key, error) ||
      !read_required_string (object, "field", path, &entry->field, error) ||
      !read_string (object, "old_value", path, &entry->old_value, error) ||
      !read_string (object, "new_value", path, &entry->new_value, error))
    return FALSE;
  *out = g_steal_pointer (&entry);
  return TRUE;
}

static gboolean
read_details (JsonObject               *object,
              LacunaAssessmentDetails **out,
              GError                  **error)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_assessment_details_new ();

  if (!read_string (object, "uuid", "assessment", &details->uuid, error) ||
      !read_string (object, "created_at", "assessment", &details->created_at, error) ||
      !read_string_list (object, "frameworks", "assessment", &details->frameworks, error) ||
      !read_string (object, "baseline_uuid", "assessment", &details->baseline_uuid, error) ||
      !read_string (object, "baseline_title", "assessment", &details->baseline_title, error))
    return FALSE;
  for (guint i = 0; i < LACUNA_N_DETAILS; i++)
    if (!read_string (object, lacuna_detail_to_string (i), "assessment", &details->values[i], error))
      return FALSE;
  if (details->uuid != NULL && !g_uuid_string_is_valid (details->uuid))
    {
      set_field_error (error, "assessment.uuid", _("not a valid id"));
      return FALSE;
    }
  *out = g_steal_pointer (&details);
  return TRUE;
}

#define READ_LIST(member, reader, type, free_func, target)                         \
  G_STMT_START {                                                                    \
    JsonArray *array = read_array (root, member, error);                            \
    target = g_ptr_array_new_with_free_func ((GDestroyNotify) free_func);          \
    if (array == NULL && error != NULL && *error != NULL)                          \
      return FALSE;                                                                 \
    for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)     \
      {                                                                             \
        g_autofree char *path = g_strdup_printf ("%s[%u]", member, i);            \
        JsonObject *object = element_object (array, i, path, error);               \
        type *item = NULL;                                                          \
        if (object == NULL || !reader (object, path, &item, error))                \
          return FALSE;                                                             \
        g_ptr_array_add (target, item);                                             \
      }                                                                             \
  } G_STMT_END

/* An exported assessment nests four levels deep. json-glib's parser
 * recurses once per level, so a crafted file of a few hundred kilobytes
 * of brackets would exhaust the stack and crash; such depth is refused
 * before parsing, by a scan that does not recurse. */
#define MAX_JSON_DEPTH 64

static gboolean
check_depth (const char  *text,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_JSON_DEPTH)
            {
              g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                           _("This JSON nests lists and objects more than %d deep; it is not an assessment exported by Lacuna."),
                           MAX_JSON_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

static gboolean
read_document (const char  *text,
               gsize        length,
               Document    *document,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *format = NULL;
  JsonObject *root;
  JsonNode *version;
  JsonNode *assessment;

  if (!check_depth (text, length, error))
    return FALSE;
  if (!json_parser_load_from_data (parser, text, length, &parse_error))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("This is not valid JSON: %s"), parse_error->message);
      return FALSE;
    }
  /* Empty or blank text parses, but without a root node. */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("This JSON file is empty."));
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("This JSON is not an assessment exported by Lacuna."));
      return FALSE;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  if (!read_string (root, "format", "document", &format, error))
    return FALSE;
  if (g_strcmp0 (format, LACUNA_JSON_FORMAT) != 0)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID,
                   _("This JSON is not an assessment exported by Lacuna (its “format” is not “%s”)."),
                   LACUNA_JSON_FORMAT);
      return FALSE;
    }
  version = json_object_get_member (root, "format_version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) > LACUNA_JSON_FORMAT_VERSION)
    {
      g_set_error (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_NEWER_VERSION,
                   _("This JSON was written by a newer Lacuna (format version above %d); update Lacuna to import it."),
                   LACUNA_JSON_FORMAT_VERSION);
      return FALSE;
    }

  assessment = json_object_get_member (root, "assessment");
  if (assessment != NULL && !JSON_NODE_HOLDS_OBJECT (assessment))
    {
      set_field_error (error, "assessment", _("expected an object"));
      return FALSE;
    }
  if (assessment != NULL && !read_details (json_node_get_object (assessment), &document->details, error))
    return FALSE;

  READ_LIST ("answers", lacuna_import_read_answer, LacunaAnswer, lacuna_answer_free, document->answers);
  READ_LIST ("participants", read_participant, LacunaParticipant, lacuna_participant_free, document->participants);
  READ_LIST ("instruments", read_instrument, LacunaNationalInstrument, lacuna_national_instrument_free,
             document->instruments);
  READ_LIST ("history", read_history, LacunaHistoryEntry, lacuna_history_entry_free, document->history);
  return TRUE;
}

/* Writes what the document holds, exactly: for a restore. */
static gboolean
restore_document (LacunaStore  *store,
                  Document     *document,
                  GError      **error)
{
  if (!lacuna_store_clear_history (store, error))
    return FALSE;
  for (guint i = 0; i < document->answers->len; i++)
    if (!lacuna_store_restore_answer (store, g_ptr_array_index (document->answers, i), error))
      {
        g_prefix_error (error, "answers[%u]: ", i);
        return FALSE;
      }
  for (guint i = 0; i < document->participants->len; i++)
    {
      LacunaParticipant *participant = g_ptr_array_index (document->participants, i);
      if (participant->uuid == NULL)
        participant->uuid = g_uuid_string_random ();
      if (!lacuna_store_restore_participant (store, participant, error))
        {
          g_prefix_error (error, "participants[%u]: ", i);
          return FALSE;
        }
    }
  for (guint i = 0; i < document->instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (document->instruments, i);
      if (instrument->uuid == NULL)
        instrument->uuid = g_uuid_string_random ();
      if (!lacuna_store_restore_instrument (store, instrument, error))
        {
          g_prefix_error (error, "instruments[%u]: ", i);
          return FALSE;
        }
    }
  for (guint i = 0; i < document->history->len; i++)
    if (!lacuna_store_restore_history (store, g_ptr_array_index (document->history, i), error))
      return FALSE;
  return TRUE;
}

LacunaStore *
lacuna_import_json_new (const char     *path,
                        const char     *text,
                        gsize           length,
                        LacunaCatalog  *catalog,
                        const char     *by,
                        GError        **error)
{
  g_auto(Document) document = { 0 };
  g_autoptr(LacunaStore) store = NULL;

  if (!read_document (text, length, &document, error))
    return NULL;
  if (document.details == NULL)
    {
      set_field_error (error, "assessment", _("missing: a new assessment needs its details"));
      return NULL;
    }

  store = lacuna_store_create (path, catalog, document.details, by, error);
  if (store == NULL)
    return NULL;

  if (!lacuna_store_begin_batch (store, error))
    goto discard;
  if (!restore_document (store, &document, error))
    {
      lacuna_store_end_batch (store, FALSE, NULL);
      goto discard;
    }
  if (!lacuna_store_end_batch (store, TRUE, error))
    goto discard;
  return g_steal_pointer (&store);

discard:
  /* The file was created for this import only: leave nothing behind. */
  g_clear_pointer (&store, lacuna_store_close);
  g_unlink (path);
  return NULL;
}

/* Applies the document's answers, participants and instruments to an
 * existing assessment as ordinary edits by "by", all or nothing. */
gboolean
lacuna_import_json_into (LacunaStore  *store,
                         const char   *text,
                         gsize         length,
                         const char   *by,
                         GError      **error)
{
  g_auto(Document) document = { 0 };

  if (!read_document (text, length, &document, error) || !lacuna_store_begin_batch (store, error))
    return FALSE;

  for (guint i = 0; i < document.answers->len; i++)
    if (!lacuna_store_set_answer (store, g_ptr_array_index (document.answers, i), by, error))
      {
        g_prefix_error (error, "answers[%u]: ", i);
        goto fail;
      }
  for (guint i = 0; i < document.participants->len; i++)
    {
      LacunaParticipant *participant = g_ptr_array_index (document.participants, i);
      g_autoptr(GPtrArray) existing = lacuna_store_list_participants (store);
      gboolean known = FALSE;

      for (guint j = 0; j < existing->len && participant->uuid != NULL; j++)
        known |= g_str_equal (((LacunaParticipant *) g_ptr_array_index (existing, j))->uuid, participant->uuid);
      if (!known)
        g_clear_pointer (&participant->uuid, g_free);
      if (!lacuna_store_save_participant (store, participant, by, error))
        {
          g_prefix_error (error, "participants[%u]: ", i);
          goto fail;
        }
    }
  for (guint i = 0; i < document.instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (document.instruments, i);
      g_autoptr(LacunaNationalInstrument) existing = instrument->uuid != NULL
                                                       ? lacuna_store_get_instrument (store, instrument->uuid)
                                                       : NULL;

      if (existing == NULL)
        g_clear_pointer (&instrument->uuid, g_free);
      if (!lacuna_store_save_instrument (store, instrument, by, error))
        {
          g_prefix_error (error, "instruments[%u]: ", i);
          goto fail;
        }
    }
  return lacuna_store_end_batch (store, TRUE, error);

fail:
  lacuna_store_end_batch (store, FALSE, NULL);
  return FALSE;
}
