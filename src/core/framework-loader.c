/* framework-loader.c — GMarkup parser for framework, instrument and tool files
 *
 * Checks everything that can be checked inside one file; references between
 * files are checked by lacuna_catalog_resolve() once all files are read.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include "i18n-private.h"

#include "diagnostic.h"
#include "framework-loader.h"
#include "framework-private.h"
#include "paths.h"

#define MAX_ID_LENGTH        64
#define MAX_ATTRIBUTE_LENGTH 200
#define MAX_TITLE_LENGTH     300
#define MAX_QUESTION_LENGTH  500
#define MAX_TEXT_LENGTH      2000

G_DEFINE_QUARK (lacuna-framework-error-quark, lacuna_framework_error)

typedef enum {
  NODE_FRAMEWORK,
  NODE_PILLAR,
  NODE_AREA,
  NODE_MEASURE,
  NODE_INSTRUMENTS,
  NODE_INSTRUMENT,
  NODE_PROVISION,
  NODE_TOOLS,
  NODE_TOOL,
  NODE_TEXT,
  NODE_REFERENCE,
  NODE_SKIP,
} NodeKind;

typedef enum {
  CHILD_TEXT,
  CHILD_TEXT_LIST,
  CHILD_CONTAINER,
  CHILD_REFERENCE,
} ChildKind;

typedef struct {
  NodeKind     parent;
  const char  *name;
  ChildKind    kind;
  gsize        offset;     /* of the char* (or GPtrArray*) field it fills */
  guint        max_chars;
} ChildRule;

static const ChildRule child_rules[] = {
  { NODE_FRAMEWORK, "title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaFramework, title), MAX_TITLE_LENGTH },
  { NODE_FRAMEWORK, "short-title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaFramework, short_title), MAX_TITLE_LENGTH },
  { NODE_FRAMEWORK, "provenance", CHILD_TEXT, G_STRUCT_OFFSET (LacunaFramework, provenance), MAX_TEXT_LENGTH },
  { NODE_FRAMEWORK, "pillar", CHILD_CONTAINER, 0, 0 },
  { NODE_PILLAR, "title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaPillar, title), MAX_TITLE_LENGTH },
  { NODE_PILLAR, "area", CHILD_CONTAINER, 0, 0 },
  { NODE_AREA, "title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaArea, title), MAX_TITLE_LENGTH },
  { NODE_AREA, "measure", CHILD_CONTAINER, 0, 0 },
  { NODE_MEASURE, "title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaMeasure, title), MAX_TITLE_LENGTH },
  { NODE_MEASURE, "description", CHILD_TEXT, G_STRUCT_OFFSET (LacunaMeasure, description), MAX_TEXT_LENGTH },
  { NODE_MEASURE, "question", CHILD_TEXT_LIST, G_STRUCT_OFFSET (LacunaMeasure, questions), MAX_QUESTION_LENGTH },
  { NODE_MEASURE, "recommendation", CHILD_TEXT, G_STRUCT_OFFSET (LacunaMeasure, recommendation), MAX_TEXT_LENGTH },
  { NODE_MEASURE, "legal-basis", CHILD_REFERENCE, 0, 0 },
  { NODE_MEASURE, "tool", CHILD_REFERENCE, 0, 0 },
  { NODE_MEASURE, "enables", CHILD_REFERENCE, 0, 0 },
  { NODE_MEASURE, "related", CHILD_REFERENCE, 0, 0 },
  { NODE_INSTRUMENTS, "instrument", CHILD_CONTAINER, 0, 0 },
  { NODE_INSTRUMENT, "title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaInstrument, title), MAX_TITLE_LENGTH },
  { NODE_INSTRUMENT, "short-title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaInstrument, short_title), MAX_TITLE_LENGTH },
  { NODE_INSTRUMENT, "provision", CHILD_CONTAINER, 0, 0 },
  { NODE_PROVISION, "short-title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaProvision, short_title), MAX_TITLE_LENGTH },
  { NODE_PROVISION, "paraphrase", CHILD_TEXT, G_STRUCT_OFFSET (LacunaProvision, paraphrase), MAX_TEXT_LENGTH },
  { NODE_PROVISION, "prompt", CHILD_TEXT, G_STRUCT_OFFSET (LacunaProvision, prompt), MAX_TEXT_LENGTH },
  { NODE_TOOLS, "tool", CHILD_CONTAINER, 0, 0 },
  { NODE_TOOL, "title", CHILD_TEXT, G_STRUCT_OFFSET (LacunaTool, title), MAX_TITLE_LENGTH },
  { NODE_TOOL, "use", CHILD_TEXT, G_STRUCT_OFFSET (LacunaTool, use), MAX_TEXT_LENGTH },
};

typedef struct {
  const char *name;
  gboolean    required;
} AttributeRule;

#define MAX_ATTRIBUTES 4

static const AttributeRule framework_attributes[] = {
  { "id", TRUE }, { "version", TRUE }, { "publisher", TRUE }, { "year", TRUE }, { NULL, FALSE } };
static const AttributeRule id_only_attributes[] = { { "id", TRUE }, { NULL, FALSE } };
static const AttributeRule measure_attributes[] = {
  { "id", TRUE }, { "level", TRUE }, { "dimensions", FALSE }, { "unodc-ref", FALSE }, { NULL, FALSE } };
static const AttributeRule legal_basis_attributes[] = {
  { "instrument", TRUE }, { "article", TRUE }, { "paragraph", FALSE }, { NULL, FALSE } };
static const AttributeRule tool_ref_attributes[] = { { "ref", TRUE }, { "detail", FALSE }, { NULL, FALSE } };
static const AttributeRule measure_ref_attributes[] = { { "measure", TRUE }, { NULL, FALSE } };
static const AttributeRule no_attributes[] = { { NULL, FALSE } };
static const AttributeRule instrument_attributes[] = { { "id", TRUE }, { "year", FALSE }, { NULL, FALSE } };
static const AttributeRule provision_attributes[] = {
  { "article", TRUE }, { "paragraph", FALSE }, { "level", TRUE }, { NULL, FALSE } };
static const AttributeRule tool_attributes[] = {
  { "id", TRUE }, { "publisher", TRUE }, { "year", FALSE }, { NULL, FALSE } };

typedef struct {
  NodeKind         kind;
  char            *name;
  gpointer         object;        /* the model object this element fills */
  LacunaSourcePos  pos;
  /* Text elements */
  GString         *text;
  char           **target;        /* NULL when the text is to be dropped */
  GPtrArray       *target_list;
  guint            max_chars;
  gboolean         reported_text;
  gboolean         had_invalid_child;  /* so it is not also called empty */
} Node;

typedef struct {
  const char          *file;
  const char          *data;      /* the text GMarkup is parsing */
  gsize                length;
  GArray              *line_starts; /* gsize byte offset of each line */
  /* The last position mapped to a byte offset: positions only move
   * forward while parsing, so mapping from here keeps a long single-line
   * file linear rather than quadratic. */
  LacunaSourcePos      cursor_pos;
  gsize                cursor_offset;
  GPtrArray           *diagnostics;
  guint                n_errors;
  GMarkupParseContext *context;
  GPtrArray           *stack;     /* Node* */
  gboolean             root_seen;
  gboolean             stopped;   /* a callback reported why parsing stopped */
  LacunaFramework     *framework;
  GPtrArray           *instruments;
  GPtrArray           *tools;
} ParseState;

static void
node_free (Node *node)
{
  g_free (node->name);
  if (node->text != NULL)
    g_string_free (node->text, TRUE);
  g_free (node);
}

static LacunaSourcePos element_start_pos (ParseState *state);

static Node *
push_node (ParseState *state,
           NodeKind    kind,
           const char *name,
           gpointer    object)
{
  Node *node = g_new0 (Node, 1);

  node->kind = kind;
  node->name = g_strdup (name);
  node->object = object;
  node->pos = element_start_pos (state);
  g_ptr_array_add (state->stack, node);
  return node;
}

static Node *
top_node (ParseState *state)
{
  if (state->stack->len == 0)
    return NULL;
  return g_ptr_array_index (state->stack, state->stack->len - 1);
}

static LacunaSourcePos
current_pos (ParseState *state)
{
  int line = 0, column = 0;

  g_markup_parse_context_get_position (state->context, &line, &column);
  return (LacunaSourcePos) { line, column };
}

static gsize
offset_of_pos (ParseState      *state,
               LacunaSourcePos  pos)
{
  const char *p, *end = state->data + state->length;
  guint column = 1;

  if (pos.line == 0 || pos.line > state->line_starts->len)
    return state->length;
  if (pos.line == state->cursor_pos.line && pos.column >= state->cursor_pos.column)
    {
      p = state->data + state->cursor_offset;
      column = state->cursor_pos.column;
    }
  else
    p = state->data + g_array_index (state->line_starts, gsize, pos.line - 1);
  for (; column < pos.column && p < end && *p != '\n'; column++)
    p = g_utf8_next_char (p);

  state->cursor_pos = (LacunaSourcePos) { pos.line, column };
  state->cursor_offset = p - state->data;
  return state->cursor_offset;
}

static LacunaSourcePos
pos_of_offset (ParseState *state,
               gsize       offset)
{
  guint low = 0, high = state->line_starts->len;
  LacunaSourcePos pos;
  const char *p;

  /* Usually just before the cursor, on its line: count back from it. */
  if (offset <= state->cursor_offset && state->cursor_pos.line > 0 &&
      offset >= g_array_index (state->line_starts, gsize, state->cursor_pos.line - 1))
    {
      pos = state->cursor_pos;
      for (p = state->data + offset; p < state->data + state->cursor_offset; p++)
        if (((guchar) *p & 0xC0) != 0x80)
          pos.column--;
      return pos;
    }

  /* Last line starting at or before offset. */
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;
      if (g_array_index (state->line_starts, gsize, middle) <= offset)
        low = middle;
      else
        high = middle;
    }
  pos.line = low + 1;
  pos.column = 1;
  for (p = state->data + g_array_index (state->line_starts, gsize, low); p < state->data + offset; p = g_utf8_next_char (p))
    pos.column++;
  return pos;
}

/* GMarkup reports the end of a start tag; people look for its beginning.
 * A "<" cannot appear unescaped inside a tag, so the nearest one before the
 * current position opens the element. */
static LacunaSourcePos
element_start_pos (ParseState *state)
{
  gsize offset = offset_of_pos (state, current_pos (state));

  if (offset >= state->length)
    offset = state->length > 0 ? state->length - 1 : 0;
  while (offset > 0 && state->data[offset] != '<')
    offset--;
  return pos_of_offset (state, offset);
}

static GArray *
find_line_starts (const char *data,
                  gsize       length)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize zero = 0;

  g_array_append_val (starts, zero);
  for (gsize i = 0; i < length; i++)
    if (data[i] == '\n')
      {
        gsize next = i + 1;
        g_array_append_val (starts, next);
      }
  return starts;
}

G_GNUC_PRINTF (3, 4)
static void
report (ParseState      *state,
        LacunaSourcePos  pos,
        const char      *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  lacuna_diagnostics_add (state->diagnostics, state->file, pos.line, pos.column, "%s", message);
  state->n_errors++;
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > MAX_ID_LENGTH || !g_ascii_isalpha (id[0]))
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '-' && id[i] != '_')
      return FALSE;
  return TRUE;
}

static gboolean
is_digits (const char *text,
           gsize       min_length,
           gsize       max_length)
{
  gsize length = strlen (text);

  if (length < min_length || length > max_length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* "1", "2(a)", "1(b)(ii)" or "(a)". */
static gboolean
is_valid_paragraph (const char *text)
{
  const char *p = text;

  while (g_ascii_isdigit (*p))
    p++;
  if (p - text > 4)
    return FALSE;
  while (*p == '(')
    {
      const char *start = ++p;
      while (g_ascii_islower (*p))
        p++;
      if (p == start || p - start > 6 || *p != ')')
        return FALSE;
      p++;
    }
  return *p == '\0' && p != text;
}

static gboolean
is_valid_version (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ".", -1);

  return g_strv_length (parts) == 2 && is_digits (parts[0], 1, 4) && is_digits (parts[1], 1, 4);
}

static gboolean
is_valid_year_range (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  guint n = g_strv_length (parts);

  return (n == 1 || n == 2) && is_digits (parts[0], 4, 4) && (n == 1 || is_digits (parts[1], 4, 4));
}

/* Collects the attributes an element may carry into values[], in the order
 * of rules. Returns FALSE when a required one is missing. */
static gboolean
collect_attributes (ParseState          *state,
                    LacunaSourcePos      pos,
                    const char          *element,
                    const char         **names,
                    const char         **values,
                    const AttributeRule *rules,
                    const char         **out)
{
  gboolean complete = TRUE;

  for (guint r = 0; rules[r].name != NULL; r++)
    out[r] = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint r = 0; rules[r].name != NULL; r++)
        if (g_str_equal (names[i], rules[r].name))
          {
            known = TRUE;
            out[r] = values[i];
            if (g_utf8_strlen (values[i], -1) > MAX_ATTRIBUTE_LENGTH)
              {
                report (state, pos, _("The value of “%s” on <%s> is too long (%ld characters; at most %d)."),
                        names[i], element, g_utf8_strlen (values[i], -1), MAX_ATTRIBUTE_LENGTH);
                out[r] = NULL;
              }
          }
      if (!known)
        report (state, pos, _("Unknown attribute “%s” on <%s>."), names[i], element);
    }

  for (guint r = 0; rules[r].name != NULL; r++)
    if (rules[r].required && out[r] == NULL)
      {
        /* An overlong value was reported already. */
        gboolean present = FALSE;
        for (guint i = 0; names[i] != NULL; i++)
          present |= g_str_equal (names[i], rules[r].name);
        if (!present)
          report (state, pos, _("<%s> has no “%s” attribute, which is required."), element, rules[r].name);
        complete = FALSE;
      }

  return complete;
}

static gboolean
check_id (ParseState      *state,
          LacunaSourcePos  pos,
          const char      *element,
          const char      *id)
{
  if (is_valid_id (id))
    return TRUE;
  report (state, pos,
          _("Invalid id “%s” on <%s>: an id starts with a letter and uses only letters, digits, “.”, “-” and “_”, at most %d characters."),
          id, element, MAX_ID_LENGTH);
  return FALSE;
}

static const ChildRule *
find_child_rule (NodeKind    parent,
                 const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (child_rules); i++)
    if (child_rules[i].parent == parent && g_str_equal (child_rules[i].name, name))
      return &child_rules[i];
  return NULL;
}

static char *
list_children (NodeKind parent)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (child_rules); i++)
    if (child_rules[i].parent == parent)
      g_string_append_printf (names, "%s<%s>", names->len > 0 ? ", " : "", child_rules[i].name);
  return g_string_free (names, FALSE);
}

/* Reports a problem that makes the rest of the file meaningless and stops
 * GMarkup. */
G_GNUC_PRINTF (3, 4)
static void
stop_parsing (ParseState  *state,
              GError     **error,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  report (state, element_start_pos (state), "%s", message);
  state->stopped = TRUE;
  g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, message);
}

static void
start_root (ParseState  *state,
            const char  *name,
            const char **names,
            const char **values,
            GError     **error)
{
  LacunaSourcePos pos = element_start_pos (state);
  const char *attrs[MAX_ATTRIBUTES];

  state->root_seen = TRUE;

  if (g_str_equal (name, "framework"))
    {
      LacunaFramework *framework;

      if (!collect_attributes (state, pos, name, names, values, framework_attributes, attrs) ||
          !check_id (state, pos, name, attrs[0]))
        {
          push_node (state, NODE_SKIP, name, NULL);
          return;
        }
      framework = state->framework = lacuna_framework_new ();
      framework->id = g_strdup (attrs[0]);
      framework->version = g_strdup (attrs[1]);
      framework->publisher = g_strdup (attrs[2]);
      framework->year = g_strdup (attrs[3]);
      framework->pos = pos;
      if (!is_valid_version (attrs[1]))
        report (state, pos, _("Invalid version “%s”: write MAJOR.MINOR, for example “1.0”."), attrs[1]);
      if (!is_digits (attrs[3], 4, 4))
        report (state, pos, _("Invalid year “%s”: write four digits."), attrs[3]);
      push_node (state, NODE_FRAMEWORK, name, framework);
    }
  else if (g_str_equal (name, "instruments"))
    {
      collect_attributes (state, pos, name, names, values, no_attributes, attrs);
      state->instruments = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_instrument_free);
      push_node (state, NODE_INSTRUMENTS, name, NULL);
    }
  else if (g_str_equal (name, "tools"))
    {
      collect_attributes (state, pos, name, names, values, no_attributes, attrs);
      state->tools = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_tool_free);
      push_node (state, NODE_TOOLS, name, NULL);
    }
  else
    {
      /* Stop here: whatever follows is not ours to judge. */
      stop_parsing (state, error,
                    _("This is not a Lacuna framework file: its root element is <%s>, where <framework>, <instruments> or <tools> was expected."),
                    name);
    }
}

static void
start_container (ParseState  *state,
                 Node        *parent,
                 const char  *name,
                 const char **names,
                 const char **values)
{
  LacunaSourcePos pos = element_start_pos (state);
  const char *attrs[MAX_ATTRIBUTES];

  switch (parent->kind)
    {
    case NODE_FRAMEWORK:
      {
        LacunaPillar *pillar;

        if (!collect_attributes (state, pos, name, names, values, id_only_attributes, attrs) ||
            !check_id (state, pos, name, attrs[0]))
          break;
        pillar = lacuna_pillar_new ();
        pillar->id = g_strdup (attrs[0]);
        pillar->framework = parent->object;
        pillar->pos = pos;
        g_ptr_array_add (pillar->framework->pillars, pillar);
        push_node (state, NODE_PILLAR, name, pillar);
        return;
      }

    case NODE_PILLAR:
      {
        LacunaArea *area;

        if (!collect_attributes (state, pos, name, names, values, id_only_attributes, attrs) ||
            !check_id (state, pos, name, attrs[0]))
          break;
        area = lacuna_area_new ();
        area->id = g_strdup (attrs[0]);
        area->pillar = parent->object;
        area->pos = pos;
        g_ptr_array_add (area->pillar->areas, area);
        push_node (state, NODE_AREA, name, area);
        return;
      }

    case NODE_AREA:
      {
        LacunaMeasure *measure;
        g_autofree char *bad_token = NULL;

        if (!collect_attributes (state, pos, name, names, values, measure_attributes, attrs) &&
            attrs[0] == NULL)
          break;
        if (!check_id (state, pos, name, attrs[0]))
          break;
        measure = lacuna_measure_new ();
        measure->id = g_strdup (attrs[0]);
        measure->area = parent->object;
        measure->pos = pos;
        if (attrs[1] != NULL && !lacuna_obligation_from_string (attrs[1], &measure->obligation))
          report (state, pos,
                  _("Unknown obligation level “%s” on measure “%s”; expected mandatory, mandatory-qualified, consider, optional, good-practice-core or good-practice."),
                  attrs[1], attrs[0]);
        if (attrs[2] != NULL && !lacuna_dimensions_from_string (attrs[2], &measure->dimensions, &bad_token))
          report (state, pos,
                  _("Unknown dimension “%s” on measure “%s”; expected “legal-basis”, “practice” or both."),
                  bad_token, attrs[0]);
        measure->unodc_ref = g_strdup (attrs[3]);
        g_ptr_array_add (measure->area->measures, measure);
        push_node (state, NODE_MEASURE, name, measure);
        return;
      }

    case NODE_INSTRUMENTS:
      {
        LacunaInstrument *instrument;

        if (!collect_attributes (state, pos, name, names, values, instrument_attributes, attrs) &&
            attrs[0] == NULL)
          break;
        if (!check_id (state, pos, name, attrs[0]))
          break;
        if (attrs[1] != NULL && !is_digits (attrs[1], 4, 4))
          report (state, pos, _("Invalid year “%s”: write four digits."), attrs[1]);
        instrument = lacuna_instrument_new ();
        instrument->id = g_strdup (attrs[0]);
        instrument->year = g_strdup (attrs[1]);
        instrument->pos = pos;
        g_ptr_array_add (state->instruments, instrument);
        push_node (state, NODE_INSTRUMENT, name, instrument);
        return;
      }

    case NODE_INSTRUMENT:
      {
        LacunaProvision *provision;

        if (!collect_attributes (state, pos, name, names, values, provision_attributes, attrs) &&
            attrs[0] == NULL)
          break;
        if (!is_digits (attrs[0], 1, 4))
          {
            report (state, pos, _("Invalid article number “%s”: write digits only."), attrs[0]);
            break;
          }
        if (attrs[1] != NULL && !is_valid_paragraph (attrs[1]))
          {
            report (state, pos,
                    _("Invalid paragraph “%s”: write it as cited, for example “1”, “2(a)”, “1(b)(ii)” or “(a)”."),
                    attrs[1]);
            break;
          }
        provision = lacuna_provision_new ();
        provision->instrument = parent->object;
        provision->article = g_strdup (attrs[0]);
        provision->paragraph = g_strdup (attrs[1]);
        provision->pos = pos;
        if (attrs[2] != NULL && !lacuna_provision_level_from_string (attrs[2], &provision->level))
          report (state, pos,
                  _("Unknown provision level “%s”; expected mandatory, mandatory-qualified, consider, optional, safeguard or not-assessable."),
                  attrs[2]);
        g_ptr_array_add (provision->instrument->provisions, provision);
        push_node (state, NODE_PROVISION, name, provision);
        return;
      }

    case NODE_TOOLS:
      {
        LacunaTool *tool;

        if (!collect_attributes (state, pos, name, names, values, tool_attributes, attrs) &&
            attrs[0] == NULL)
          break;
        if (!check_id (state, pos, name, attrs[0]))
          break;
        if (attrs[2] != NULL && !is_valid_year_range (attrs[2]))
          report (state, pos, _("Invalid year “%s”: write four digits, or a range such as “2004-2022”."), attrs[2]);
        tool = lacuna_tool_new ();
        tool->id = g_strdup (attrs[0]);
        tool->publisher = g_strdup (attrs[1]);
        tool->year = g_strdup (attrs[2]);
        tool->pos = pos;
        g_ptr_array_add (state->tools, tool);
        push_node (state, NODE_TOOL, name, tool);
        return;
      }

    case NODE_MEASURE:
    case NODE_PROVISION:
    case NODE_TOOL:
    case NODE_TEXT:
    case NODE_REFERENCE:
    case NODE_SKIP:
    default:
      g_assert_not_reached ();
    }

  /* The element could not be used; its content would only add noise. */
  parent->had_invalid_child = TRUE;
  push_node (state, NODE_SKIP, name, NULL);
}

static void
start_reference (ParseState  *state,
                 Node        *parent,
                 const char  *name,
                 const char **names,
                 const char **values)
{
  LacunaMeasure *measure = parent->object;
  LacunaSourcePos pos = element_start_pos (state);
  const char *attrs[MAX_ATTRIBUTES];

  push_node (state, NODE_REFERENCE, name, NULL);

  if (g_str_equal (name, "legal-basis"))
    {
      LacunaLegalRef *ref;

      if (!collect_attributes (state, pos, name, names, values, legal_basis_attributes, attrs))
        return;
      if (!is_digits (attrs[1], 1, 4))
        {
          report (state, pos, _("Invalid article number “%s”: write digits only."), attrs[1]);
          return;
        }
      if (attrs[2] != NULL && !is_valid_paragraph (attrs[2]))
        {
          report (state, pos,
                  _("Invalid paragraph “%s”: write it as cited, for example “1”, “2(a)”, “1(b)(ii)” or “(a)”."),
                  attrs[2]);
          return;
        }
      ref = g_new0 (LacunaLegalRef, 1);
      ref->instrument_id = g_strdup (attrs[0]);
      ref->article = g_strdup (attrs[1]);
      ref->paragraph = g_strdup (attrs[2]);
      ref->pos = pos;
      g_ptr_array_add (measure->legal_basis, ref);
    }
  else if (g_str_equal (name, "tool"))
    {
      LacunaToolRef *ref;

      if (!collect_attributes (state, pos, name, names, values, tool_ref_attributes, attrs))
        return;
      ref = g_new0 (LacunaToolRef, 1);
      ref->tool_id = g_strdup (attrs[0]);
      ref->detail = g_strdup (attrs[1]);
      ref->pos = pos;
      g_ptr_array_add (measure->tools, ref);
    }
  else
    {
      LacunaMeasureRef *ref;

      if (!collect_attributes (state, pos, name, names, values, measure_ref_attributes, attrs))
        return;
      ref = g_new0 (LacunaMeasureRef, 1);
      ref->measure_id = g_strdup (attrs[0]);
      ref->pos = pos;
      g_ptr_array_add (g_str_equal (name, "enables") ? measure->enables : measure->related_refs, ref);
    }
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;
  Node *parent = top_node (state);
  const ChildRule *rule;

  if (parent == NULL)
    {
      if (state->root_seen)
        {
          stop_parsing (state, error, _("A second root element <%s> follows the first; a file holds one document."), name);
          return;
        }
      start_root (state, name, names, values, error);
      return;
    }

  if (parent->kind == NODE_SKIP)
    {
      push_node (state, NODE_SKIP, name, NULL);
      return;
    }

  if (parent->kind == NODE_TEXT || parent->kind == NODE_REFERENCE)
    {
      report (state, element_start_pos (state),
              parent->kind == NODE_TEXT
                ? _("Unexpected element <%s> inside <%s>, which holds plain text only.")
                : _("Unexpected element <%s> inside <%s>, which must be empty."),
              name, parent->name);
      push_node (state, NODE_SKIP, name, NULL);
      return;
    }

  rule = find_child_rule (parent->kind, name);
  if (rule == NULL)
    {
      g_autofree char *expected = list_children (parent->kind);
      report (state, element_start_pos (state), _("Unknown element <%s> inside <%s>; expected %s."),
              name, parent->name, expected);
      push_node (state, NODE_SKIP, name, NULL);
      return;
    }

  switch (rule->kind)
    {
    case CHILD_TEXT:
    case CHILD_TEXT_LIST:
      {
        const char *attrs[MAX_ATTRIBUTES];
        Node *node = push_node (state, NODE_TEXT, name, parent->object);

        collect_attributes (state, node->pos, name, names, values, no_attributes, attrs);
        node->text = g_string_new (NULL);
        node->max_chars = rule->max_chars;
        if (rule->kind == CHILD_TEXT_LIST)
          node->target_list = G_STRUCT_MEMBER (GPtrArray *, parent->object, rule->offset);
        else
          {
            char **target = &G_STRUCT_MEMBER (char *, parent->object, rule->offset);
            if (*target != NULL)
              report (state, node->pos, _("<%s> appears twice in <%s>; give it once."), name, parent->name);
            else
              node->target = target;
          }
        break;
      }

    case CHILD_CONTAINER:
      start_container (state, parent, name, names, values);
      break;

    case CHILD_REFERENCE:
      start_reference (state, parent, name, names, values);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_xml_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Collapse white space exactly as xgettext does for ITS-extracted text, so
 * that the text we look up is the message id translators were given. */
static char *
normalize_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_xml_space (*p))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
finish_text (ParseState *state,
             Node       *node)
{
  g_autofree char *text = normalize_text (node->text->str);
  gsize bytes = strlen (text);
  /* No more characters than bytes: only a text long in bytes needs its
   * characters counted (a whole framework's worth of counting otherwise). */
  glong length = bytes <= node->max_chars ? (glong) bytes : g_utf8_strlen (text, -1);

  if (length == 0)
    {
      report (state, node->pos, _("<%s> is empty."), node->name);
      return;
    }
  /* Rejected text is still stored, so that the element does not also get
   * reported as missing; the catalog is refused as a whole anyway. */
  if (length > (glong) node->max_chars)
    report (state, node->pos, _("<%s> is too long: %ld characters, at most %u."),
            node->name, length, node->max_chars);
  else if (strpbrk (text, "&<>") != NULL)
    report (state, node->pos,
            _("<%s> contains “&”, “<” or “>”, which translation tools cannot carry; write “and” instead of “&”."),
            node->name);

  if (node->target_list != NULL)
    g_ptr_array_add (node->target_list, g_steal_pointer (&text));
  else if (node->target != NULL)
    *node->target = g_steal_pointer (&text);
}

static void
require_text (ParseState      *state,
              LacunaSourcePos  pos,
              const char      *value,
              const char      *element,
              const char      *what,
              const char      *id)
{
  if (value == NULL)
    report (state, pos, _("%s “%s” has no <%s>."), what, id, element);
}

static void
check_duplicate_provisions (ParseState       *state,
                            LacunaInstrument *instrument)
{
  for (guint i = 0; i < instrument->provisions->len; i++)
    {
      LacunaProvision *a = g_ptr_array_index (instrument->provisions, i);

      for (guint j = 0; j < i; j++)
        {
          LacunaProvision *b = g_ptr_array_index (instrument->provisions, j);

          if (g_str_equal (a->article, b->article) && g_strcmp0 (a->paragraph, b->paragraph) == 0)
            {
              report (state, a->pos, _("Duplicate provision: %s article %s%s%s is already defined at line %u."),
                      instrument->id, a->article, a->paragraph != NULL ? " paragraph " : "",
                      a->paragraph != NULL ? a->paragraph : "", b->pos.line);
              break;
            }
        }
    }
}

static void
finish_container (ParseState *state,
                  Node       *node)
{
  switch (node->kind)
    {
    case NODE_FRAMEWORK:
      {
        LacunaFramework *framework = node->object;
        const char *what = _("Framework");

        require_text (state, node->pos, framework->title, "title", what, framework->id);
        require_text (state, node->pos, framework->short_title, "short-title", what, framework->id);
        require_text (state, node->pos, framework->provenance, "provenance", what, framework->id);
        if (framework->pillars->len == 0 && !node->had_invalid_child)
          report (state, node->pos, _("Framework “%s” has no <pillar>."), framework->id);
        break;
      }

    case NODE_PILLAR:
      {
        LacunaPillar *pillar = node->object;

        require_text (state, node->pos, pillar->title, "title", _("Pillar"), pillar->id);
        if (pillar->areas->len == 0 && !node->had_invalid_child)
          report (state, node->pos, _("Pillar “%s” is empty: it needs at least one <area>."), pillar->id);
        break;
      }

    case NODE_AREA:
      {
        LacunaArea *area = node->object;

        require_text (state, node->pos, area->title, "title", _("Area"), area->id);
        if (area->measures->len == 0 && !node->had_invalid_child)
          report (state, node->pos, _("Area “%s” is empty: it needs at least one <measure>."), area->id);
        break;
      }

    case NODE_MEASURE:
      {
        LacunaMeasure *measure = node->object;
        const char *what = _("Measure");

        require_text (state, node->pos, measure->title, "title", what, measure->id);
        require_text (state, node->pos, measure->description, "description", what, measure->id);
        require_text (state, node->pos, measure->recommendation, "recommendation", what, measure->id);
        if (measure->questions->len == 0)
          report (state, node->pos, _("Measure “%s” has no <question>: give the team at least one question to ask."),
                  measure->id);
        if (lacuna_obligation_is_treaty_duty (measure->obligation) && measure->legal_basis->len == 0)
          report (state, node->pos,
                  _("Measure “%s” is at level “%s” but has no <legal-basis>: a treaty-level measure must cite the provision it rests on."),
                  measure->id, lacuna_obligation_to_string (measure->obligation));
        break;
      }

    case NODE_INSTRUMENT:
      {
        LacunaInstrument *instrument = node->object;
        const char *what = _("Instrument");

        require_text (state, node->pos, instrument->title, "title", what, instrument->id);
        require_text (state, node->pos, instrument->short_title, "short-title", what, instrument->id);
        if (instrument->provisions->len == 0 && !node->had_invalid_child)
          report (state, node->pos, _("Instrument “%s” has no <provision>."), instrument->id);
        check_duplicate_provisions (state, instrument);
        break;
      }

    case NODE_PROVISION:
      {
        LacunaProvision *provision = node->object;

        if (provision->short_title == NULL)
          report (state, node->pos, _("Provision article %s has no <short-title>."), provision->article);
        if (provision->paraphrase == NULL)
          report (state, node->pos, _("Provision article %s has no <paraphrase>."), provision->article);
        break;
      }

    case NODE_TOOL:
      {
        LacunaTool *tool = node->object;

        require_text (state, node->pos, tool->title, "title", _("Tool"), tool->id);
        break;
      }

    case NODE_INSTRUMENTS:
      if (state->instruments->len == 0 && !node->had_invalid_child)
        report (state, node->pos, _("<instruments> holds no <instrument>."));
      break;

    case NODE_TOOLS:
      if (state->tools->len == 0 && !node->had_invalid_child)
        report (state, node->pos, _("<tools> holds no <tool>."));
      break;

    case NODE_TEXT:
      finish_text (state, node);
      break;

    case NODE_REFERENCE:
    case NODE_SKIP:
    default:
      break;
    }
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *name,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;
  Node *node = top_node (state);

  g_return_if_fail (node != NULL);
  finish_container (state, node);
  g_ptr_array_remove_index (state->stack, state->stack->len - 1);
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;
  Node *node = top_node (state);
  gboolean blank = TRUE;

  if (node == NULL || node->kind == NODE_SKIP)
    return;

  if (node->kind == NODE_TEXT)
    {
      g_string_append_len (node->text, text, length);
      return;
    }

  for (gsize i = 0; i < length && blank; i++)
    blank = is_xml_space (text[i]);

  if (!blank && !node->reported_text)
    {
      node->reported_text = TRUE;
      report (state, current_pos (state), _("Unexpected text inside <%s>, which holds elements only."), node->name);
    }
}

/* The XML declaration is the only place a file states its encoding. */
static void
on_passthrough (GMarkupParseContext  *context,
                const char           *text,
                gsize                 length,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;
  g_autofree char *passthrough = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (length < 5 || strncmp (text, "<?xml", 5) != 0)
    return;

  passthrough = g_strndup (text, length);
  regex = g_regex_new ("encoding\\s*=\\s*[\"']([^\"']*)[\"']", 0, 0, NULL);
  if (g_regex_match (regex, passthrough, 0, &match))
    {
      g_autofree char *encoding = g_match_info_fetch (match, 1);

      if (g_ascii_strcasecmp (encoding, "UTF-8") != 0 && g_ascii_strcasecmp (encoding, "UTF8") != 0)
        {
          /* XML allows the declaration only at the very start. */
          report (state, (LacunaSourcePos) { 1, 1 },
                  _("The file declares the encoding “%s”; framework files must be saved as UTF-8."), encoding);
          state->stopped = TRUE;
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_BAD_UTF8, "encoding");
        }
    }
}

static const GMarkupParser parser = {
  on_start_element,
  on_end_element,
  on_text,
  on_passthrough,
  NULL,
};

/* Finds the line and column of byte offset in data, for encoding errors
 * found before GMarkup starts. */
static LacunaSourcePos
position_of_offset (const char *data,
                    gsize       offset)
{
  LacunaSourcePos pos = { 1, 1 };

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          pos.line++;
          pos.column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        pos.column++;
    }
  return pos;
}

static gboolean
check_encoding (ParseState *state,
                const char *data,
                gsize       length)
{
  const char *end = NULL;

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      report (state, (LacunaSourcePos) { 1, 1 },
              _("The file is in UTF-16 (it starts with a UTF-16 byte-order mark); framework files must be saved as UTF-8."));
      return FALSE;
    }

  if (!g_utf8_validate (data, length, &end))
    {
      LacunaSourcePos pos = position_of_offset (data, end - data);

      if (*end == '\0')
        report (state, pos, _("The file contains a NUL byte; it is not a text file."));
      else
        report (state, pos, _("Invalid UTF-8 byte sequence; framework files must be saved as UTF-8."));
      return FALSE;
    }
  return TRUE;
}

/* GMarkup prefixes its own messages with "Error on line N char M: ", which
 * we already say in file:line:column form. */
static const char *
strip_markup_prefix (const char *message)
{
  const char *colon;

  if (!g_str_has_prefix (message, "Error on line "))
    return message;
  colon = strstr (message, ": ");
  return colon != NULL ? colon + 2 : message;
}

static void
report_markup_error (ParseState   *state,
                     const GError *error)
{
  report (state, current_pos (state), "%s", strip_markup_prefix (error->message));
}

static void
register_structure_id (LacunaCatalog   *catalog,
                       ParseState      *state,
                       const char      *id,
                       LacunaSourcePos  pos)
{
  const char *previous = g_hash_table_lookup (catalog->structure_ids, id);

  if (previous != NULL)
    {
      report (state, pos, _("Duplicate id “%s”: it is already used at %s."), id, previous);
      return;
    }
  g_hash_table_insert (catalog->structure_ids, (gpointer) id,
                       g_strdup_printf ("%s:%u:%u", state->file, pos.line, pos.column));
}

/* Moves what one file defined into the catalog, checking ids against what
 * other files defined before it. */
static void
merge_into_catalog (LacunaCatalog *catalog,
                    ParseState    *state)
{
  const char *file = lacuna_catalog_intern_file_name (catalog, state->file);

  if (state->framework != NULL)
    {
      LacunaFramework *framework = g_steal_pointer (&state->framework);

      framework->file = g_strdup (file);
      if (!g_hash_table_contains (catalog->structure_ids, framework->id))
        g_hash_table_insert (catalog->frameworks_by_id, framework->id, framework);
      register_structure_id (catalog, state, framework->id, framework->pos);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);

          register_structure_id (catalog, state, pillar->id, pillar->pos);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaArea *area = g_ptr_array_index (pillar->areas, a);

              register_structure_id (catalog, state, area->id, area->pos);
              for (guint m = 0; m < area->measures->len; m++)
                {
                  LacunaMeasure *measure = g_ptr_array_index (area->measures, m);

                  measure->index = framework->measures->len;
                  g_ptr_array_add (framework->measures, measure);
                  if (!g_hash_table_contains (catalog->structure_ids, measure->id))
                    g_hash_table_insert (catalog->measures_by_id, measure->id, measure);
                  register_structure_id (catalog, state, measure->id, measure->pos);
                }
            }
        }
      g_ptr_array_add (catalog->frameworks, framework);
    }

  if (state->instruments != NULL)
    {
      while (state->instruments->len > 0)
        {
          LacunaInstrument *instrument = g_ptr_array_steal_index (state->instruments, 0);
          LacunaInstrument *previous = g_hash_table_lookup (catalog->instruments_by_id, instrument->id);

          instrument->file = file;
          if (previous != NULL)
            report (state, instrument->pos, _("Duplicate instrument id “%s”: it is already used at %s:%u."),
                    instrument->id, previous->file, previous->pos.line);
          else
            g_hash_table_insert (catalog->instruments_by_id, instrument->id, instrument);
          g_ptr_array_add (catalog->instruments, instrument);
        }
    }

  if (state->tools != NULL)
    {
      while (state->tools->len > 0)
        {
          LacunaTool *tool = g_ptr_array_steal_index (state->tools, 0);
          LacunaTool *previous = g_hash_table_lookup (catalog->tools_by_id, tool->id);

          tool->file = file;
          if (previous != NULL)
            report (state, tool->pos, _("Duplicate tool id “%s”: it is already used at %s:%u."),
                    tool->id, previous->file, previous->pos.line);
          else
            g_hash_table_insert (catalog->tools_by_id, tool->id, tool);
          g_ptr_array_add (catalog->tools, tool);
        }
    }
}

gboolean
lacuna_catalog_add_data (LacunaCatalog *catalog,
                         const char    *file_name,
                         const char    *data,
                         gsize          length,
                         GPtrArray     *diagnostics)
{
  ParseState state = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean parsed;
  gsize offset = 0;

  g_return_val_if_fail (catalog != NULL, FALSE);
  g_return_val_if_fail (!catalog->resolved, FALSE);
  g_return_val_if_fail (file_name != NULL && diagnostics != NULL, FALSE);

  state.file = file_name;
  state.diagnostics = diagnostics;

  if (length > LACUNA_FRAMEWORK_MAX_FILE_SIZE)
    {
      report (&state, (LacunaSourcePos) { 0, 0 },
              _("The file is too large to be a framework file (%llu bytes; the limit is %d MiB)."),
              (unsigned long long) length, LACUNA_FRAMEWORK_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  /* A UTF-8 byte-order mark is harmless; GMarkup does not expect it. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    offset = 3;

  if (!check_encoding (&state, data + offset, length - offset))
    return FALSE;

  {
    gboolean blank = TRUE;
    for (gsize i = offset; i < length && blank; i++)
      blank = is_xml_space (data[i]);
    if (blank)
      {
        report (&state, (LacunaSourcePos) { 0, 0 },
                _("The file is empty; a framework file starts with <framework>, <instruments> or <tools>."));
        return FALSE;
      }
  }

  state.data = data + offset;
  state.length = length - offset;
  state.line_starts = find_line_starts (state.data, state.length);
  state.stack = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  state.context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);

  parsed = g_markup_parse_context_parse (state.context, data + offset, length - offset, &error) &&
           g_markup_parse_context_end_parse (state.context, &error);
  if (!parsed && !state.stopped)
    report_markup_error (&state, error);
  else if (!state.root_seen && !state.stopped)
    report (&state, (LacunaSourcePos) { 0, 0 },
            _("The file holds no element; a framework file starts with <framework>, <instruments> or <tools>."));

  if (parsed && state.root_seen)
    {
      LacunaCatalogSource *source = g_new0 (LacunaCatalogSource, 1);

      merge_into_catalog (catalog, &state);
      source->name = g_path_get_basename (file_name);
      source->contents = g_bytes_new (data, length);
      g_ptr_array_add (catalog->sources, source);
    }

  g_markup_parse_context_free (state.context);
  g_ptr_array_unref (state.stack);
  g_array_unref (state.line_starts);
  g_clear_pointer (&state.framework, lacuna_framework_free);
  g_clear_pointer (&state.instruments, g_ptr_array_unref);
  g_clear_pointer (&state.tools, g_ptr_array_unref);

  return state.n_errors == 0;
}

gboolean
lacuna_catalog_add_file (LacunaCatalog *catalog,
                         const char    *path,
                         GPtrArray     *diagnostics)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info == NULL)
    {
      lacuna_diagnostics_add (diagnostics, path, 0, 0, _("Cannot read the file: %s"), error->message);
      return FALSE;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      lacuna_diagnostics_add (diagnostics, path, 0, 0, _("Not a regular file."));
      return FALSE;
    }
  if (g_file_info_get_size (info) > LACUNA_FRAMEWORK_MAX_FILE_SIZE)
    {
      lacuna_diagnostics_add (diagnostics, path, 0, 0,
                              _("The file is too large to be a framework file (%llu bytes; the limit is %d MiB)."),
                              (unsigned long long) g_file_info_get_size (info),
                              LACUNA_FRAMEWORK_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      lacuna_diagnostics_add (diagnostics, path, 0, 0, _("Cannot read the file: %s"), error->message);
      return FALSE;
    }

  return lacuna_catalog_add_data (catalog, path, contents, length, diagnostics);
}

const char *
lacuna_frameworks_directory (void)
{
  const char *override = g_getenv ("LACUNA_FRAMEWORKS_DIR");

  static gsize initialized = 0;
  static char *installed = NULL;

  if (override != NULL && *override != '\0')
    return override;
  if (g_once_init_enter (&initialized))
    {
      installed = g_build_filename (lacuna_paths_get_data_dir (), "frameworks", NULL);
      g_once_init_leave (&initialized, 1);
    }
  return installed;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
lacuna_frameworks_list_files (const char  *directory,
                              GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  const char *name;

  dir = g_dir_open (directory, 0, &local_error);
  if (dir == NULL)
    {
      g_set_error (error, LACUNA_FRAMEWORK_ERROR, LACUNA_FRAMEWORK_ERROR_NOT_FOUND,
                   _("Cannot open the framework folder %s: %s. Set LACUNA_FRAMEWORKS_DIR to the folder that holds trafficking-in-persons.xml, or reinstall Lacuna."),
                   directory, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (paths, g_build_filename (directory, name, NULL));

  if (paths->len == 0)
    {
      g_set_error (error, LACUNA_FRAMEWORK_ERROR, LACUNA_FRAMEWORK_ERROR_NOT_FOUND,
                   _("No framework files (*.xml) in %s. Set LACUNA_FRAMEWORKS_DIR to the folder that holds trafficking-in-persons.xml, or reinstall Lacuna."),
                   directory);
      return NULL;
    }

  /* Same order on every machine, so messages and ids are reproducible. */
  g_ptr_array_sort (paths, compare_strings);
  return g_steal_pointer (&paths);
}

LacunaCatalog *
lacuna_catalog_load_directory (const char  *directory,
                               GError     **error)
{
  g_autoptr(LacunaCatalog) catalog = lacuna_catalog_new ();
  g_autoptr(GPtrArray) diagnostics = lacuna_diagnostics_new ();
  g_autoptr(GPtrArray) paths = lacuna_frameworks_list_files (directory, error);

  if (paths == NULL)
    return NULL;

  for (guint i = 0; i < paths->len; i++)
    lacuna_catalog_add_file (catalog, g_ptr_array_index (paths, i), diagnostics);
  if (diagnostics->len == 0)
    lacuna_catalog_resolve (catalog, diagnostics);

  if (diagnostics->len > 0)
    {
      g_autofree char *details = lacuna_diagnostics_join (diagnostics);
      g_set_error (error, LACUNA_FRAMEWORK_ERROR, LACUNA_FRAMEWORK_ERROR_INVALID,
                   lacuna_ngettext ("The framework files in %s have %u error:\n%s",
                                    "The framework files in %s have %u errors:\n%s", diagnostics->len),
                   directory, diagnostics->len, details);
      return NULL;
    }

  if (catalog->frameworks->len == 0)
    {
      g_set_error (error, LACUNA_FRAMEWORK_ERROR, LACUNA_FRAMEWORK_ERROR_NOT_FOUND,
                   _("The folder %s holds no <framework> file. Set LACUNA_FRAMEWORKS_DIR to the folder that holds trafficking-in-persons.xml, or reinstall Lacuna."),
                   directory);
      return NULL;
    }

  lacuna_catalog_publish (catalog);
  return g_steal_pointer (&catalog);
}

LacunaCatalog *
lacuna_catalog_load_default (GError **error)
{
  return lacuna_catalog_load_directory (lacuna_frameworks_directory (), error);
}
