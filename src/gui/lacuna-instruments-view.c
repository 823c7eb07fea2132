/* lacuna-instruments-view.c — the register of national laws, plans and
 * agreements, and the measures each one supports
 *
 * The list on the left is the register as the store has it, narrowed by
 * the filters; the form on the right shows the selected instrument, ready
 * to change. Every write is one call to the store, which decides what is
 * valid: when it refuses, its message is shown and the form keeps what was
 * typed, so nothing is lost to a mistake.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "lacuna-instruments-view.h"
#include "names.h"

typedef enum {
  FORM_NONE,     /* nothing chosen: the form is hidden */
  FORM_EDIT,     /* selected_uuid is in the form */
  FORM_NEW,      /* an instrument not saved yet */
} FormMode;

struct _LacunaInstrumentsView {
  GtkBox             parent_instance;

  GtkInfoBar        *error_bar;
  GtkLabel          *error_label;
  GtkComboBoxText   *type_filter;
  GtkComboBoxText   *status_filter;
  GtkSearchEntry    *search_entry;
  GtkWidget         *add_button;
  GtkWidget         *edit_button;
  GtkWidget         *delete_button;
  GtkWidget         *read_only_label;
  GtkTreeView       *instrument_view;
  GtkLabel          *count_label;
  GtkStack          *form_stack;
  GtkLabel          *form_heading;
  GtkWidget         *form_grid;
  GtkComboBoxText   *type_combo;
  GtkEntry          *title_entry;
  GtkEntry          *article_entry;
  GtkEntry          *adopted_entry;
  GtkComboBoxText   *status_combo;
  GtkEntry          *reference_entry;
  GtkToggleButton   *confidential_check;
  GtkSearchEntry    *measure_search;
  GtkTreeView       *measure_list;
  GtkLabel          *measures_count_label;
  GtkWidget         *save_button;
  GtkWidget         *revert_button;

  GtkListStore      *rows;            /* the list's model */
  LacunaStore       *store;           /* borrowed; NULL: nothing to show */
  FormMode           mode;
  char              *selected_uuid;   /* the instrument in the form (FORM_EDIT) */
  GtkListStore      *measures;        /* the checklist's rows, all of them */
  GtkTreeModel      *measures_shown;  /* those the search lets through */
  GHashTable        *pinned;          /* ids ticked when the search last changed */
  char             **hidden_measures; /* its links the checklist cannot show */
  gboolean           checklist_built; /* the store's measures are in measures */
  GtkWidget         *confirm_dialog;  /* the open "Delete?" question, if any */
  gboolean           loading;         /* filling the form: not an edit */
  gboolean           dirty;           /* the form differs from the store */
  gboolean           rebuilding;      /* selection changes are ours, not the user's */
  guint              changed_idle;
};

G_DEFINE_FINAL_TYPE (LacunaInstrumentsView, lacuna_instruments_view, GTK_TYPE_BOX)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ALL_ID "all"

static gboolean
is_writable (LacunaInstrumentsView *self)
{
  return self->store != NULL && !lacuna_store_is_read_only (self->store);
}

/* Case aside: a team types "criminal code" as often as "Criminal Code". */
static gboolean
text_contains (const char *haystack,
               const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static void
hide_error (LacunaInstrumentsView *self)
{
  gtk_widget_hide (GTK_WIDGET (self->error_bar));
}

static void
show_error (LacunaInstrumentsView *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_show (GTK_WIDGET (self->error_bar));
}

static void
update_controls (LacunaInstrumentsView *self)
{
  gboolean writable = is_writable (self);
  gboolean chosen = self->mode == FORM_EDIT && self->selected_uuid != NULL;

  gtk_widget_set_sensitive (self->add_button, writable);
  gtk_widget_set_sensitive (self->edit_button, writable && chosen);
  gtk_widget_set_sensitive (self->delete_button, writable && chosen);
  gtk_widget_set_sensitive (GTK_WIDGET (self->type_filter), self->store != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_filter), self->store != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), self->store != NULL);
  gtk_widget_set_visible (self->read_only_label, self->store != NULL && !writable);

  gtk_widget_set_sensitive (self->form_grid, writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->measure_list), writable);
  gtk_widget_set_visible (self->save_button, writable);
  gtk_widget_set_visible (self->revert_button, writable);
  /* A new instrument can always be tried: the store says what it lacks. */
  gtk_widget_set_sensitive (self->save_button, writable && (self->dirty || self->mode == FORM_NEW));
  gtk_widget_set_sensitive (self->revert_button, writable && (self->dirty || self->mode == FORM_NEW));
}

static gboolean
emit_changed_idle_cb (gpointer data)
{
  LacunaInstrumentsView *self = data;

  self->changed_idle = 0;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* defer: the owner answers "changed" by handing the store back, which
 * rebuilds the list. From inside the list's own selection handling that
 * would pull the rows out from under GTK, so there the signal waits for the
 * main loop. */
static void
notify_changed (LacunaInstrumentsView *self,
                gboolean               defer)
{
  if (!defer)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  else if (self->changed_idle == 0)
    self->changed_idle = g_idle_add (emit_changed_idle_cb, self);
}

/* ---- the list ---- */

static gboolean
matches_filters (LacunaInstrumentsView          *self,
                 const LacunaNationalInstrument *instrument,
                 const char                     *folded_search)
{
  const char *type = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->type_filter));
  const char *status = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->status_filter));

  if (type != NULL && !g_str_equal (type, ALL_ID) &&
      g_strcmp0 (type, lacuna_national_instrument_type_to_string (instrument->type)) != 0)
    return FALSE;
  if (status != NULL && !g_str_equal (status, ALL_ID) &&
      g_strcmp0 (status, lacuna_instrument_status_to_string (instrument->status)) != 0)
    return FALSE;
  if (*folded_search == '\0')
    return TRUE;
  return text_contains (instrument->title, folded_search) || text_contains (instrument->article, folded_search) ||
         text_contains (instrument->reference, folded_search);
}

/* position: (optional) set to the row's index in the list. */
static gboolean
find_row_at (LacunaInstrumentsView *self,
             const char            *uuid,
             GtkTreeIter           *iter,
             int                   *position)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->rows);
  int n = 0;

  if (uuid == NULL || !gtk_tree_model_get_iter_first (model, iter))
    return FALSE;
  do
    {
      g_autofree char *row_uuid = NULL;

      gtk_tree_model_get (model, iter, LACUNA_INSTRUMENTS_COLUMN_UUID, &row_uuid, -1);
      if (g_strcmp0 (row_uuid, uuid) == 0)
        {
          if (position != NULL)
            *position = n;
          return TRUE;
        }
      n++;
    }
  while (gtk_tree_model_iter_next (model, iter));
  return FALSE;
}

static gboolean
find_row (LacunaInstrumentsView *self,
          const char            *uuid,
          GtkTreeIter           *iter)
{
  return find_row_at (self, uuid, iter, NULL);
}

static void
select_quietly (LacunaInstrumentsView *self,
                const char            *uuid)
{
  GtkTreeSelection *selection = gtk_tree_view_get_selection (self->instrument_view);
  gboolean rebuilding = self->rebuilding;
  GtkTreeIter iter;

  self->rebuilding = TRUE;
  if (find_row (self, uuid, &iter))
    {
      g_autoptr(GtkTreePath) path = gtk_tree_model_get_path (GTK_TREE_MODEL (self->rows), &iter);

      gtk_tree_selection_select_iter (selection, &iter);
      gtk_tree_view_scroll_to_cell (self->instrument_view, path, NULL, FALSE, 0, 0);
    }
  else
    gtk_tree_selection_unselect_all (selection);
  self->rebuilding = rebuilding;
}

static void
reload_rows (LacunaInstrumentsView *self)
{
  g_autoptr(GPtrArray) instruments = NULL;
  g_autofree char *folded_search = g_utf8_casefold (gtk_entry_get_text (GTK_ENTRY (self->search_entry)), -1);
  g_autofree char *count = NULL;
  guint shown = 0;

  self->rebuilding = TRUE;
  gtk_list_store_clear (self->rows);
  self->rebuilding = FALSE;
  if (self->store == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      return;
    }

  g_strstrip (folded_search);
  instruments = lacuna_store_list_instruments (self->store);
  for (guint i = 0; i < instruments->len; i++)
    {
      const LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);

      if (!matches_filters (self, instrument, folded_search))
        continue;
      gtk_list_store_insert_with_values (self->rows, NULL, -1,
                                         LACUNA_INSTRUMENTS_COLUMN_UUID, instrument->uuid,
                                         LACUNA_INSTRUMENTS_COLUMN_TYPE,
                                         lacuna_national_instrument_type_label (instrument->type),
                                         LACUNA_INSTRUMENTS_COLUMN_TITLE, instrument->title,
                                         LACUNA_INSTRUMENTS_COLUMN_ARTICLE,
                                         instrument->article != NULL ? instrument->article : "",
                                         LACUNA_INSTRUMENTS_COLUMN_STATUS,
                                         lacuna_instrument_status_label (instrument->status),
                                         LACUNA_INSTRUMENTS_COLUMN_ADOPTED,
                                         instrument->adopted != NULL ? instrument->adopted : "",
                                         LACUNA_INSTRUMENTS_COLUMN_N_MEASURES,
                                         instrument->measures != NULL ? g_strv_length (instrument->measures) : 0,
                                         -1);
      shown++;
    }

  if (shown == instruments->len)
    count = g_strdup_printf (ngettext ("%u instrument in the register", "%u instruments in the register",
                                       instruments->len), instruments->len);
  else
    /* TRANSLATORS: the first number is how many the filters leave. */
    count = g_strdup_printf (ngettext ("%u of %u instrument shown", "%u of %u instruments shown", instruments->len),
                             shown, instruments->len);
  gtk_label_set_text (self->count_label, count);
  /* The widths were worked out on the rows there were; without this the
   * last column can end up past the right edge. */
  gtk_tree_view_columns_autosize (self->instrument_view);
  select_quietly (self, self->mode == FORM_EDIT ? self->selected_uuid : NULL);
}

/* ---- the measure checklist ----
 *
 * One model row per measure, shown by a tree view in fixed-height mode:
 * it lays out only the rows in sight, where a widget per measure took
 * seconds to create and measure at 5,000 measures. */

static gboolean
count_linked_cb (GtkTreeModel *model,
                 GtkTreePath  *path,
                 GtkTreeIter  *iter,
                 gpointer      data)
{
  gboolean linked;

  gtk_tree_model_get (model, iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, &linked, -1);
  if (linked)
    (*(guint *) data)++;
  return FALSE;
}

static void
update_measure_count (LacunaInstrumentsView *self)
{
  g_autofree char *text = NULL;
  guint ticked = 0;

  gtk_tree_model_foreach (GTK_TREE_MODEL (self->measures), count_linked_cb, &ticked);
  ticked += self->hidden_measures != NULL ? g_strv_length (self->hidden_measures) : 0;
  text = g_strdup_printf (ngettext ("Supports %u measure", "Supports %u measures", ticked), ticked);
  gtk_label_set_text (self->measures_count_label, text);
}

/* path: in the model the tree view shows. */
static void
toggle_measure (LacunaInstrumentsView *self,
                GtkTreePath           *path)
{
  GtkTreeIter shown, iter;
  g_autofree char *id = NULL;
  gboolean linked;

  if (!is_writable (self) || !gtk_tree_model_get_iter (self->measures_shown, &shown, path))
    return;
  gtk_tree_model_filter_convert_iter_to_child_iter (GTK_TREE_MODEL_FILTER (self->measures_shown), &iter, &shown);
  gtk_tree_model_get (GTK_TREE_MODEL (self->measures), &iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &id,
                      LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, &linked, -1);
  if (id == NULL)
    return; /* a framework's heading */
  gtk_list_store_set (self->measures, &iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, !linked, -1);
  update_measure_count (self);
  self->dirty = TRUE;
  update_controls (self);
}

static void
on_measure_toggled_cb (GtkCellRendererToggle *renderer,
                       const char            *path_string,
                       LacunaInstrumentsView *self)
{
  g_autoptr(GtkTreePath) path = gtk_tree_path_new_from_string (path_string);

  toggle_measure (self, path);
}

static void
on_measure_activated_cb (GtkTreeView           *view,
                         GtkTreePath           *path,
                         GtkTreeViewColumn     *column,
                         LacunaInstrumentsView *self)
{
  toggle_measure (self, path);
}

static void
clear_checklist (LacunaInstrumentsView *self)
{
  gtk_list_store_clear (self->measures);
  g_hash_table_remove_all (self->pinned);
  self->checklist_built = FALSE;
}

/* The checklist is filled the first time a form needs it, not when the
 * assessment opens, and kept for every form after it: only the rows'
 * ticks change from one instrument to the next. */
static void
ensure_checklist (LacunaInstrumentsView *self)
{
  GPtrArray *frameworks;

  if (self->checklist_built || self->store == NULL)
    return;
  self->checklist_built = TRUE;

  /* Detached, the view does not follow each of thousands of insertions. */
  gtk_tree_view_set_model (self->measure_list, NULL);
  /* Only the frameworks this assessment covers: a team working on
   * trafficking alone is not offered the smuggling measures. */
  frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (self->store));
  for (guint f = 0; f < frameworks->len; f++)
    {
      const LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      if (!lacuna_store_has_framework (self->store, framework->id))
        continue;
      gtk_list_store_insert_with_values (self->measures, NULL, -1,
                                         LACUNA_INSTRUMENTS_MEASURE_COLUMN_TITLE,
                                         _(framework->short_title != NULL ? framework->short_title
                                                                          : framework->title),
                                         LACUNA_INSTRUMENTS_MEASURE_COLUMN_WEIGHT, PANGO_WEIGHT_BOLD, -1);
      for (guint m = 0; m < framework->measures->len; m++)
        {
          const LacunaMeasure *measure = g_ptr_array_index (framework->measures, m);
          const char *title = _(measure->title);
          g_autofree char *text = g_strdup_printf ("%s  %s", measure->id, title);
          g_autofree char *tooltip = g_markup_escape_text (text, -1);
          g_autofree char *folded = g_utf8_casefold (text, -1);

          gtk_list_store_insert_with_values (self->measures, NULL, -1,
                                             LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, measure->id,
                                             LACUNA_INSTRUMENTS_MEASURE_COLUMN_IS_MEASURE, TRUE,
                                             LACUNA_INSTRUMENTS_MEASURE_COLUMN_TITLE, title,
                                             LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, FALSE,
                                             LACUNA_INSTRUMENTS_MEASURE_COLUMN_SEARCH, folded,
                                             LACUNA_INSTRUMENTS_MEASURE_COLUMN_TOOLTIP, tooltip,
                                             LACUNA_INSTRUMENTS_MEASURE_COLUMN_WEIGHT, PANGO_WEIGHT_NORMAL, -1);
        }
    }
  gtk_tree_view_set_model (self->measure_list, self->measures_shown);
}

static gboolean
pin_linked_cb (GtkTreeModel *model,
               GtkTreePath  *path,
               GtkTreeIter  *iter,
               gpointer      data)
{
  char *id = NULL;
  gboolean linked;

  gtk_tree_model_get (model, iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &id, LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, &linked, -1);
  if (id != NULL && linked)
    g_hash_table_add (data, id);
  else
    g_free (id);
  return FALSE;
}

/* A measure ticked when the search changes stays in sight, so a search
 * never hides a link; one unticked under a search stays until the next
 * search rather than vanish under the pointer. */
static void
refilter_measures (LacunaInstrumentsView *self)
{
  g_hash_table_remove_all (self->pinned);
  gtk_tree_model_foreach (GTK_TREE_MODEL (self->measures), pin_linked_cb, self->pinned);
  gtk_tree_model_filter_refilter (GTK_TREE_MODEL_FILTER (self->measures_shown));
}

static gboolean
measure_visible_func (GtkTreeModel *model,
                      GtkTreeIter  *iter,
                      gpointer      user_data)
{
  LacunaInstrumentsView *self = user_data;
  g_autofree char *folded = g_utf8_casefold (gtk_entry_get_text (GTK_ENTRY (self->measure_search)), -1);
  g_autofree char *id = NULL, *text = NULL;

  g_strstrip (folded);
  if (*folded == '\0')
    return TRUE;
  gtk_tree_model_get (model, iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &id, LACUNA_INSTRUMENTS_MEASURE_COLUMN_SEARCH, &text, -1);
  /* Headings would only separate what a search has already sorted out. */
  if (id == NULL)
    return FALSE;
  return g_hash_table_contains (self->pinned, id) || (text != NULL && strstr (text, folded) != NULL);
}

static void
setup_checklist (LacunaInstrumentsView *self)
{
  GtkTreeViewColumn *column = gtk_tree_view_column_new ();
  GtkCellRenderer *toggle = gtk_cell_renderer_toggle_new ();
  GtkCellRenderer *id = gtk_cell_renderer_text_new ();
  GtkCellRenderer *title = gtk_cell_renderer_text_new ();

  self->measures = gtk_list_store_new (LACUNA_INSTRUMENTS_MEASURE_N_COLUMNS, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_BOOLEAN,
                                       G_TYPE_BOOLEAN, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT);
  self->measures_shown = gtk_tree_model_filter_new (GTK_TREE_MODEL (self->measures), NULL);
  gtk_tree_model_filter_set_visible_func (GTK_TREE_MODEL_FILTER (self->measures_shown), measure_visible_func,
                                          self, NULL);
  self->pinned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* One column holds the tick, the id and the title, so that the tick's
   * cell, as assistive technologies see it, carries the measure's words. */
  gtk_tree_view_column_set_sizing (column, GTK_TREE_VIEW_COLUMN_FIXED);
  gtk_tree_view_column_set_expand (column, TRUE);
  gtk_tree_view_column_pack_start (column, toggle, FALSE);
  gtk_tree_view_column_add_attribute (column, toggle, "active", LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED);
  gtk_tree_view_column_add_attribute (column, toggle, "visible", LACUNA_INSTRUMENTS_MEASURE_COLUMN_IS_MEASURE);
  gtk_tree_view_column_pack_start (column, id, FALSE);
  gtk_tree_view_column_add_attribute (column, id, "text", LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID);
  gtk_tree_view_column_add_attribute (column, id, "visible", LACUNA_INSTRUMENTS_MEASURE_COLUMN_IS_MEASURE);
  gtk_tree_view_column_pack_start (column, title, TRUE);
  g_object_set (title, "ellipsize", PANGO_ELLIPSIZE_END, NULL);
  gtk_tree_view_column_add_attribute (column, title, "text", LACUNA_INSTRUMENTS_MEASURE_COLUMN_TITLE);
  gtk_tree_view_column_add_attribute (column, title, "weight", LACUNA_INSTRUMENTS_MEASURE_COLUMN_WEIGHT);
  gtk_tree_view_append_column (self->measure_list, column);
  gtk_tree_view_set_fixed_height_mode (self->measure_list, TRUE);
  gtk_tree_view_set_tooltip_column (self->measure_list, LACUNA_INSTRUMENTS_MEASURE_COLUMN_TOOLTIP);
  gtk_tree_view_set_model (self->measure_list, self->measures_shown);

  /* The tick is the column's only activatable cell, so Space on a row,
   * Enter and a click all come here through it or row-activated. */
  g_signal_connect (toggle, "toggled", G_CALLBACK (on_measure_toggled_cb), self);
  g_signal_connect (self->measure_list, "row-activated", G_CALLBACK (on_measure_activated_cb), self);
}

/* Ticks exactly the measures in links; returns those of links no row
 * holds. */
static char **
set_linked (LacunaInstrumentsView *self,
            char                 **links)
{
  g_autoptr(GHashTable) unshown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) hidden = g_strv_builder_new ();
  GtkTreeModel *model = GTK_TREE_MODEL (self->measures);
  GtkTreeIter iter;

  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    g_hash_table_add (unshown, links[i]);
  if (gtk_tree_model_get_iter_first (model, &iter))
    do
      {
        g_autofree char *id = NULL;
        gboolean linked, wanted;

        gtk_tree_model_get (model, &iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &id, LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, &linked, -1);
        wanted = id != NULL && g_hash_table_remove (unshown, id);
        /* Setting only what changes spares the view thousands of
         * "row-changed" signals. */
        if (wanted != linked)
          gtk_list_store_set (self->measures, &iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, wanted, -1);
      }
    while (gtk_tree_model_iter_next (model, &iter));
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    if (g_hash_table_contains (unshown, links[i]))
      g_strv_builder_add (hidden, links[i]);
  return g_strv_builder_end (hidden);
}

/* ---- the form ---- */

static void
combo_set_id (GtkComboBoxText *combo,
              const char      *id)
{
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (combo), id);
}

/* instrument: NULL for a new, empty one. */
static void
show_form (LacunaInstrumentsView          *self,
           const LacunaNationalInstrument *instrument)
{
  char **measures = instrument != NULL ? instrument->measures : NULL;

  ensure_checklist (self);
  self->loading = TRUE;
  combo_set_id (self->type_combo,
                lacuna_national_instrument_type_to_string (instrument != NULL ? instrument->type
                                                                              : LACUNA_NATIONAL_INSTRUMENT_LAW));
  combo_set_id (self->status_combo,
                lacuna_instrument_status_to_string (instrument != NULL ? instrument->status
                                                                       : LACUNA_INSTRUMENT_IN_FORCE));
  gtk_entry_set_text (self->title_entry, instrument != NULL && instrument->title != NULL ? instrument->title : "");
  gtk_entry_set_text (self->article_entry,
                      instrument != NULL && instrument->article != NULL ? instrument->article : "");
  gtk_entry_set_text (self->adopted_entry,
                      instrument != NULL && instrument->adopted != NULL ? instrument->adopted : "");
  gtk_entry_set_text (self->reference_entry,
                      instrument != NULL && instrument->reference != NULL ? instrument->reference : "");
  gtk_toggle_button_set_active (self->confidential_check, instrument != NULL && instrument->confidential);

  /* Links to measures outside the frameworks in scope cannot be shown as
   * ticks; they are kept as they are rather than dropped on saving. */
  g_strfreev (self->hidden_measures);
  self->hidden_measures = set_linked (self, measures);
  self->loading = FALSE;
  self->dirty = FALSE;

  gtk_label_set_text (self->form_heading, instrument != NULL ? _("Instrument") : _("New instrument"));
  refilter_measures (self);
  update_measure_count (self);
  gtk_stack_set_visible_child_name (self->form_stack, "form");
  update_controls (self);
}

static void
show_nothing (LacunaInstrumentsView *self)
{
  self->mode = FORM_NONE;
  self->dirty = FALSE;
  g_clear_pointer (&self->selected_uuid, g_free);
  g_clear_pointer (&self->hidden_measures, g_strfreev);
  gtk_stack_set_visible_child_name (self->form_stack, "empty");
  update_controls (self);
}

/* Blank text is no value: the register would otherwise show "Title, "
 * for an instrument with an empty article. */
static char *
entry_value (GtkEntry *entry)
{
  const char *text = gtk_entry_get_text (entry);

  return lacuna_text_is_blank (text) ? NULL : g_strdup (text);
}

/* The instrument as the form shows it. */
static LacunaNationalInstrument *
collect_instrument (LacunaInstrumentsView *self)
{
  LacunaNationalInstrument *instrument = lacuna_national_instrument_new ();
  g_autoptr(GStrvBuilder) measures = g_strv_builder_new ();
  GtkTreeIter iter;

  instrument->uuid = self->mode == FORM_EDIT ? g_strdup (self->selected_uuid) : NULL;
  if (!lacuna_national_instrument_type_from_string (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->type_combo)),
                                                    &instrument->type))
    instrument->type = LACUNA_NATIONAL_INSTRUMENT_OTHER;
  if (!lacuna_instrument_status_from_string (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->status_combo)),
                                             &instrument->status))
    instrument->status = LACUNA_INSTRUMENT_IN_FORCE;
  /* The title goes as typed: whether it will do is the store's call. */
  instrument->title = g_strdup (gtk_entry_get_text (self->title_entry));
  instrument->article = entry_value (self->article_entry);
  instrument->adopted = entry_value (self->adopted_entry);
  instrument->reference = entry_value (self->reference_entry);
  instrument->confidential = gtk_toggle_button_get_active (self->confidential_check);

  if (self->hidden_measures != NULL)
    g_strv_builder_addv (measures, (const char **) self->hidden_measures);
  if (gtk_tree_model_get_iter_first (GTK_TREE_MODEL (self->measures), &iter))
    do
      {
        g_autofree char *id = NULL;
        gboolean linked;

        gtk_tree_model_get (GTK_TREE_MODEL (self->measures), &iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &id,
                            LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, &linked, -1);
        if (id != NULL && linked)
          g_strv_builder_add (measures, id);
      }
    while (gtk_tree_model_iter_next (GTK_TREE_MODEL (self->measures), &iter));
  g_strfreev (instrument->measures);
  instrument->measures = g_strv_builder_end (measures);
  return instrument;
}

/* Saves the form if it holds anything to save. On refusal the store's
 * message is shown and the form keeps what was typed. */
static gboolean
save_form (LacunaInstrumentsView *self,
           gboolean               defer)
{
  g_autoptr(LacunaNationalInstrument) instrument = NULL;
  g_autoptr(GError) error = NULL;

  if (!is_writable (self) || self->mode == FORM_NONE || (!self->dirty && self->mode != FORM_NEW))
    return TRUE;

  instrument = collect_instrument (self);
  if (!lacuna_store_save_instrument (self->store, instrument, g_get_real_name (), &error))
    {
      show_error (self, error->message);
      if (lacuna_text_is_blank (gtk_entry_get_text (self->title_entry)))
        gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
      return FALSE;
    }

  hide_error (self);
  self->mode = FORM_EDIT;
  g_free (self->selected_uuid);
  self->selected_uuid = g_strdup (instrument->uuid);
  self->dirty = FALSE;
  gtk_label_set_text (self->form_heading, _("Instrument"));
  reload_rows (self);
  update_controls (self);
  notify_changed (self, defer);
  return TRUE;
}

static void
edit_instrument (LacunaInstrumentsView *self,
                 const char            *uuid)
{
  g_autoptr(LacunaNationalInstrument) instrument = uuid != NULL ? lacuna_store_get_instrument (self->store, uuid)
                                                                : NULL;

  if (instrument == NULL)
    {
      show_nothing (self);
      return;
    }
  self->mode = FORM_EDIT;
  /* uuid may be selected_uuid itself, when the form is shown again. */
  g_free (self->selected_uuid);
  self->selected_uuid = g_strdup (instrument->uuid);
  show_form (self, instrument);
}

static char *
selected_row_uuid (LacunaInstrumentsView *self)
{
  GtkTreeSelection *selection = gtk_tree_view_get_selection (self->instrument_view);
  GtkTreeModel *model;
  GtkTreeIter iter;
  char *uuid = NULL;

  if (gtk_tree_selection_get_selected (selection, &model, &iter))
    gtk_tree_model_get (model, &iter, LACUNA_INSTRUMENTS_COLUMN_UUID, &uuid, -1);
  return uuid;
}

static void
on_selection_changed_cb (GtkTreeSelection      *selection,
                         LacunaInstrumentsView *self)
{
  g_autofree char *uuid = NULL;

  if (self->rebuilding || self->store == NULL)
    return;
  uuid = selected_row_uuid (self);
  if (uuid == NULL || (self->mode == FORM_EDIT && g_strcmp0 (uuid, self->selected_uuid) == 0))
    return;

  /* Moving on keeps what was typed. When the store refuses it, the team is
   * taken back to fix it rather than lose it. */
  if (self->dirty && !save_form (self, TRUE))
    {
      select_quietly (self, self->mode == FORM_EDIT ? self->selected_uuid : NULL);
      return;
    }
  hide_error (self);
  edit_instrument (self, uuid);
  select_quietly (self, uuid);
}

static void
on_row_activated_cb (GtkTreeView           *view,
                     GtkTreePath           *path,
                     GtkTreeViewColumn     *column,
                     LacunaInstrumentsView *self)
{
  if (self->mode == FORM_EDIT && is_writable (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
on_add_clicked_cb (GtkButton             *button,
                   LacunaInstrumentsView *self)
{
  if (!is_writable (self) || (self->dirty && !save_form (self, FALSE)))
    return;
  hide_error (self);
  self->mode = FORM_NEW;
  g_clear_pointer (&self->selected_uuid, g_free);
  select_quietly (self, NULL);
  show_form (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
on_edit_clicked_cb (GtkButton             *button,
                    LacunaInstrumentsView *self)
{
  if (self->mode == FORM_EDIT && is_writable (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
on_save_clicked_cb (GtkButton             *button,
                    LacunaInstrumentsView *self)
{
  save_form (self, FALSE);
}

static void
on_revert_clicked_cb (GtkButton             *button,
                      LacunaInstrumentsView *self)
{
  hide_error (self);
  if (self->mode == FORM_EDIT)
    edit_instrument (self, self->selected_uuid);
  else
    show_nothing (self);
}

static void
on_edited_cb (gpointer               widget,
              LacunaInstrumentsView *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
  update_controls (self);
}

static void
on_entry_activate_cb (GtkEntry              *entry,
                      LacunaInstrumentsView *self)
{
  save_form (self, FALSE);
}

static void
on_filter_changed_cb (gpointer               widget,
                      LacunaInstrumentsView *self)
{
  reload_rows (self);
}

static void
on_measure_search_changed_cb (GtkSearchEntry        *entry,
                              LacunaInstrumentsView *self)
{
  refilter_measures (self);
}

static void
on_error_response_cb (GtkInfoBar            *bar,
                      int                    response,
                      LacunaInstrumentsView *self)
{
  hide_error (self);
}

/* ---- removing ---- */

static void
remove_instrument (LacunaInstrumentsView *self,
                   const char            *uuid)
{
  g_autoptr(GError) error = NULL;
  GtkTreeIter iter;
  int position = -1;

  if (!is_writable (self))
    return;
  find_row_at (self, uuid, &iter, &position);
  if (!lacuna_store_remove_instrument (self->store, uuid, g_get_real_name (), &error))
    {
      show_error (self, error->message);
      return;
    }

  hide_error (self);
  show_nothing (self);
  reload_rows (self);
  /* The keyboard stays in the list, on the row that took the removed
   * one's place, so a run of deletions needs no mouse. */
  if (position >= 0)
    {
      int n = gtk_tree_model_iter_n_children (GTK_TREE_MODEL (self->rows), NULL);

      if (n > 0 && gtk_tree_model_iter_nth_child (GTK_TREE_MODEL (self->rows), &iter, NULL, MIN (position, n - 1)))
        {
          g_autofree char *next = NULL;

          gtk_tree_model_get (GTK_TREE_MODEL (self->rows), &iter, LACUNA_INSTRUMENTS_COLUMN_UUID, &next, -1);
          edit_instrument (self, next);
          select_quietly (self, next);
        }
    }
  notify_changed (self, FALSE);
}

static void
on_confirm_response_cb (GtkDialog             *dialog,
                        int                    response,
                        LacunaInstrumentsView *self)
{
  g_autofree char *uuid = g_strdup (g_object_get_data (G_OBJECT (dialog), "lacuna-instrument-uuid"));

  self->confirm_dialog = NULL;
  gtk_widget_destroy (GTK_WIDGET (dialog));
  if (response == GTK_RESPONSE_ACCEPT && uuid != NULL)
    remove_instrument (self, uuid);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->instrument_view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->instrument_view));
}

static void
on_delete_clicked_cb (GtkButton             *button,
                      LacunaInstrumentsView *self)
{
  g_autoptr(LacunaNationalInstrument) instrument = NULL;
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));
  GtkWidget *dialog, *delete;
  guint n_measures;

  if (!is_writable (self) || self->mode != FORM_EDIT || self->confirm_dialog != NULL)
    return;
  instrument = lacuna_store_get_instrument (self->store, self->selected_uuid);
  if (instrument == NULL)
    {
      reload_rows (self);
      show_nothing (self);
      return;
    }

  n_measures = g_strv_length (instrument->measures);
  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
                                   GTK_BUTTONS_NONE, _("Delete “%s” from the register?"), instrument->title);
  if (n_measures > 0)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              ngettext ("Its link to %u measure goes with it. The history keeps a "
                                                        "record of the removal.",
                                                        "Its links to %u measures go with it. The history keeps a "
                                                        "record of the removal.", n_measures), n_measures);
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                              _("The history keeps a record of the removal."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  delete = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_style_context_add_class (gtk_widget_get_style_context (delete), "destructive-action");
  /* Enter on the question keeps the instrument: deleting takes a choice. */
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "lacuna-instrument-uuid", g_strdup (instrument->uuid), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), self);
  self->confirm_dialog = dialog;
  gtk_widget_show (dialog);
}

/* ---- public ---- */

/**
 * lacuna_instruments_view_set_store:
 * @store: (nullable): the assessment whose register to show; NULL empties
 *   the view
 *
 * Not owned: the caller keeps it alive until the next call or the view's
 * destruction. Handing the same store again refreshes the list (after
 * changes made elsewhere) and keeps what the team has typed but not saved.
 */
void
lacuna_instruments_view_set_store (LacunaInstrumentsView *self,
                                   LacunaStore           *store)
{
  g_return_if_fail (LACUNA_IS_INSTRUMENTS_VIEW (self));

  if (self->confirm_dialog != NULL)
    {
      /* A question about an instrument of another file, or of one that may
       * have changed since, is no longer the right question. */
      GtkWidget *dialog = g_steal_pointer (&self->confirm_dialog);
      gtk_widget_destroy (dialog);
    }

  if (store != self->store)
    {
      self->store = store;
      hide_error (self);
      show_nothing (self);
      clear_checklist (self);
      reload_rows (self);
      update_controls (self);
      return;
    }

  if (store == NULL)
    return;
  if (self->mode == FORM_EDIT && !self->dirty)
    edit_instrument (self, self->selected_uuid);
  reload_rows (self);
  update_controls (self);
}

/**
 * lacuna_instruments_view_select_instrument:
 * @uuid: an instrument of the register
 *
 * Shows it in the form, as a click on its row would (saving what was typed
 * for the previous one), clearing the filters if they hid it. Returns FALSE
 * when there is no such instrument or the previous one could not be saved.
 */
gboolean
lacuna_instruments_view_select_instrument (LacunaInstrumentsView *self,
                                           const char            *uuid)
{
  GtkTreeIter iter;

  g_return_val_if_fail (LACUNA_IS_INSTRUMENTS_VIEW (self), FALSE);

  if (self->store == NULL || uuid == NULL)
    return FALSE;
  if (!find_row (self, uuid, &iter))
    {
      g_autoptr(LacunaNationalInstrument) instrument = lacuna_store_get_instrument (self->store, uuid);

      if (instrument == NULL)
        return FALSE;
      /* Each of these reloads the list. */
      gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->type_filter), ALL_ID);
      gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->status_filter), ALL_ID);
      gtk_entry_set_text (GTK_ENTRY (self->search_entry), "");
      reload_rows (self);
      if (!find_row (self, uuid, &iter))
        return FALSE;
    }
  gtk_tree_selection_select_iter (gtk_tree_view_get_selection (self->instrument_view), &iter);
  return self->mode == FORM_EDIT && g_strcmp0 (self->selected_uuid, uuid) == 0;
}

/* The instrument shown in the form, or NULL (none, or a new one). */
const char *
lacuna_instruments_view_get_selected (LacunaInstrumentsView *self)
{
  g_return_val_if_fail (LACUNA_IS_INSTRUMENTS_VIEW (self), NULL);
  return self->mode == FORM_EDIT ? self->selected_uuid : NULL;
}

/* ---- construction ---- */

/* width_chars: for the columns of long text, cut with an ellipsis, the
 * least they keep; 0 for those always shown whole. expand: takes a share of
 * the room left. */
static void
add_column (LacunaInstrumentsView   *self,
            const char              *title,
            LacunaInstrumentsColumn  column,
            int                      width_chars,
            gboolean                 expand,
            float                    xalign)
{
  GtkCellRenderer *renderer = gtk_cell_renderer_text_new ();
  GtkTreeViewColumn *view_column;

  g_object_set (renderer, "xalign", xalign, NULL);
  if (width_chars > 0)
    g_object_set (renderer, "ellipsize", PANGO_ELLIPSIZE_END, "width-chars", width_chars, NULL);
  view_column = gtk_tree_view_column_new_with_attributes (title, renderer, "text", column, NULL);
  gtk_tree_view_column_set_expand (view_column, expand);
  gtk_tree_view_column_set_resizable (view_column, TRUE);
  gtk_tree_view_column_set_sort_column_id (view_column, column);
  gtk_tree_view_append_column (self->instrument_view, view_column);
}

static void
fill_choices (GtkComboBoxText *combo,
              const char      *all_label,
              gboolean         types)
{
  guint n = types ? LACUNA_N_NATIONAL_INSTRUMENT_TYPES : LACUNA_N_INSTRUMENT_STATUSES;

  if (all_label != NULL)
    gtk_combo_box_text_append (combo, ALL_ID, all_label);
  for (guint i = 0; i < n; i++)
    {
      if (types)
        gtk_combo_box_text_append (combo, lacuna_national_instrument_type_to_string (i),
                                   lacuna_national_instrument_type_label (i));
      else
        gtk_combo_box_text_append (combo, lacuna_instrument_status_to_string (i),
                                   lacuna_instrument_status_label (i));
    }
  gtk_combo_box_set_active (GTK_COMBO_BOX (combo), 0);
}

static void
lacuna_instruments_view_dispose (GObject *object)
{
  LacunaInstrumentsView *self = LACUNA_INSTRUMENTS_VIEW (object);

  g_clear_handle_id (&self->changed_idle, g_source_remove);
  if (self->confirm_dialog != NULL)
    {
      GtkWidget *dialog = g_steal_pointer (&self->confirm_dialog);
      gtk_widget_destroy (dialog);
    }
  g_clear_object (&self->rows);
  /* The filter calls back into the view: it must not outlive it. */
  if (self->measures_shown != NULL)
    gtk_tree_view_set_model (self->measure_list, NULL);
  g_clear_object (&self->measures_shown);
  g_clear_object (&self->measures);
  g_clear_pointer (&self->pinned, g_hash_table_unref);
  self->store = NULL;
  G_OBJECT_CLASS (lacuna_instruments_view_parent_class)->dispose (object);
}

static void
lacuna_instruments_view_finalize (GObject *object)
{
  LacunaInstrumentsView *self = LACUNA_INSTRUMENTS_VIEW (object);

  g_free (self->selected_uuid);
  g_strfreev (self->hidden_measures);
  G_OBJECT_CLASS (lacuna_instruments_view_parent_class)->finalize (object);
}

static void
lacuna_instruments_view_class_init (LacunaInstrumentsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lacuna_instruments_view_dispose;
  object_class->finalize = lacuna_instruments_view_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-instruments-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaInstrumentsView, name)
  BIND (error_bar);
  BIND (error_label);
  BIND (type_filter);
  BIND (status_filter);
  BIND (search_entry);
  BIND (add_button);
  BIND (edit_button);
  BIND (delete_button);
  BIND (read_only_label);
  BIND (instrument_view);
  BIND (count_label);
  BIND (form_stack);
  BIND (form_heading);
  BIND (form_grid);
  BIND (type_combo);
  BIND (title_entry);
  BIND (article_entry);
  BIND (adopted_entry);
  BIND (status_combo);
  BIND (reference_entry);
  BIND (confidential_check);
  BIND (measure_search);
  BIND (measure_list);
  BIND (measures_count_label);
  BIND (save_button);
  BIND (revert_button);
#undef BIND
}

static void
lacuna_instruments_view_init (LacunaInstrumentsView *self)
{
  GtkEntry *entries[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = gtk_list_store_new (LACUNA_INSTRUMENTS_N_COLUMNS, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING,
                                   G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_UINT);
  gtk_tree_view_set_model (self->instrument_view, GTK_TREE_MODEL (self->rows));
  add_column (self, _("Type"), LACUNA_INSTRUMENTS_COLUMN_TYPE, 14, FALSE, 0.0);
  add_column (self, _("Title"), LACUNA_INSTRUMENTS_COLUMN_TITLE, 14, TRUE, 0.0);
  add_column (self, _("Article or section"), LACUNA_INSTRUMENTS_COLUMN_ARTICLE, 8, TRUE, 0.0);
  add_column (self, _("Status"), LACUNA_INSTRUMENTS_COLUMN_STATUS, 0, FALSE, 0.0);
  add_column (self, _("Adopted"), LACUNA_INSTRUMENTS_COLUMN_ADOPTED, 0, FALSE, 0.0);
  /* TRANSLATORS: column heading: how many measures an instrument supports. */
  add_column (self, _("Measures"), LACUNA_INSTRUMENTS_COLUMN_N_MEASURES, 0, FALSE, 1.0);

  fill_choices (self->type_filter, _("All types"), TRUE);
  fill_choices (self->status_filter, _("Any status"), FALSE);
  fill_choices (self->type_combo, NULL, TRUE);
  fill_choices (self->status_combo, NULL, FALSE);

  setup_checklist (self);

  g_signal_connect (gtk_tree_view_get_selection (self->instrument_view), "changed",
                    G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect (self->instrument_view, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->type_filter, "changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->status_filter, "changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect (self->measure_search, "search-changed", G_CALLBACK (on_measure_search_changed_cb), self);
  g_signal_connect (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  g_signal_connect (self->edit_button, "clicked", G_CALLBACK (on_edit_clicked_cb), self);
  g_signal_connect (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  g_signal_connect (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  g_signal_connect (self->revert_button, "clicked", G_CALLBACK (on_revert_clicked_cb), self);
  g_signal_connect (self->error_bar, "response", G_CALLBACK (on_error_response_cb), self);
  g_signal_connect (self->type_combo, "changed", G_CALLBACK (on_edited_cb), self);
  g_signal_connect (self->status_combo, "changed", G_CALLBACK (on_edited_cb), self);
  g_signal_connect (self->confidential_check, "toggled", G_CALLBACK (on_edited_cb), self);

  entries[0] = self->title_entry;
  entries[1] = self->article_entry;
  entries[2] = self->adopted_entry;
  entries[3] = self->reference_entry;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_signal_connect (entries[i], "changed", G_CALLBACK (on_edited_cb), self);
      g_signal_connect (entries[i], "activate", G_CALLBACK (on_entry_activate_cb), self);
    }

  show_nothing (self);
  reload_rows (self);
}

LacunaInstrumentsView *
lacuna_instruments_view_new (void)
{
  return g_object_new (LACUNA_TYPE_INSTRUMENTS_VIEW, NULL);
}
