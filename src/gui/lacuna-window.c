/* lacuna-window.c — the main window: a welcome view, or an assessment
 * with its measures on the left and the selected measure on the right
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "analysis.h"
#include "atomic-file.h"
#include "export-csv.h"
#include "export-json.h"
#include "lacuna-instruments-view.h"
#include "lacuna-measure-page.h"
#include "lacuna-comparison-dialog.h"
#include "lacuna-merge-dialog.h"
#include "lacuna-overview-view.h"
#include "lacuna-participants-view.h"
#include "lacuna-properties-dialog.h"
#include "lacuna-recommendations-view.h"
#include "lacuna-report-dialog.h"
#include "lacuna-window.h"
#include "report.h"

struct _LacunaWindow {
  GtkApplicationWindow  parent_instance;

  GtkHeaderBar         *header_bar;
  GtkInfoBar           *info_bar;
  GtkLabel             *info_label;
  GtkSpinner           *info_spinner;
  GtkWidget            *open_report_button;
  GtkStack             *main_stack;
  GtkListBox           *recent_list;
  GtkWidget            *recent_heading;
  GtkTreeView          *catalog_view;
  GtkTreeStore         *catalog_store;
  GtkTreeModelFilter   *catalog_filter;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *unanswered_toggle;
  GtkToggleButton      *gaps_toggle;
  GtkToggleButton      *data_gaps_check;
  GtkComboBoxText      *obligation_combo;
  GtkComboBoxText      *pillar_combo;
  GtkWidget            *sidebar;
  LacunaMeasurePage    *measure_page;
  GtkWidget            *view_switcher;
  GtkStack             *view_stack;
  LacunaOverviewView   *overview_view;
  LacunaRecommendationsView *recommendations_view;
  LacunaInstrumentsView *instruments_view;
  LacunaParticipantsView *participants_view;

  LacunaStore          *store;   /* the open assessment, or NULL */
  GPtrArray            *undo;    /* LacunaAnswer*: answers as they were before each edit */
  LacunaAnalysis       *analysis;      /* what the result views show */
  gboolean              refiltering;   /* the list is briefly off the view */
  gboolean              results_stale; /* an answer changed since */
  GCancellable         *report_cancellable;  /* while a report is being written */
  char                 *report_path;         /* the last report started */
  LacunaComparisonDialog *comparison_dialog; /* while open; it follows every edit */
  GHashTable           *measure_rows;  /* measure id → GtkTreeIter of its row in catalog_store */
  GHashTable           *group_counts;  /* framework, pillar or area id → guint[2]: answered, total */
  GHashTable           *search_keys;   /* LacunaMeasure* → { id, title } casefolded, for the search */
  /* The filters as of the last refilter: the model's visible function,
   * called for each row at every change of the list, reads no widget. */
  struct {
    gboolean            on;
    char               *needle;     /* the search text casefolded */
    char               *obligation; /* NULL for any */
    char               *pillar;     /* NULL for any */
    gboolean            unanswered, gaps, data_gaps;
  } filter;
  int                   detail_width;  /* pixels the widest progress or obligation text needs */
  /* What the report dialog chose, while the file chooser asks where. */
  LacunaReportEdition   pending_report_edition;
  char                 *pending_report_language;
  char                 *pending_report_baseline;
};

/* The info bar's own response for "Open Report". */
#define RESPONSE_OPEN_REPORT 1

G_DEFINE_FINAL_TYPE (LacunaWindow, lacuna_window, GTK_TYPE_APPLICATION_WINDOW)

/* Status colours: mid tones that read on light and dark themes alike. */
#define COLOR_NONE     "#9e9e9e"
#define COLOR_FULL     "#2e7d32"
#define COLOR_GAP      "#ef6c00"
#define COLOR_CRITICAL "#c62828"
#define COLOR_UNKNOWN  "#9141ac"

static LacunaApplication *
window_application (LacunaWindow *self)
{
  return LACUNA_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static GSettings *
window_settings (LacunaWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return LACUNA_IS_APPLICATION (application) ? lacuna_application_get_settings (LACUNA_APPLICATION (application)) : NULL;
}

static const char *
dimension_text (const LacunaAnswer  *answer,
                const LacunaMeasure *measure,
                LacunaDimensions     dimension)
{
  LacunaLevel level;

  if (answer == NULL)
    return NULL;
  if (answer->not_applicable)
    return _("Not applicable");
  if (!(measure->dimensions & dimension))
    return "—";
  level = dimension == LACUNA_DIMENSION_LEGAL_BASIS ? answer->law : answer->practice;
  return level == LACUNA_LEVEL_UNANSWERED ? "" : lacuna_level_label (level);
}

/* The coloured mark beside a measure, and whether it counts as answered. */
static const char *
measure_mark (const LacunaMeasure *measure,
              const LacunaAnswer  *answer,
              const char         **color,
              gboolean            *answered)
{
  gboolean law = (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) != 0;
  gboolean practice = (measure->dimensions & LACUNA_DIMENSION_PRACTICE) != 0;
  LacunaLevel levels[2] = { law ? answer->law : LACUNA_LEVEL_FULL, practice ? answer->practice : LACUNA_LEVEL_FULL };

  *answered = answer->not_applicable || ((!law || answer->law != LACUNA_LEVEL_UNANSWERED) &&
                                         (!practice || answer->practice != LACUNA_LEVEL_UNANSWERED));
  if (answer->not_applicable)
    {
      *color = COLOR_NONE;
      return "–";
    }
  if (levels[0] == LACUNA_LEVEL_UNKNOWN || levels[1] == LACUNA_LEVEL_UNKNOWN)
    {
      *color = COLOR_UNKNOWN;
      return "?";
    }
  if (!*answered)
    {
      *color = COLOR_NONE;
      return "○";
    }
  if (levels[0] == LACUNA_LEVEL_FULL && levels[1] == LACUNA_LEVEL_FULL)
    *color = COLOR_FULL;
  else if (measure->obligation == LACUNA_OBLIGATION_MANDATORY && law && answer->law == LACUNA_LEVEL_NONE)
    *color = COLOR_CRITICAL;
  else
    *color = COLOR_GAP;
  return "●";
}

/* answer: the measure's answer, NULL when no assessment is open. */
static void
set_measure_row (LacunaWindow        *self,
                 GtkTreeIter         *iter,
                 const LacunaMeasure *measure,
                 const LacunaAnswer  *answer,
                 gboolean            *answered)
{
  const char *color = COLOR_NONE;
  const char *mark = answer != NULL ? measure_mark (measure, answer, &color, answered) : "";

  /* The sidebar leaves the room to titles; the page shows the level. */
  gtk_tree_store_set (self->catalog_store, iter,
                      LACUNA_CATALOG_COLUMN_DETAIL, self->store != NULL ? "" : lacuna_obligation_label (measure->obligation),
                      LACUNA_CATALOG_COLUMN_LAW, dimension_text (answer, measure, LACUNA_DIMENSION_LEGAL_BASIS),
                      LACUNA_CATALOG_COLUMN_PRACTICE, dimension_text (answer, measure, LACUNA_DIMENSION_PRACTICE),
                      LACUNA_CATALOG_COLUMN_MARK, mark,
                      LACUNA_CATALOG_COLUMN_MARK_COLOR, color,
                      LACUNA_CATALOG_COLUMN_ANSWERED, *answered,
                      -1);
}

static void
set_group_progress (LacunaWindow *self,
                    GtkTreeIter  *iter,
                    const guint   counts[2])
{
  g_autofree char *progress = g_strdup_printf ("%u/%u", counts[0], counts[1]);

  gtk_tree_store_set (self->catalog_store, iter, LACUNA_CATALOG_COLUMN_DETAIL, progress, -1);
}

/* Answered / total, for a pillar or an area row and its children.
 * answers: measure id → its stored answer (levels only); a measure not in
 * it has none yet. */
static void
refresh_progress (LacunaWindow *self,
                  GtkTreeIter  *parent,
                  GHashTable   *answers,
                  guint        *answered,
                  guint        *total)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->catalog_store);
  GtkTreeIter child;

  if (!gtk_tree_model_iter_children (model, &child, parent))
    return;
  do
    {
      LacunaMeasure *measure = NULL;

      gtk_tree_model_get (model, &child, LACUNA_CATALOG_COLUMN_MEASURE, &measure, -1);
      if (measure != NULL)
        {
          g_autoptr(LacunaAnswer) blank = NULL;
          const LacunaAnswer *answer = NULL;
          gboolean done = FALSE;

          if (self->store != NULL && (answer = g_hash_table_lookup (answers, measure->id)) == NULL)
            answer = blank = lacuna_answer_new (measure->id);
          set_measure_row (self, &child, measure, answer, &done);
          *answered += done;
          (*total)++;
        }
      else
        {
          guint *counts = g_new0 (guint, 2);
          g_autofree char *id = NULL;

          gtk_tree_model_get (model, &child, LACUNA_CATALOG_COLUMN_ID, &id, -1);
          refresh_progress (self, &child, answers, &counts[0], &counts[1]);
          if (self->store != NULL)
            set_group_progress (self, &child, counts);
          *answered += counts[0];
          *total += counts[1];
          g_hash_table_replace (self->group_counts, g_steal_pointer (&id), counts);
        }
    }
  while (gtk_tree_model_iter_next (model, &child));
}

static void refilter (LacunaWindow *self);
static gboolean select_row (LacunaWindow *self,
                            const char   *measure_id);

/* Every mark and count, from one reading of the answers' levels. */
static void
refresh_marks (LacunaWindow *self)
{
  g_autoptr(GPtrArray) levels = self->store != NULL ? lacuna_store_list_answer_levels (self->store) : NULL;
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  guint answered = 0, total = 0;

  if (self->group_counts == NULL)  /* disposed */
    return;
  for (guint i = 0; levels != NULL && i < levels->len; i++)
    {
      LacunaAnswer *answer = g_ptr_array_index (levels, i);
      g_hash_table_insert (answers, answer->measure_id, answer);
    }
  g_hash_table_remove_all (self->group_counts);
  refresh_progress (self, NULL, answers, &answered, &total);
  refilter (self);
}

/* Whether a filter that depends on the answers is on: only then can an
 * answer show or hide a row. */
static gboolean
filtering_by_answers (LacunaWindow *self)
{
  return self->filter.unanswered || self->filter.gaps || self->filter.data_gaps;
}

/* After one measure's answer changed: its row and the counts above it,
 * rather than every row (which reads every answer again: seconds, at
 * 5,000 measures). */
static void
refresh_measure_marks (LacunaWindow *self,
                       const char   *measure_id)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->catalog_store);
  GtkTreeIter *row = self->measure_rows != NULL ? g_hash_table_lookup (self->measure_rows, measure_id) : NULL;
  g_autoptr(LacunaAnswer) answer = NULL;
  LacunaMeasure *measure = NULL;
  gboolean was = FALSE, now = FALSE;
  GtkTreeIter child, parent;

  if (self->measure_rows == NULL)  /* disposed */
    return;
  if (self->store == NULL || row == NULL)
    {
      refresh_marks (self);
      return;
    }
  gtk_tree_model_get (model, row, LACUNA_CATALOG_COLUMN_MEASURE, &measure, LACUNA_CATALOG_COLUMN_ANSWERED, &was, -1);
  answer = lacuna_store_get_answer (self->store, measure_id);
  set_measure_row (self, row, measure, answer, &now);
  for (child = *row; was != now && gtk_tree_model_iter_parent (model, &parent, &child); child = parent)
    {
      g_autofree char *id = NULL;
      guint *counts;

      gtk_tree_model_get (model, &parent, LACUNA_CATALOG_COLUMN_ID, &id, -1);
      counts = g_hash_table_lookup (self->group_counts, id);
      if (counts == NULL)
        {
          refresh_marks (self);
          return;
        }
      counts[0] = now ? counts[0] + 1 : counts[0] - 1;
      set_group_progress (self, &parent, counts);
    }
  if (filtering_by_answers (self))
    refilter (self);
}

/* Room around the second column's text: the cell's own padding and a gap. */
#define DETAIL_PADDING 8

static void
widen_detail (LacunaWindow *self,
              const char   *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->catalog_view), text);
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);
  self->detail_width = MAX (self->detail_width, width);
}
static void on_filter_changed_cb (gpointer      widget,
                                  LacunaWindow *self);
static void read_filters (LacunaWindow *self);

static void
fill_catalog_store (LacunaWindow  *self,
                    LacunaCatalog *catalog)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  /* Off the view while it fills: the view would otherwise follow each of
   * thousands of insertions one by one. */
  gtk_tree_view_set_model (self->catalog_view, NULL);
  g_hash_table_remove_all (self->measure_rows);
  g_hash_table_remove_all (self->group_counts);
  g_hash_table_remove_all (self->search_keys);
  self->detail_width = 0;
  gtk_tree_store_clear (self->catalog_store);
  if (self->store == NULL)
    for (LacunaObligation obligation = 0; obligation < LACUNA_N_OBLIGATIONS; obligation++)
      widen_detail (self, lacuna_obligation_label (obligation));
  /* The pillar filter offers the pillars of the frameworks shown. */
  g_signal_handlers_block_by_func (self->pillar_combo, on_filter_changed_cb, self);
  gtk_combo_box_text_remove_all (self->pillar_combo);
  gtk_combo_box_text_append (self->pillar_combo, "any", _("Any pillar"));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->pillar_combo), "any");
  g_signal_handlers_unblock_by_func (self->pillar_combo, on_filter_changed_cb, self);
  read_filters (self);
  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measure", "%u measures",
                                                             framework->measures->len),
                                                framework->measures->len);
      GtkTreeIter framework_iter;

      if (self->store != NULL && !lacuna_store_has_framework (self->store, framework->id))
        continue;
      if (self->store != NULL)
        {
          /* A framework's row counts the most: "all/all" is the widest. */
          g_autofree char *widest = g_strdup_printf ("%u/%u", framework->measures->len, framework->measures->len);
          widen_detail (self, widest);
        }
      else
        widen_detail (self, count);
      gtk_tree_store_insert_with_values (self->catalog_store, &framework_iter, NULL, -1,
                                         LACUNA_CATALOG_COLUMN_ID, framework->id,
                                         LACUNA_CATALOG_COLUMN_TITLE, _(framework->title),
                                         LACUNA_CATALOG_COLUMN_DETAIL, count,
                                         -1);
      for (guint p = 0; p < framework->pillars->len; p++)
        {
          LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);
          GtkTreeIter pillar_iter;

          g_autofree char *choice = NULL;

          gtk_tree_store_insert_with_values (self->catalog_store, &pillar_iter, &framework_iter, -1,
                                             LACUNA_CATALOG_COLUMN_ID, pillar->id,
                                             LACUNA_CATALOG_COLUMN_TITLE, _(pillar->title),
                                             -1);
          /* TRANSLATORS: a pillar in the sidebar's filter: its id and title. */
          choice = g_strdup_printf (_("%s — %s"), pillar->id, _(pillar->title));
          gtk_combo_box_text_append (self->pillar_combo, pillar->id, choice);
          for (guint a = 0; a < pillar->areas->len; a++)
            {
              LacunaArea *area = g_ptr_array_index (pillar->areas, a);
              GtkTreeIter area_iter;

              gtk_tree_store_insert_with_values (self->catalog_store, &area_iter, &pillar_iter, -1,
                                                 LACUNA_CATALOG_COLUMN_ID, area->id,
                                                 LACUNA_CATALOG_COLUMN_TITLE, _(area->title),
                                                 -1);
              for (guint m = 0; m < area->measures->len; m++)
                {
                  LacunaMeasure *measure = g_ptr_array_index (area->measures, m);
                  g_autofree char *title = g_strdup_printf ("%s  %s", measure->id, _(measure->title));
                  GtkTreeIter measure_iter;

                  gtk_tree_store_insert_with_values (self->catalog_store, &measure_iter, &area_iter, -1,
                                                     LACUNA_CATALOG_COLUMN_ID, measure->id,
                                                     LACUNA_CATALOG_COLUMN_TITLE, title,
                                                     LACUNA_CATALOG_COLUMN_MEASURE, measure,
                                                     -1);
                  /* A tree store's iterators stay valid while their rows live. */
                  g_hash_table_replace (self->measure_rows, g_strdup (measure->id),
                                        g_memdup2 (&measure_iter, sizeof measure_iter));
                }
            }
        }
    }
  /* The list is in fixed-height mode, which measures no row (5,000 rows
   * would take seconds each time a search shows them all); the second
   * column is as wide as its widest text instead. */
  gtk_tree_view_column_set_fixed_width (gtk_tree_view_get_column (self->catalog_view, 1),
                                        self->detail_width + 2 * DETAIL_PADDING);
  gtk_tree_view_set_model (self->catalog_view, GTK_TREE_MODEL (self->catalog_filter));
  refresh_marks (self);
}

/* A combo's choice, or NULL for "any". */
static char *
chosen_id (GtkComboBoxText *combo)
{
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (combo));

  return id != NULL && !g_str_equal (id, "any") ? g_strdup (id) : NULL;
}

static void
read_filters (LacunaWindow *self)
{
  g_free (self->filter.needle);
  g_free (self->filter.obligation);
  g_free (self->filter.pillar);
  self->filter.needle = g_utf8_casefold (gtk_entry_get_text (GTK_ENTRY (self->search_entry)), -1);
  /* The obligation filter's ids are the obligation levels' own names, the
   * pillar filter's the pillars'. */
  self->filter.obligation = chosen_id (self->obligation_combo);
  self->filter.pillar = chosen_id (self->pillar_combo);
  self->filter.unanswered = gtk_toggle_button_get_active (self->unanswered_toggle);
  self->filter.gaps = gtk_toggle_button_get_active (self->gaps_toggle);
  self->filter.data_gaps = gtk_toggle_button_get_active (self->data_gaps_check);
  self->filter.on = self->filter.needle[0] != '\0' || self->filter.obligation != NULL ||
                    self->filter.pillar != NULL || self->filter.unanswered || self->filter.gaps ||
                    self->filter.data_gaps;
}

/* Filters: the search text (id or title), the obligation level, the pillar, "to do",
 * "gaps" and "data gaps". A pillar or area stays while any of its measures
 * does. The answer's state is read from the row, where refresh_marks put
 * it, rather than from the file again. */
static gboolean
measure_visible (LacunaWindow        *self,
                 GtkTreeModel        *model,
                 GtkTreeIter         *iter,
                 const LacunaMeasure *measure)
{
  g_autofree char *color = NULL;
  gboolean answered = FALSE;

  if (self->filter.needle[0] != '\0')
    {
      char **keys = g_hash_table_lookup (self->search_keys, measure);

      if (keys == NULL)
        {
          keys = g_new0 (char *, 3);
          keys[0] = g_utf8_casefold (measure->id, -1);
          keys[1] = g_utf8_casefold (_(measure->title), -1);
          g_hash_table_insert (self->search_keys, (gpointer) measure, keys);
        }
      if (strstr (keys[1], self->filter.needle) == NULL && strstr (keys[0], self->filter.needle) == NULL)
        return FALSE;
    }
  if (self->filter.obligation != NULL &&
      !g_str_equal (self->filter.obligation, lacuna_obligation_to_string (measure->obligation)))
    return FALSE;
  if (self->filter.pillar != NULL && !g_str_equal (self->filter.pillar, lacuna_measure_get_pillar (measure)->id))
    return FALSE;
  if (self->store == NULL || !filtering_by_answers (self))
    return TRUE;
  gtk_tree_model_get (model, iter, LACUNA_CATALOG_COLUMN_MARK_COLOR, &color, LACUNA_CATALOG_COLUMN_ANSWERED, &answered,
                      -1);
  if (self->filter.unanswered && answered)
    return FALSE;
  if (self->filter.gaps && (g_strcmp0 (color, COLOR_FULL) == 0 || g_strcmp0 (color, COLOR_NONE) == 0))
    return FALSE;
  if (self->filter.data_gaps && g_strcmp0 (color, COLOR_UNKNOWN) != 0)
    return FALSE;
  return TRUE;
}

static gboolean
row_visible (GtkTreeModel *model,
             GtkTreeIter  *iter,
             gpointer      user_data)
{
  LacunaWindow *self = user_data;
  LacunaMeasure *measure = NULL;
  GtkTreeIter child;

  if (!self->filter.on)
    return TRUE;
  gtk_tree_model_get (model, iter, LACUNA_CATALOG_COLUMN_MEASURE, &measure, -1);
  if (measure != NULL)
    return measure_visible (self, model, iter, measure);
  if (!gtk_tree_model_iter_children (model, &child, iter))
    return TRUE;
  do
    if (row_visible (model, &child, user_data))
      return TRUE;
  while (gtk_tree_model_iter_next (model, &child));
  return FALSE;
}

/* While a filter hides rows, the list is taken off the view to be
 * refiltered and then shown whole: GTK 3's tree view loses the nodes of
 * expanded rows that a filter removes under it (LeakSanitizer showed it),
 * and a filtered list is read expanded anyway. The selected measure stays
 * selected when it is still shown. */
static void
refilter (LacunaWindow *self)
{
  const LacunaMeasure *current = lacuna_measure_page_get_measure (self->measure_page);
  g_autofree char *current_id = current != NULL ? g_strdup (current->id) : NULL;

  read_filters (self);
  if (!self->filter.on)
    {
      gtk_tree_model_filter_refilter (self->catalog_filter);
      return;
    }
  self->refiltering = TRUE;
  gtk_tree_view_set_model (self->catalog_view, NULL);
  gtk_tree_model_filter_refilter (self->catalog_filter);
  gtk_tree_view_set_model (self->catalog_view, GTK_TREE_MODEL (self->catalog_filter));
  gtk_tree_view_expand_all (self->catalog_view);
  if (current_id != NULL)
    select_row (self, current_id);
  self->refiltering = FALSE;
}

static void
on_filter_changed_cb (gpointer      widget,
                      LacunaWindow *self)
{
  refilter (self);
}

/* One message at a time in the info bar; BUSY shows a spinner. */
static void
show_message (LacunaWindow   *self,
              GtkMessageType  type,
              const char     *message,
              gboolean        busy)
{
  gtk_info_bar_set_message_type (self->info_bar, type);
  gtk_label_set_text (self->info_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->info_spinner), busy);
  if (busy)
    gtk_spinner_start (self->info_spinner);
  else
    gtk_spinner_stop (self->info_spinner);
  gtk_widget_hide (self->open_report_button);
  gtk_widget_show (GTK_WIDGET (self->info_bar));
}

void
lacuna_window_show_error (LacunaWindow *self,
                          const char   *message)
{
  g_return_if_fail (LACUNA_IS_WINDOW (self));
  show_message (self, GTK_MESSAGE_ERROR, message, FALSE);
}

static void
show_notice (LacunaWindow *self,
             const char   *message)
{
  show_message (self, GTK_MESSAGE_INFO, message, FALSE);
}

static void
on_info_bar_response_cb (GtkInfoBar   *info_bar,
                         int           response,
                         LacunaWindow *self)
{
  if (response == RESPONSE_OPEN_REPORT && self->report_path != NULL)
    {
      g_autofree char *uri = g_filename_to_uri (self->report_path, NULL, NULL);
      g_autoptr(GError) error = NULL;

      if (uri != NULL && !gtk_show_uri_on_window (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, &error))
        {
          lacuna_window_show_error (self, error->message);
          return;
        }
    }
  gtk_widget_hide (GTK_WIDGET (info_bar));
}

static void
set_saved_subtitle (LacunaWindow *self,
                    gboolean      saved)
{
  g_autofree char *base = g_path_get_basename (lacuna_store_get_path (self->store));
  g_autofree char *subtitle = NULL;

  if (lacuna_store_is_read_only (self->store))
    subtitle = g_strdup_printf (_("%s — read-only"), base);
  else if (saved)
    subtitle = g_strdup_printf (_("%s — All changes saved"), base);
  else
    subtitle = g_strdup (base);
  gtk_header_bar_set_subtitle (self->header_bar, subtitle);
}

/* The analysis is recomputed from the store (well under a millisecond for
 * the real frameworks), but the result views rebuild their rows, so they
 * are refreshed only while one of them is on screen. */
static void
refresh_results (LacunaWindow *self,
                 gboolean      now)
{
  LacunaAnalysis *previous = self->analysis;
  const char *visible = gtk_stack_get_visible_child_name (self->view_stack);

  self->results_stale = TRUE;
  if (self->comparison_dialog != NULL)
    lacuna_comparison_dialog_refresh (self->comparison_dialog);
  if (!now && g_strcmp0 (visible, "measures") == 0)
    return;
  self->analysis = self->store != NULL ? lacuna_analyse_store (self->store) : NULL;
  lacuna_overview_view_set_analysis (self->overview_view, self->analysis);
  lacuna_recommendations_view_set_analysis (self->recommendations_view, self->store, self->analysis);
  g_clear_pointer (&previous, lacuna_analysis_free);
  self->results_stale = FALSE;
}

/* Before the store they point into goes away. */
static void
clear_results (LacunaWindow *self)
{
  if (self->comparison_dialog != NULL)
    gtk_widget_destroy (GTK_WIDGET (self->comparison_dialog));
  if (self->instruments_view != NULL)
    lacuna_instruments_view_set_store (self->instruments_view, NULL);
  if (self->participants_view != NULL)
    lacuna_participants_view_set_store (self->participants_view, NULL);
  if (self->recommendations_view != NULL)
    lacuna_recommendations_view_set_analysis (self->recommendations_view, NULL, NULL);
  if (self->overview_view != NULL)
    lacuna_overview_view_set_analysis (self->overview_view, NULL);
  g_clear_pointer (&self->analysis, lacuna_analysis_free);
  self->results_stale = TRUE;
}

static void
on_view_changed_cb (GtkStack     *stack,
                    GParamSpec   *pspec,
                    LacunaWindow *self)
{
  if (self->results_stale && g_strcmp0 (gtk_stack_get_visible_child_name (stack), "measures") != 0)
    refresh_results (self, TRUE);
}

static void
on_measure_saved_cb (LacunaMeasurePage  *page,
                     const LacunaAnswer *before,
                     LacunaWindow       *self)
{
  g_ptr_array_add (self->undo, lacuna_answer_copy (before));
  set_saved_subtitle (self, TRUE);
  refresh_measure_marks (self, before->measure_id);
  refresh_results (self, FALSE);
}

/* The team changed a plan in the recommendations: the ranking, the marks
 * and the measure page all follow. */
static void
on_recommendation_changed_cb (LacunaRecommendationsView *view,
                              const char                *measure_id,
                              LacunaWindow              *self)
{
  set_saved_subtitle (self, TRUE);
  refresh_measure_marks (self, measure_id);
  refresh_results (self, TRUE);
  lacuna_measure_page_reload (self->measure_page);
}

static void
on_measure_failed_cb (LacunaMeasurePage *page,
                      const char        *message,
                      LacunaWindow      *self)
{
  lacuna_window_show_error (self, message);
  lacuna_measure_page_reload (page);
}

/* Framework, pillar, area and measure ids are distinct, so one search by
 * id finds any row. */
static gboolean
find_row (GtkTreeModel *model,
          GtkTreeIter  *parent,
          const char   *id,
          GtkTreeIter  *found)
{
  GtkTreeIter child;

  if (!gtk_tree_model_iter_children (model, &child, parent))
    return FALSE;
  do
    {
      g_autofree char *row_id = NULL;

      gtk_tree_model_get (model, &child, LACUNA_CATALOG_COLUMN_ID, &row_id, -1);
      if (g_strcmp0 (row_id, id) == 0)
        {
          *found = child;
          return TRUE;
        }
      if (find_row (model, &child, id, found))
        return TRUE;
    }
  while (gtk_tree_model_iter_next (model, &child));
  return FALSE;
}

/* Selects the measure's row if the filters show it. */
static gboolean
select_row (LacunaWindow *self,
            const char   *measure_id)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->catalog_filter);
  GtkTreeIter *row = measure_id != NULL && self->measure_rows != NULL
                       ? g_hash_table_lookup (self->measure_rows, measure_id) : NULL;
  GtkTreeIter iter;
  g_autoptr(GtkTreePath) path = NULL;

  /* A measure's row is known; only another kind of row is searched for. */
  if (row != NULL ? !gtk_tree_model_filter_convert_child_iter_to_iter (self->catalog_filter, &iter, row)
                  : !find_row (model, NULL, measure_id, &iter))
    return FALSE;
  path = gtk_tree_model_get_path (model, &iter);
  gtk_tree_view_expand_to_path (self->catalog_view, path);
  gtk_tree_view_set_cursor (self->catalog_view, path, NULL, FALSE);
  gtk_tree_view_scroll_to_cell (self->catalog_view, path, NULL, FALSE, 0, 0);
  return TRUE;
}

static void
clear_filters (LacunaWindow *self)
{
  gtk_entry_set_text (GTK_ENTRY (self->search_entry), "");
  gtk_toggle_button_set_active (self->unanswered_toggle, FALSE);
  gtk_toggle_button_set_active (self->gaps_toggle, FALSE);
  gtk_toggle_button_set_active (self->data_gaps_check, FALSE);
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->obligation_combo), "any");
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->pillar_combo), "any");
}

/* Shows the measure in the sidebar; a measure asked for elsewhere (the
 * recommendations, the comparison, undo) that the filters hide clears
 * them rather than being lost. */
gboolean
lacuna_window_select_measure (LacunaWindow *self,
                              const char   *measure_id)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), FALSE);

  if (select_row (self, measure_id))
    return TRUE;
  if (measure_id == NULL || !self->filter.on)
    return FALSE;
  clear_filters (self);
  return select_row (self, measure_id);
}

/* A measure asked for from another view: the list of measures, with it. */
static void
show_measure (LacunaWindow *self,
              const char   *measure_id)
{
  gtk_stack_set_visible_child_name (self->view_stack, "measures");
  lacuna_window_select_measure (self, measure_id);
}

static void
on_recommendation_activated_cb (LacunaRecommendationsView *view,
                                const char                *measure_id,
                                LacunaWindow              *self)
{
  show_measure (self, measure_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->catalog_view));
}

/* A pillar chosen in the overview: the list shows that pillar open, with
 * the others folded away. */
static void
on_pillar_activated_cb (LacunaOverviewView *view,
                        const char         *pillar_id,
                        LacunaWindow       *self)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->catalog_filter);
  GtkTreeIter iter;
  g_autoptr(GtkTreePath) path = NULL;

  gtk_stack_set_visible_child_name (self->view_stack, "measures");
  /* The sidebar then lists that pillar's measures only, until the filter
   * is set back to any pillar. */
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->pillar_combo), pillar_id);
  if (!find_row (model, NULL, pillar_id, &iter))
    return;
  path = gtk_tree_model_get_path (model, &iter);
  gtk_tree_view_collapse_all (self->catalog_view);
  gtk_tree_view_expand_to_path (self->catalog_view, path);
  gtk_tree_view_expand_row (self->catalog_view, path, TRUE);
  gtk_tree_view_set_cursor (self->catalog_view, path, NULL, FALSE);
  gtk_tree_view_scroll_to_cell (self->catalog_view, path, NULL, TRUE, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->catalog_view));
}

const char *
lacuna_window_get_selected_measure (LacunaWindow *self)
{
  const LacunaMeasure *measure = lacuna_measure_page_get_measure (self->measure_page);
  return measure != NULL ? measure->id : NULL;
}

static void
on_selection_changed_cb (GtkTreeSelection *selection,
                         LacunaWindow     *self)
{
  GtkTreeModel *model;
  GtkTreeIter iter;
  LacunaMeasure *measure = NULL;

  /* Refiltering puts the same measure back under the cursor. */
  if (self->store == NULL || self->refiltering || !gtk_tree_selection_get_selected (selection, &model, &iter))
    return;
  gtk_tree_model_get (model, &iter, LACUNA_CATALOG_COLUMN_MEASURE, &measure, -1);
  if (measure != NULL)
    lacuna_measure_page_show_measure (self->measure_page, self->store, measure);
}

/* The measures of the frameworks in scope, in order, for moving through. */
static GPtrArray *
measures_in_order (LacunaWindow *self)
{
  GPtrArray *measures = g_ptr_array_new ();
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (self->store));

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      if (lacuna_store_has_framework (self->store, framework->id))
        g_ptr_array_extend (measures, framework->measures, NULL, NULL);
    }
  return measures;
}

static void
move_to (LacunaWindow *self,
         int           step,
         gboolean      unanswered_only)
{
  g_autoptr(GPtrArray) measures = NULL;
  const LacunaMeasure *current = lacuna_measure_page_get_measure (self->measure_page);
  guint position = 0;

  if (self->store == NULL)
    return;
  measures = measures_in_order (self);
  if (current != NULL)
    g_ptr_array_find (measures, current, &position);
  else
    position = step > 0 ? measures->len - 1 : 0;

  for (guint tried = 0; tried < measures->len; tried++)
    {
      LacunaMeasure *next;

      position = (position + measures->len + step) % measures->len;
      next = g_ptr_array_index (measures, position);
      if (unanswered_only)
        {
          /* The row says, as refresh_marks left it: no query per measure. */
          GtkTreeIter *row = g_hash_table_lookup (self->measure_rows, next->id);
          gboolean answered = FALSE;

          if (row != NULL)
            gtk_tree_model_get (GTK_TREE_MODEL (self->catalog_store), row, LACUNA_CATALOG_COLUMN_ANSWERED, &answered,
                                -1);
          if (answered)
            continue;
        }
      /* Moving to a measure from another view shows it. */
      show_measure (self, next->id);
      /* A new measure starts again from its legal basis: the digit keys
       * answer it first, Tab leads on to practice. */
      gtk_widget_grab_focus (GTK_WIDGET (self->catalog_view));
      return;
    }
  show_notice (self, _("Every measure has an answer."));
}

static void
on_previous_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  move_to (LACUNA_WINDOW (user_data), -1, FALSE);
}

static void
on_next_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  move_to (LACUNA_WINDOW (user_data), 1, FALSE);
}

static void
on_next_unanswered_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  move_to (LACUNA_WINDOW (user_data), 1, TRUE);
}

/* Undo puts the answer back as it was, as an edit of its own: the history
 * keeps both. */
static void
on_undo_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LacunaWindow *self = LACUNA_WINDOW (user_data);
  g_autoptr(LacunaAnswer) previous = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->undo->len == 0)
    return;
  previous = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  if (!lacuna_store_set_answer (self->store, previous, g_get_real_name (), &error))
    {
      lacuna_window_show_error (self, error->message);
      return;
    }
  refresh_measure_marks (self, previous->measure_id);
  refresh_results (self, FALSE);
  lacuna_window_select_measure (self, previous->measure_id);
  lacuna_measure_page_reload (self->measure_page);
  set_saved_subtitle (self, TRUE);
}

static void
on_find_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  gtk_widget_grab_focus (GTK_WIDGET (LACUNA_WINDOW (user_data)->search_entry));
}

static void update_actions (LacunaWindow *self);

static void
on_report_written_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(LacunaWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!lacuna_report_write_file_finish (result, &error))
    {
      /* The window may be closing; then there is no one to tell. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->report_cancellable != NULL)
        lacuna_window_show_error (self, error->message);
    }
  else if (self->report_cancellable != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The report was written to %s."), self->report_path);

      show_notice (self, message);
      gtk_widget_show (self->open_report_button);
    }
  g_clear_object (&self->report_cancellable);
  update_actions (self);
  g_application_release (g_application_get_default ());
}

/* Writes the report in a worker thread, so the team can keep working;
 * the info bar shows the progress and then offers to open the report. */
void
lacuna_window_start_report (LacunaWindow              *self,
                            const char                *path,
                            const LacunaReportRequest *request)
{
  g_autofree char *message = NULL;

  g_return_if_fail (LACUNA_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL && path != NULL && request != NULL);

  if (self->report_cancellable != NULL)
    return;
  lacuna_measure_page_save_pending (self->measure_page);
  g_free (self->report_path);
  self->report_path = g_strdup (path);
  self->report_cancellable = g_cancellable_new ();
  message = g_strdup_printf (_("Writing the report to %s…"), path);
  show_message (self, GTK_MESSAGE_INFO, message, TRUE);
  update_actions (self);
  /* Closing the window must not end the process under a report's feet. */
  g_application_hold (g_application_get_default ());
  lacuna_report_write_file_async (lacuna_store_get_path (self->store), request, path, self->report_cancellable,
                                  on_report_written_cb, g_object_ref (self));
}

gboolean
lacuna_window_is_writing_report (LacunaWindow *self)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), FALSE);
  return self->report_cancellable != NULL;
}

static void
on_report_chosen_cb (GtkNativeDialog *dialog,
                     int              response,
                     LacunaWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (dialog));
      LacunaReportRequest request = {
        .edition = self->pending_report_edition,
        .language = self->pending_report_language,
        .baseline_path = self->pending_report_baseline,
      };

      lacuna_application_remember_folder (window_application (self), path);
      lacuna_window_start_report (self, path, &request);
    }
  g_clear_pointer (&self->pending_report_language, g_free);
  g_clear_pointer (&self->pending_report_baseline, g_free);
  g_object_unref (dialog);
}

/* The assessment's file name without its extension, to suggest names for
 * what is made from it. */
static char *
store_base_name (LacunaWindow *self)
{
  char *base = g_path_get_basename (lacuna_store_get_path (self->store));
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return base;
}

/* A dialog asking where to write something made from the assessment,
 * suggesting the assessment's own name followed by NAME_SUFFIX; ON_CHOSEN
 * gets the response and owns the dialog. The caller shows it. */
static GtkFileChooserNative *
new_destination_chooser (LacunaWindow *self,
                         const char   *title,
                         const char   *accept_label,
                         const char   *name_suffix,
                         GCallback     on_chosen)
{
  GtkFileChooserNative *dialog;
  g_autofree char *base = store_base_name (self);
  g_autofree char *name = g_strconcat (base, name_suffix, NULL);

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        accept_label, _("_Cancel"));
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (dialog), TRUE);
  lacuna_application_start_in_last_folder (window_application (self),
                                           GTK_FILE_CHOOSER (dialog));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", on_chosen, self);
  return dialog;
}

static void
on_report_dialog_response_cb (GtkDialog    *dialog,
                              int           response,
                              LacunaWindow *self)
{
  LacunaReportDialog *report_dialog = LACUNA_REPORT_DIALOG (dialog);

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      GtkFileChooserNative *chooser;

      self->pending_report_edition = lacuna_report_dialog_get_edition (report_dialog);
      g_free (self->pending_report_language);
      self->pending_report_language = g_strdup (lacuna_report_dialog_get_language (report_dialog));
      g_free (self->pending_report_baseline);
      self->pending_report_baseline = lacuna_report_dialog_dup_baseline (report_dialog);
      if (window_settings (self) != NULL)
        g_settings_set_string (window_settings (self), "report-edition",
                               self->pending_report_edition == LACUNA_REPORT_PUBLIC ? "public" : "internal");

      chooser = new_destination_chooser (self, _("Save the Report"), _("_Generate"), ".pdf",
                                         G_CALLBACK (on_report_chosen_cb));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
    }
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

/* First what the report should be, then where it goes. */
static void
on_report_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LacunaWindow *self = LACUNA_WINDOW (user_data);
  g_autoptr(LacunaAssessmentDetails) details = NULL;
  LacunaReportEdition edition = LACUNA_REPORT_INTERNAL;
  LacunaReportDialog *dialog;

  if (self->store == NULL)
    return;
  if (window_settings (self) != NULL)
    {
      g_autofree char *saved = g_settings_get_string (window_settings (self), "report-edition");

      if (g_strcmp0 (saved, "public") == 0)
        edition = LACUNA_REPORT_PUBLIC;
    }
  /* The report is offered in the assessment's own working language. */
  details = lacuna_store_get_details (self->store);
  dialog = lacuna_report_dialog_new (GTK_WINDOW (self), details->values[LACUNA_DETAIL_LANGUAGE], edition);
  g_signal_connect (dialog, "response", G_CALLBACK (on_report_dialog_response_cb), self);
  gtk_widget_show (GTK_WIDGET (dialog));
}

static void
on_copy_chosen_cb (GtkNativeDialog *dialog,
                   int              response,
                   LacunaWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      lacuna_measure_page_save_pending (self->measure_page);
      lacuna_application_remember_folder (window_application (self), path);
      if (lacuna_store_save_copy (self->store, path, &error))
        {
          g_autofree char *message = g_strdup_printf (_("A copy was saved as %s."), path);
          show_notice (self, message);
        }
      else
        lacuna_window_show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
on_save_copy_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  LacunaWindow *self = LACUNA_WINDOW (user_data);

  if (self->store == NULL)
    return;
  /* Translators: ends the suggested name of a copy, after the original's
   * name; keep the leading space and the .lacuna extension. */
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (new_destination_chooser (self, _("Save a Copy"), _("_Save"),
                                                                      _(" (copy).lacuna"),
                                                                      G_CALLBACK (on_copy_chosen_cb))));
}

/* Everything shown comes from the store; after a change made elsewhere
 * (a merge, the registers, the properties) it is all read again. */
static void
reload_everything (LacunaWindow *self)
{
  g_autoptr(LacunaAssessmentDetails) details = NULL;

  if (self->store == NULL)
    return;
  details = lacuna_store_get_details (self->store);
  gtk_header_bar_set_title (self->header_bar, details->values[LACUNA_DETAIL_TITLE]);
  set_saved_subtitle (self, TRUE);
  refresh_marks (self);
  refresh_results (self, FALSE);
  lacuna_measure_page_reload (self->measure_page);
}

static void
on_store_changed_cb (gpointer      view,
                     LacunaWindow *self)
{
  reload_everything (self);
}

/* An instrument linked or created from the measure page: the register
 * reads the store again. */
static void
on_page_instruments_changed_cb (LacunaMeasurePage *page,
                                LacunaWindow      *self)
{
  lacuna_instruments_view_set_store (self->instruments_view, self->store);
  set_saved_subtitle (self, TRUE);
}

/* The merge and comparison dialogs close themselves when answered. */
static void
on_dialog_response_destroy_cb (GtkDialog    *dialog,
                               int           response,
                               LacunaWindow *self)
{
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

typedef void (*AssessmentChosenFunc) (LacunaWindow *self,
                                      const char   *path);

static void
on_other_assessment_chosen_cb (GtkNativeDialog *chooser,
                               int              response,
                               LacunaWindow    *self)
{
  AssessmentChosenFunc chosen = g_object_get_data (G_OBJECT (chooser), "lacuna-chosen-func");

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (chooser));

      lacuna_application_remember_folder (window_application (self), path);
      chosen (self, path);
    }
  g_object_unref (chooser);
}

/* Asks for another assessment to work with the open one (a copy to merge,
 * a baseline to compare with) and hands its path to chosen. */
static void
choose_other_assessment (LacunaWindow         *self,
                         const char           *title,
                         const char           *accept_label,
                         AssessmentChosenFunc  chosen)
{
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;
  chooser = lacuna_application_new_assessment_chooser (window_application (self), GTK_WINDOW (self), title,
                                                       GTK_FILE_CHOOSER_ACTION_OPEN, accept_label);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "lacuna-chosen-func", chosen);
  g_signal_connect (chooser, "response", G_CALLBACK (on_other_assessment_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
merge_with (LacunaWindow *self,
            const char   *path)
{
  LacunaMergeDialog *dialog;

  lacuna_measure_page_save_pending (self->measure_page);
  dialog = lacuna_merge_dialog_new (GTK_WINDOW (self), self->store, path);
  g_signal_connect (dialog, "merged", G_CALLBACK (on_store_changed_cb), self);
  g_signal_connect (dialog, "response", G_CALLBACK (on_dialog_response_destroy_cb), self);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_widget_show (GTK_WIDGET (dialog));
}

/* Merging brings back the work a ministry did on a copy of this file. */
static void
on_merge_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  choose_other_assessment (LACUNA_WINDOW (user_data), _("Merge a Copy of This Assessment"), _("_Merge"),
                           merge_with);
}

static void
on_comparison_measure_activated_cb (LacunaComparisonDialog *dialog,
                                    const char             *measure_id,
                                    LacunaWindow           *self)
{
  show_measure (self, measure_id);
  gtk_window_present (GTK_WINDOW (self));
}

/* Opens the comparison of the open assessment with the one at
 * baseline_path, replacing any comparison already open. */
LacunaComparisonDialog *
lacuna_window_compare_with (LacunaWindow *self,
                            const char   *baseline_path)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->store != NULL && baseline_path != NULL, NULL);

  lacuna_measure_page_save_pending (self->measure_page);
  if (self->comparison_dialog != NULL)
    gtk_widget_destroy (GTK_WIDGET (self->comparison_dialog));
  self->comparison_dialog = lacuna_comparison_dialog_new (GTK_WINDOW (self), self->store, baseline_path);
  g_object_add_weak_pointer (G_OBJECT (self->comparison_dialog), (gpointer *) &self->comparison_dialog);
  g_signal_connect (self->comparison_dialog, "measure-activated",
                    G_CALLBACK (on_comparison_measure_activated_cb), self);
  g_signal_connect (self->comparison_dialog, "response", G_CALLBACK (on_dialog_response_destroy_cb), self);
  gtk_widget_show (GTK_WIDGET (self->comparison_dialog));
  return self->comparison_dialog;
}

static void
compare_with (LacunaWindow *self,
              const char   *path)
{
  lacuna_window_compare_with (self, path);
}

/* The comparison stays open beside the window (it is not modal) and
 * follows the team's edits, so progress shows as they work. */
static void
on_compare_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  choose_other_assessment (LACUNA_WINDOW (user_data), _("Choose the Baseline Assessment"), _("_Compare"),
                           compare_with);
}

/* The dialog saves on its own and closes itself; the window only reads
 * the details back. */
static void
on_properties_response_cb (GtkDialog    *dialog,
                           int           response,
                           LacunaWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    reload_everything (self);
}

static void
on_properties_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  LacunaWindow *self = LACUNA_WINDOW (user_data);
  LacunaPropertiesDialog *dialog;

  if (self->store == NULL)
    return;
  lacuna_measure_page_save_pending (self->measure_page);
  dialog = lacuna_properties_dialog_new (GTK_WINDOW (self), self->store);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_properties_response_cb), self);
  gtk_widget_show (GTK_WIDGET (dialog));
}

/* FORMAT is "json" (everything, for exchange) or "csv" (a row per
 * measure, for spreadsheets). */
gboolean
lacuna_window_export (LacunaWindow  *self,
                      const char    *path,
                      const char    *format,
                      GError       **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (LACUNA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  lacuna_measure_page_save_pending (self->measure_page);
  if (g_str_equal (format, "json"))
    {
      g_autoptr(JsonNode) root = lacuna_export_json (self->store);
      g_autofree char *json = lacuna_json_to_text (root);
      text = g_strconcat (json, "\n", NULL);
    }
  else
    text = lacuna_export_csv (self->store);
  /* Written whole or not at all, on the disk before we say so, and never
   * over an assessment. */
  return lacuna_atomic_file_write (path, text, strlen (text), TRUE, error);
}

static void
on_export_chosen_cb (GtkNativeDialog *dialog,
                     int              response,
                     LacunaWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (dialog));
      const char *format = g_object_get_data (G_OBJECT (dialog), "format");
      g_autoptr(GError) error = NULL;

      lacuna_application_remember_folder (window_application (self), path);
      if (lacuna_window_export (self, path, format, &error))
        {
          g_autofree char *message = g_strdup_printf (_("The assessment was exported to %s."), path);
          show_notice (self, message);
        }
      else
        lacuna_window_show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
on_export_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LacunaWindow *self = LACUNA_WINDOW (user_data);
  const char *format = g_variant_get_string (parameter, NULL);
  GtkFileChooserNative *dialog;

  if (self->store == NULL || (!g_str_equal (format, "json") && !g_str_equal (format, "csv")))
    return;
  dialog = new_destination_chooser (self, _("Export the Assessment"), _("_Export"),
                                    g_str_equal (format, "json") ? ".json" : ".csv",
                                    G_CALLBACK (on_export_chosen_cb));
  g_object_set_data_full (G_OBJECT (dialog), "format", g_strdup (format), g_free);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Workshop mode: one measure, full screen, in large type, for a room
 * reading from a projector. The keys work as before. */
static void
on_workshop_mode_change_state (GSimpleAction *action,
                               GVariant      *state,
                               gpointer       user_data)
{
  LacunaWindow *self = LACUNA_WINDOW (user_data);
  gboolean on = g_variant_get_boolean (state);
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (self->sidebar, !on);
  if (on)
    {
      gtk_stack_set_visible_child_name (self->view_stack, "measures");
      gtk_style_context_add_class (style, "workshop");
      gtk_window_fullscreen (GTK_WINDOW (self));
      show_notice (self, _("Workshop mode: the digit keys answer, Alt+Left and Alt+Right move, Ctrl+J finds the next open question. F11 or Escape leaves it."));
    }
  else
    {
      gtk_style_context_remove_class (style, "workshop");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_hide (GTK_WIDGET (self->info_bar));
    }
}

gboolean
lacuna_window_is_in_workshop_mode (LacunaWindow *self)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self), "workshop-mode");

  return state != NULL && g_variant_get_boolean (state);
}

/* Alt+1…4: the views without the mouse, in the order of the switcher. */
static void
on_show_view_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  LacunaWindow *self = LACUNA_WINDOW (user_data);
  const char *view = g_variant_get_string (parameter, NULL);

  if (self->store == NULL || gtk_stack_get_child_by_name (self->view_stack, view) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->view_stack, view);
}

static const GActionEntry window_actions[] = {
  { .name = "previous-measure", .activate = on_previous_activated },
  { .name = "next-measure", .activate = on_next_activated },
  { .name = "next-unanswered", .activate = on_next_unanswered_activated },
  { .name = "undo", .activate = on_undo_activated },
  { .name = "find", .activate = on_find_activated },
  { .name = "report", .activate = on_report_activated },
  { .name = "save-copy", .activate = on_save_copy_activated },
  { .name = "export", .activate = on_export_activated, .parameter_type = "s" },
  { .name = "workshop-mode", .state = "false", .change_state = on_workshop_mode_change_state },
  { .name = "merge", .activate = on_merge_activated },
  { .name = "compare", .activate = on_compare_activated },
  { .name = "show-view", .activate = on_show_view_activated, .parameter_type = "s" },
  { .name = "properties", .activate = on_properties_activated },
};

static void
update_actions (LacunaWindow *self)
{
  static const char *const need_store[] = {
    "previous-measure", "next-measure", "next-unanswered", "undo", "find", "report", "save-copy", "export",
    "workshop-mode", "merge", "compare", "properties", "show-view",
  };

  for (guint i = 0; i < G_N_ELEMENTS (need_store); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), need_store[i])),
                                 self->store != NULL);
  /* One report at a time. */
  if (self->report_cancellable != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "report")), FALSE);
}

/* The workshop keys: 0–3 and U answer the current question, unless the
 * team is typing in a text field. */
static gboolean
on_key_press_cb (GtkWidget    *widget,
                 GdkEventKey  *event,
                 LacunaWindow *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  LacunaLevel level;

  if (event->keyval == GDK_KEY_Escape && lacuna_window_is_in_workshop_mode (self))
    {
      g_action_group_change_action_state (G_ACTION_GROUP (self), "workshop-mode", g_variant_new_boolean (FALSE));
      return GDK_EVENT_STOP;
    }
  if (self->store == NULL || (event->state & (GDK_CONTROL_MASK | GDK_MOD1_MASK)) != 0 ||
      GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus))
    return GDK_EVENT_PROPAGATE;

  switch (event->keyval)
    {
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      level = LACUNA_LEVEL_NONE;
      break;
    case GDK_KEY_1:
    case GDK_KEY_KP_1:
      level = LACUNA_LEVEL_PARTIAL;
      break;
    case GDK_KEY_2:
    case GDK_KEY_KP_2:
      level = LACUNA_LEVEL_LARGELY;
      break;
    case GDK_KEY_3:
    case GDK_KEY_KP_3:
      level = LACUNA_LEVEL_FULL;
      break;
    case GDK_KEY_u:
    case GDK_KEY_U:
      level = LACUNA_LEVEL_UNKNOWN;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  lacuna_measure_page_set_level (self->measure_page, lacuna_measure_page_get_current_dimension (self->measure_page),
                                 level);
  return GDK_EVENT_STOP;
}

static void
on_recent_activated_cb (GtkListBox    *list,
                        GtkListBoxRow *row,
                        LacunaWindow  *self)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  g_application_open (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), &file, 1, "");
}

static void
fill_recent (LacunaWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint shown = 0;

  for (GList *l = items; l != NULL && shown < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      GtkWidget *row, *label;

      if (!g_str_has_suffix (uri, ".lacuna") || !gtk_recent_info_exists (info))
        continue;
      row = gtk_list_box_row_new ();
      label = gtk_label_new (gtk_recent_info_get_display_name (info));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      g_object_set (label, "margin", 6, NULL);
      gtk_container_add (GTK_CONTAINER (row), label);
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (uri), g_free);
      gtk_widget_show_all (row);
      gtk_list_box_insert (self->recent_list, row, -1);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), shown > 0);
  gtk_widget_set_visible (self->recent_heading, shown > 0);
}

/* Shows an open assessment; the window takes the store over. */
void
lacuna_window_show_assessment (LacunaWindow *self,
                               LacunaStore  *store)
{
  g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (store);
  g_autofree char *uri = g_filename_to_uri (lacuna_store_get_path (store), NULL, NULL);
  GPtrArray *frameworks;

  g_return_if_fail (LACUNA_IS_WINDOW (self));

  clear_results (self);
  g_clear_pointer (&self->store, lacuna_store_close);
  self->store = store;
  g_ptr_array_set_size (self->undo, 0);
  gtk_stack_set_visible_child_name (self->view_stack, "measures");
  gtk_widget_show (self->view_switcher);
  lacuna_instruments_view_set_store (self->instruments_view, store);
  lacuna_participants_view_set_store (self->participants_view, store);

  gtk_header_bar_set_title (self->header_bar, details->values[LACUNA_DETAIL_TITLE]);
  set_saved_subtitle (self, FALSE);
  fill_catalog_store (self, lacuna_store_get_catalog (store));
  gtk_stack_set_visible_child_name (self->main_stack, "assessment");
  update_actions (self);
  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (lacuna_store_is_read_only (store))
    lacuna_window_show_error (self, lacuna_store_get_read_only_reason (store));

  /* Start where a team starts: the first measure. */
  frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (store));
  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      if (lacuna_store_has_framework (store, framework->id) && framework->measures->len > 0)
        {
          lacuna_window_select_measure (self, ((LacunaMeasure *) g_ptr_array_index (framework->measures, 0))->id);
          break;
        }
    }
  /* The keyboard starts in the list of measures, where the digit keys
   * answer and the arrows move. */
  gtk_widget_grab_focus (GTK_WIDGET (self->catalog_view));
}

LacunaStore *
lacuna_window_get_store (LacunaWindow *self)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), NULL);
  return self->store;
}

/* The size is kept unmaximized, so that unmaximizing next time goes back
 * to it rather than to the whole screen. */
static void
save_window_state (LacunaWindow *self)
{
  GSettings *settings = window_settings (self);
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  if (settings == NULL || !gtk_widget_get_realized (GTK_WIDGET (self)))
    return;
  g_settings_set_boolean (settings, "window-maximized", maximized);
  if (!maximized)
    {
      gtk_window_get_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static void
lacuna_window_dispose (GObject *object)
{
  LacunaWindow *self = LACUNA_WINDOW (object);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (self->measure_page != NULL && self->store != NULL)
    lacuna_measure_page_save_pending (self->measure_page);
  save_window_state (self);
  /* The stack switches pages as its children go; nothing is left to show. */
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->view_stack, self);
  clear_results (self);
  g_clear_pointer (&self->store, lacuna_store_close);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->measure_rows, g_hash_table_unref);
  g_clear_pointer (&self->group_counts, g_hash_table_unref);
  g_clear_pointer (&self->search_keys, g_hash_table_unref);
  g_clear_pointer (&self->filter.needle, g_free);
  g_clear_pointer (&self->filter.obligation, g_free);
  g_clear_pointer (&self->filter.pillar, g_free);
  /* A report being written is finished by its thread; the window just
   * stops listening. */
  if (self->report_cancellable != NULL)
    g_cancellable_cancel (self->report_cancellable);
  g_clear_object (&self->report_cancellable);
  g_clear_pointer (&self->report_path, g_free);
  g_clear_pointer (&self->pending_report_language, g_free);
  g_clear_pointer (&self->pending_report_baseline, g_free);
  /* The keyboard-shortcuts window is a toplevel of its own: GTK 3 drops
   * its reference without destroying it. */
  if (overlay != NULL)
    gtk_widget_destroy (GTK_WIDGET (overlay));
  G_OBJECT_CLASS (lacuna_window_parent_class)->dispose (object);
}

static void
lacuna_window_class_init (LacunaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lacuna_window_dispose;
  g_type_ensure (LACUNA_TYPE_MEASURE_PAGE);
  g_type_ensure (LACUNA_TYPE_OVERVIEW_VIEW);
  g_type_ensure (LACUNA_TYPE_RECOMMENDATIONS_VIEW);
  g_type_ensure (LACUNA_TYPE_INSTRUMENTS_VIEW);
  g_type_ensure (LACUNA_TYPE_PARTICIPANTS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaWindow, name)
  BIND (header_bar);
  BIND (info_bar);
  BIND (info_label);
  BIND (info_spinner);
  BIND (open_report_button);
  BIND (view_switcher);
  BIND (view_stack);
  BIND (overview_view);
  BIND (recommendations_view);
  BIND (instruments_view);
  BIND (participants_view);
  BIND (main_stack);
  BIND (recent_list);
  BIND (recent_heading);
  BIND (catalog_view);
  BIND (catalog_store);
  BIND (catalog_filter);
  BIND (search_entry);
  BIND (unanswered_toggle);
  BIND (gaps_toggle);
  BIND (data_gaps_check);
  BIND (obligation_combo);
  BIND (pillar_combo);
  BIND (sidebar);
  BIND (measure_page);
#undef BIND
}

static void
lacuna_window_init (LacunaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_answer_free);
  self->measure_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->group_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->search_keys = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_strfreev);

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions, G_N_ELEMENTS (window_actions), self);
  update_actions (self);
  gtk_tree_model_filter_set_visible_func (self->catalog_filter, row_visible, self, NULL);

  g_signal_connect (gtk_tree_view_get_selection (self->catalog_view), "changed", G_CALLBACK (on_selection_changed_cb),
                    self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->unanswered_toggle, "toggled", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->gaps_toggle, "toggled", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->data_gaps_check, "toggled", G_CALLBACK (on_filter_changed_cb), self);
  gtk_combo_box_text_append (self->obligation_combo, "any", _("Any obligation"));
  for (LacunaObligation obligation = 0; obligation < LACUNA_N_OBLIGATIONS; obligation++)
    gtk_combo_box_text_append (self->obligation_combo, lacuna_obligation_to_string (obligation),
                               lacuna_obligation_label (obligation));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->obligation_combo), "any");
  g_signal_connect (self->obligation_combo, "changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->pillar_combo, "changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->measure_page, "saved", G_CALLBACK (on_measure_saved_cb), self);
  g_signal_connect (self->measure_page, "failed", G_CALLBACK (on_measure_failed_cb), self);
  g_signal_connect (self->info_bar, "response", G_CALLBACK (on_info_bar_response_cb), self);
  g_signal_connect (self->view_stack, "notify::visible-child", G_CALLBACK (on_view_changed_cb), self);
  g_signal_connect (self->overview_view, "pillar-activated", G_CALLBACK (on_pillar_activated_cb), self);
  g_signal_connect (self->recommendations_view, "measure-activated", G_CALLBACK (on_recommendation_activated_cb), self);
  g_signal_connect (self->recommendations_view, "answer-changed", G_CALLBACK (on_recommendation_changed_cb), self);
  g_signal_connect (self->instruments_view, "changed", G_CALLBACK (on_store_changed_cb), self);
  g_signal_connect (self->measure_page, "instruments-changed", G_CALLBACK (on_page_instruments_changed_cb), self);
  g_signal_connect (self->participants_view, "changed", G_CALLBACK (on_store_changed_cb), self);
  g_signal_connect (self->recent_list, "row-activated", G_CALLBACK (on_recent_activated_cb), self);
  g_signal_connect (self, "key-press-event", G_CALLBACK (on_key_press_cb), self);
  fill_recent (self);
}

LacunaWindow *
lacuna_window_new (LacunaApplication *application)
{
  LacunaWindow *self = g_object_new (LACUNA_TYPE_WINDOW, "application", application, NULL);
  LacunaCatalog *catalog = lacuna_application_get_catalog (application);
  GSettings *settings = lacuna_application_get_settings (application);

  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  if (catalog != NULL)
    fill_catalog_store (self, catalog);
  else
    lacuna_window_show_error (self, lacuna_application_get_catalog_error (application)->message);
  return self;
}

GtkTreeModel *
lacuna_window_get_catalog_model (LacunaWindow *self)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), NULL);
  return GTK_TREE_MODEL (self->catalog_store);
}

gboolean
lacuna_window_is_showing_error (LacunaWindow *self)
{
  g_return_val_if_fail (LACUNA_IS_WINDOW (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->info_bar)) &&
         gtk_info_bar_get_message_type (self->info_bar) == GTK_MESSAGE_ERROR;
}
