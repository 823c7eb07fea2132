/* report-annexes.c — the annexes: the national register, participants,
 * the method, the treaty provisions cited and (internal edition) every
 * answer with its notes
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include "i18n-private.h"

#include "lacuna-core-resources.h"
#include "report-private.h"

static void
write_register (ReportContext *context)
{
  const LacunaPdfColumn columns[] = {
    { _("Type"), 0.15 }, { _("Title, article"), 0.40 }, { _("Adopted"), 0.12 }, { _("Status"), 0.11 },
    { _("Supports"), 0.22 },
  };
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (context->store);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);

  lacuna_pdf_heading (context->pdf, 2, _("A. Register of laws, policies and agreements"));
  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);
      g_autofree char *title = g_strdup_printf ("%s%s%s", instrument->title, instrument->article != NULL ? "\n" : "",
                                                instrument->article != NULL ? instrument->article : "");
      g_autofree char *measures = g_strjoinv (", ", instrument->measures);

      if (context->public_edition && instrument->confidential)
        continue;
      report_add_row (rows, NULL, lacuna_national_instrument_type_label (instrument->type), title,
                      instrument->adopted != NULL ? instrument->adopted : "–",
                      lacuna_instrument_status_label (instrument->status), measures, NULL);
    }
  if (rows->len > 0)
    lacuna_pdf_table (context->pdf, columns, G_N_ELEMENTS (columns), rows, 8.0);
  else
    lacuna_pdf_paragraph (context->pdf, &report_body, _("The register is empty."));
}

static int
compare_text (gconstpointer a,
              gconstpointer b)
{
  return g_utf8_collate (*(const char *const *) a, *(const char *const *) b);
}

/* The public edition names institutions only: no one's name or contact
 * details leave the team. */
static void
write_participants (ReportContext *context)
{
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (context->store);

  lacuna_pdf_heading (context->pdf, 2, _("B. Participants and institutions consulted"));
  if (participants->len == 0)
    {
      lacuna_pdf_paragraph (context->pdf, &report_body, _("No participant was recorded."));
      return;
    }
  if (context->public_edition)
    {
      g_autoptr(GPtrArray) institutions = g_ptr_array_new ();

      for (guint i = 0; i < participants->len; i++)
        {
          const char *institution = ((LacunaParticipant *) g_ptr_array_index (participants, i))->institution;
          if (institution != NULL && !g_ptr_array_find_with_equal_func (institutions, institution, g_str_equal, NULL))
            g_ptr_array_add (institutions, (gpointer) institution);
        }
      g_ptr_array_sort (institutions, compare_text);
      for (guint i = 0; i < institutions->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("•  %s", (const char *) g_ptr_array_index (institutions, i));
          lacuna_pdf_paragraph (context->pdf, &report_bullet, line);
        }
      return;
    }

  {
    const LacunaPdfColumn columns[] = {
      { _("Name"), 0.22 }, { _("Institution"), 0.26 }, { _("Role"), 0.20 }, { _("Contact"), 0.18 },
      { _("Pillars"), 0.14 },
    };
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);

    for (guint i = 0; i < participants->len; i++)
      {
        LacunaParticipant *participant = g_ptr_array_index (participants, i);
        g_autofree char *pillars = g_strjoinv (", ", participant->pillars);

        report_add_row (rows, NULL, participant->name, participant->institution ? participant->institution : "",
                        participant->role ? participant->role : "", participant->contact ? participant->contact : "",
                        pillars, NULL);
      }
    lacuna_pdf_table (context->pdf, columns, G_N_ELEMENTS (columns), rows, 8.0);
  }
}

/* Markdown as docs/METHOD.md uses it: headings, paragraphs, bullets,
 * tables and indented formulas. Emphasis marks are dropped. */
static char *
plain (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '*' && *p != '`')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
flush_paragraph (ReportContext *context,
                 GString       *paragraph,
                 gboolean       bullet)
{
  g_autofree char *text = NULL;

  if (paragraph->len == 0)
    return;
  text = plain (paragraph->str);
  if (bullet)
    {
      g_autofree char *line = g_strdup_printf ("•  %s", text);
      lacuna_pdf_paragraph (context->pdf, &report_bullet, line);
    }
  else
    lacuna_pdf_paragraph (context->pdf, &report_body, text);
  g_string_truncate (paragraph, 0);
}

static void
flush_table (ReportContext *context,
             GPtrArray     *table)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);
  g_autofree LacunaPdfColumn *columns = NULL;
  char **header;
  guint n_columns;

  if (table->len == 0)
    return;
  header = g_ptr_array_index (table, 0);
  n_columns = g_strv_length (header);
  columns = g_new0 (LacunaPdfColumn, n_columns);
  for (guint c = 0; c < n_columns; c++)
    columns[c] = (LacunaPdfColumn) { header[c], 1.0 };
  for (guint r = 1; r < table->len; r++)
    {
      char **cells = g_ptr_array_index (table, r);
      LacunaPdfRow *row = g_new0 (LacunaPdfRow, 1);

      row->cells = g_new0 (char *, n_columns + 1);
      for (guint c = 0; c < n_columns; c++)
        row->cells[c] = plain (c < g_strv_length (cells) ? cells[c] : "");
      g_ptr_array_add (rows, row);
    }
  lacuna_pdf_table (context->pdf, columns, n_columns, rows, 8.0);
  g_ptr_array_set_size (table, 0);
}

static char **
table_cells (const char *line)
{
  g_autofree char *inner = g_strstrip (g_strdup (line));
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  gsize length = strlen (inner);

  if (length > 0 && inner[length - 1] == '|')
    inner[length - 1] = '\0';
  parts = g_strsplit (inner[0] == '|' ? inner + 1 : inner, "|", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strv_builder_add (cells, g_strstrip (parts[i]));
  return g_strv_builder_end (cells);
}

void
report_write_markdown (ReportContext *context,
                       const char    *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gboolean bullet = FALSE;
  LacunaPdfStyle formula = { LACUNA_PDF_ITALIC, 9.0, { 0.13, 0.13, 0.13 }, 18, 4 };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *stripped = line + strspn (line, " ");

      if (*stripped == '|')
        {
          flush_paragraph (context, paragraph, bullet);
          if (strspn (stripped, "|-: ") != strlen (stripped))
            g_ptr_array_add (table, table_cells (stripped));
          continue;
        }
      flush_table (context, table);

      if (*stripped == '\0')
        flush_paragraph (context, paragraph, bullet);
      else if (g_str_has_prefix (line, "# "))
        flush_paragraph (context, paragraph, bullet);   /* the document's own title */
      else if (g_str_has_prefix (line, "## ") || g_str_has_prefix (line, "### "))
        {
          flush_paragraph (context, paragraph, bullet);
          lacuna_pdf_heading (context->pdf, 3, strchr (line, ' ') + 1);
        }
      else if (g_str_has_prefix (line, "    ") && paragraph->len == 0)
        lacuna_pdf_paragraph (context->pdf, &formula, stripped);
      else if (g_str_has_prefix (stripped, "- ") || (g_ascii_isdigit (*stripped) && strstr (stripped, ". ") == stripped + 1))
        {
          flush_paragraph (context, paragraph, bullet);
          bullet = TRUE;
          g_string_append (paragraph, strchr (stripped, ' ') + 1);
        }
      else
        {
          if (paragraph->len == 0)
            bullet = FALSE;
          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append (paragraph, stripped);
        }
    }
  flush_paragraph (context, paragraph, bullet);
  flush_table (context, table);
}

static void
write_method (ReportContext *context)
{
  g_autoptr(GBytes) method = NULL;

  lacuna_pdf_heading (context->pdf, 2, _("C. Method"));
  /* Looked up in the core's own resource, so the method travels inside
   * the program and the report never depends on a file being installed. */
  method = g_resource_lookup_data (lacuna_core_get_resource (), "/io/github/lacuna/core/METHOD.md",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (method != NULL)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (method, NULL), g_bytes_get_size (method));
      report_write_markdown (context, text);
    }
}

static int
compare_provisions (gconstpointer a,
                    gconstpointer b)
{
  const LacunaProvision *x = *(const LacunaProvision *const *) a;
  const LacunaProvision *y = *(const LacunaProvision *const *) b;
  int by_instrument = g_strcmp0 (x->instrument->id, y->instrument->id);
  long article_x = strtol (x->article, NULL, 10), article_y = strtol (y->article, NULL, 10);

  if (by_instrument != 0)
    return by_instrument;
  if (article_x != article_y)
    return article_x < article_y ? -1 : 1;
  return g_strcmp0 (x->paragraph, y->paragraph);
}

static const char *
provision_level_label (LacunaProvisionLevel level)
{
  switch (level)
    {
    case LACUNA_PROVISION_MANDATORY:
      return _("Mandatory");
    case LACUNA_PROVISION_MANDATORY_QUALIFIED:
      return _("Mandatory, qualified");
    case LACUNA_PROVISION_CONSIDER:
      return _("Duty to consider");
    case LACUNA_PROVISION_OPTIONAL:
      return _("Optional");
    case LACUNA_PROVISION_SAFEGUARD:
      return _("Safeguard");
    case LACUNA_PROVISION_NOT_ASSESSABLE:
    case LACUNA_N_PROVISION_LEVELS:
    default:
      return _("Final clause");
    }
}

static void
write_provisions (ReportContext *context)
{
  const LacunaPdfColumn columns[] = { { _("Provision"), 0.24 }, { _("Level"), 0.14 }, { _("What it requires"), 0.62 } };
  g_autoptr(GPtrArray) cited = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);

  lacuna_pdf_heading (context->pdf, 2, _("D. Treaty provisions cited"));
  for (guint f = 0; f < context->analysis->frameworks->len; f++)
    {
      const LacunaFramework *framework = ((LacunaFrameworkResult *) g_ptr_array_index (context->analysis->frameworks, f))->framework;

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);

          for (guint r = 0; r < measure->legal_basis->len; r++)
            {
              LacunaLegalRef *ref = g_ptr_array_index (measure->legal_basis, r);
              for (guint p = 0; ref->provisions != NULL && p < ref->provisions->len; p++)
                if (!g_ptr_array_find (cited, g_ptr_array_index (ref->provisions, p), NULL))
                  g_ptr_array_add (cited, g_ptr_array_index (ref->provisions, p));
            }
        }
    }
  g_ptr_array_sort (cited, compare_provisions);
  for (guint i = 0; i < cited->len; i++)
    {
      LacunaProvision *provision = g_ptr_array_index (cited, i);
      g_autofree char *citation = lacuna_provision_format_citation (provision);
      g_autofree char *name = g_strdup_printf ("%s\n%s", citation, report_tr (provision->short_title));

      report_add_row (rows, NULL, name, provision_level_label (provision->level), report_tr (provision->paraphrase), NULL);
    }
  lacuna_pdf_table (context->pdf, columns, G_N_ELEMENTS (columns), rows, 8.0);
}

static void
write_answers (ReportContext *context)
{
  const LacunaPdfColumn columns[] = {
    { _("Measure"), 0.16 }, { _("Answer"), 0.20 }, { _("Notes"), 0.44 }, { _("Last changed"), 0.20 },
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_pdf_row_free);

  lacuna_pdf_heading (context->pdf, 2, _("E. Every answer, with its notes (internal)"));
  for (guint f = 0; f < context->analysis->frameworks->len; f++)
    {
      const LacunaFramework *framework = ((LacunaFrameworkResult *) g_ptr_array_index (context->analysis->frameworks, f))->framework;

      for (guint m = 0; m < framework->measures->len; m++)
        {
          LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          const LacunaAnswer *answer = g_hash_table_lookup (context->analysis->answers, measure->id);
          g_autofree char *law = NULL, *practice = NULL, *state = NULL, *changed = NULL;

          if (answer == NULL || lacuna_answer_is_empty (answer))
            continue;
          law = report_level_text (measure, answer, LACUNA_DIMENSION_LEGAL_BASIS);
          practice = report_level_text (measure, answer, LACUNA_DIMENSION_PRACTICE);
          state = g_strdup_printf (_("Legal basis: %s\nPractice: %s%s"), law, practice,
                                   answer->confidential ? _("\nConfidential") : "");
          changed = g_strdup_printf ("%s\n%.10s", answer->changed_by != NULL ? answer->changed_by : "",
                                     answer->changed_at != NULL ? answer->changed_at : "");
          report_add_row (rows, NULL, measure->id, state, answer->notes != NULL ? answer->notes : "–", changed, NULL);
        }
    }
  lacuna_pdf_table (context->pdf, columns, G_N_ELEMENTS (columns), rows, 8.0);
}

void
report_write_annexes (ReportContext *context)
{
  lacuna_pdf_heading (context->pdf, 1, _("Annexes"));
  write_register (context);
  write_participants (context);
  write_method (context);
  write_provisions (context);
  if (!context->public_edition)
    write_answers (context);
}
