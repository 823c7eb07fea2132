/* test-instruments-view.c — the register of national instruments, kept
 * from its view and from a measure page
 *
 * Both widgets are driven through their real child widgets, as a user
 * would, on a copy of the built-in sample assessment; what counts is what
 * the store holds afterwards. Run under Xvfb.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "lacuna-instruments-view.h"
#include "lacuna-measure-page.h"
#include "sample-folder.h"

typedef struct {
  char                  *directory;
  char                  *path;
  LacunaStore           *store;
  GtkWidget             *window;
  LacunaInstrumentsView *view;
  guint                  changes;
} Fixture;

static void
on_changed (LacunaInstrumentsView *view,
            Fixture               *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = sample_folder_create ("lacuna-instruments", &fixture->directory, &fixture->path);

  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  fixture->view = lacuna_instruments_view_new ();
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->view));
  g_signal_connect (fixture->view, "changed", G_CALLBACK (on_changed), fixture);
  lacuna_instruments_view_set_store (fixture->view, fixture->store);
  gtk_widget_show (fixture->window);
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_widget_destroy (fixture->window);
  lacuna_store_close (fixture->store);
  sample_folder_remove (fixture->directory);
  g_free (fixture->path);
  g_free (fixture->directory);
}

/* Aborts rather than return NULL, so the compiler can see the tests never
 * dereference a missing widget. */
static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->view), LACUNA_TYPE_INSTRUMENTS_VIEW, name);

  if (object == NULL)
    g_error ("the instruments view has no child “%s”", name);
  return GTK_WIDGET (object);
}

static GtkWidget *
page_child (LacunaMeasurePage *page,
            const char        *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page), LACUNA_TYPE_MEASURE_PAGE, name);

  if (object == NULL)
    g_error ("the measure page has no child “%s”", name);
  return GTK_WIDGET (object);
}

static GtkTreeModel *
list_model (Fixture *fixture)
{
  return gtk_tree_view_get_model (GTK_TREE_VIEW (child (fixture, "instrument_view")));
}

/* The uuids of the list's rows, in order. */
static GPtrArray *
row_uuids (Fixture *fixture)
{
  GtkTreeModel *model = list_model (fixture);
  GPtrArray *uuids = g_ptr_array_new_with_free_func (g_free);
  GtkTreeIter iter;

  if (gtk_tree_model_get_iter_first (model, &iter))
    do
      {
        char *uuid = NULL;

        gtk_tree_model_get (model, &iter, LACUNA_INSTRUMENTS_COLUMN_UUID, &uuid, -1);
        g_ptr_array_add (uuids, uuid);
      }
    while (gtk_tree_model_iter_next (model, &iter));
  return uuids;
}

static LacunaNationalInstrument *
find_by_title (LacunaStore *store,
               const char  *title)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (store);

  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);

      if (g_strcmp0 (instrument->title, title) == 0)
        return g_ptr_array_steal_index (instruments, i);
    }
  return NULL;
}

static GtkTreeView *
measure_list (Fixture *fixture)
{
  return GTK_TREE_VIEW (child (fixture, "measure_list"));
}

/* The path, among the rows the checklist shows, of measure_id's row;
 * NULL if the search hides it. */
static GtkTreePath *
shown_path (Fixture    *fixture,
            const char *measure_id)
{
  GtkTreeModel *model = gtk_tree_view_get_model (measure_list (fixture));
  GtkTreeIter iter;

  g_assert_nonnull (model);
  if (gtk_tree_model_get_iter_first (model, &iter))
    do
      {
        g_autofree char *id = NULL;

        gtk_tree_model_get (model, &iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &id, -1);
        if (g_strcmp0 (id, measure_id) == 0)
          return gtk_tree_model_get_path (model, &iter);
      }
    while (gtk_tree_model_iter_next (model, &iter));
  return NULL;
}

static guint
n_shown (Fixture *fixture)
{
  return gtk_tree_model_iter_n_children (gtk_tree_view_get_model (measure_list (fixture)), NULL);
}

/* Whether measure_id's row is ticked, hidden by the search or not. */
static gboolean
is_ticked (Fixture    *fixture,
           const char *measure_id)
{
  GtkTreeModel *shown = gtk_tree_view_get_model (measure_list (fixture));
  GtkTreeModel *model = gtk_tree_model_filter_get_model (GTK_TREE_MODEL_FILTER (shown));
  GtkTreeIter iter;

  if (gtk_tree_model_get_iter_first (model, &iter))
    do
      {
        g_autofree char *id = NULL;
        gboolean linked;

        gtk_tree_model_get (model, &iter, LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &id,
                            LACUNA_INSTRUMENTS_MEASURE_COLUMN_LINKED, &linked, -1);
        if (g_strcmp0 (id, measure_id) == 0)
          return linked;
      }
    while (gtk_tree_model_iter_next (model, &iter));
  g_error ("no measure %s in the checklist", measure_id);
}

/* Types text into the checklist's search, without waiting out the pause
 * the entry leaves between keys before it searches. */
static void
search_measures (Fixture    *fixture,
                 const char *text)
{
  GtkWidget *search = child (fixture, "measure_search");

  gtk_entry_set_text (GTK_ENTRY (search), text);
  g_signal_emit_by_name (search, "search-changed");
}

static void
tick_measure (Fixture    *fixture,
              const char *measure_id)
{
  g_autoptr(GtkTreePath) path = shown_path (fixture, measure_id);
  GtkTreeViewColumn *column = gtk_tree_view_get_column (measure_list (fixture), 0);
  g_autoptr(GList) cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (column));
  g_autofree char *path_string = NULL;

  if (path == NULL)
    g_error ("no measure %s in sight in the checklist", measure_id);
  g_assert_true (GTK_IS_CELL_RENDERER_TOGGLE (cells->data));
  path_string = gtk_tree_path_to_string (path);
  /* What the tick's renderer says when the user clicks it. */
  g_signal_emit_by_name (cells->data, "toggled", path_string);
}

static void
set_entry (Fixture    *fixture,
           const char *name,
           const char *text)
{
  gtk_entry_set_text (GTK_ENTRY (child (fixture, name)), text);
}

static void
click (Fixture    *fixture,
       const char *name)
{
  GtkWidget *button = child (fixture, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_button_clicked (GTK_BUTTON (button));
}

static GtkDialog *
find_question (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return GTK_DIALOG (l->data);
  return NULL;
}

static void
test_rows_match_store (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (fixture->store);
  g_autoptr(GPtrArray) uuids = row_uuids (fixture);
  GtkTreeModel *model = list_model (fixture);
  GtkTreeIter iter;
  guint i = 0;

  g_assert_cmpuint (instruments->len, >, 3);
  g_assert_cmpuint (uuids->len, ==, instruments->len);
  g_assert_true (gtk_tree_model_get_iter_first (model, &iter));
  do
    {
      const LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i++);
      g_autofree char *uuid = NULL, *title = NULL, *type = NULL, *status = NULL, *article = NULL, *adopted = NULL;
      guint n_measures = 0;

      gtk_tree_model_get (model, &iter, LACUNA_INSTRUMENTS_COLUMN_UUID, &uuid, LACUNA_INSTRUMENTS_COLUMN_TITLE, &title,
                          LACUNA_INSTRUMENTS_COLUMN_TYPE, &type, LACUNA_INSTRUMENTS_COLUMN_STATUS, &status,
                          LACUNA_INSTRUMENTS_COLUMN_ARTICLE, &article, LACUNA_INSTRUMENTS_COLUMN_ADOPTED, &adopted,
                          LACUNA_INSTRUMENTS_COLUMN_N_MEASURES, &n_measures, -1);
      g_assert_cmpstr (uuid, ==, instrument->uuid);
      g_assert_cmpstr (title, ==, instrument->title);
      g_assert_cmpstr (type, ==, lacuna_national_instrument_type_label (instrument->type));
      g_assert_cmpstr (status, ==, lacuna_instrument_status_label (instrument->status));
      g_assert_cmpstr (article, ==, instrument->article != NULL ? instrument->article : "");
      g_assert_cmpstr (adopted, ==, instrument->adopted != NULL ? instrument->adopted : "");
      g_assert_cmpuint (n_measures, ==, g_strv_length (instrument->measures));
    }
  while (gtk_tree_model_iter_next (model, &iter));

  /* Nothing chosen yet: nothing to edit or delete. */
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "edit_button")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "delete_button")));
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "add_button")));
}

static void
test_filter_by_status_and_type (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (fixture->store);
  GtkComboBox *status_filter = GTK_COMBO_BOX (child (fixture, "status_filter"));
  GtkComboBox *type_filter = GTK_COMBO_BOX (child (fixture, "type_filter"));
  guint drafts = 0, laws = 0;

  for (guint i = 0; i < instruments->len; i++)
    {
      const LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);

      drafts += instrument->status == LACUNA_INSTRUMENT_DRAFT;
      laws += instrument->type == LACUNA_NATIONAL_INSTRUMENT_LAW;
    }
  g_assert_cmpuint (drafts, >, 0);
  g_assert_cmpuint (drafts, <, instruments->len);

  g_assert_true (gtk_combo_box_set_active_id (status_filter, "draft"));
  {
    g_autoptr(GPtrArray) uuids = row_uuids (fixture);

    g_assert_cmpuint (uuids->len, ==, drafts);
    for (guint i = 0; i < uuids->len; i++)
      {
        g_autoptr(LacunaNationalInstrument) shown = lacuna_store_get_instrument (fixture->store,
                                                                                 g_ptr_array_index (uuids, i));
        g_assert_nonnull (shown);
        g_assert_cmpint (shown->status, ==, LACUNA_INSTRUMENT_DRAFT);
      }
  }

  g_assert_true (gtk_combo_box_set_active_id (status_filter, "all"));
  g_assert_true (gtk_combo_box_set_active_id (type_filter, "law"));
  {
    g_autoptr(GPtrArray) uuids = row_uuids (fixture);
    g_assert_cmpuint (uuids->len, ==, laws);
  }

  g_assert_true (gtk_combo_box_set_active_id (type_filter, "all"));
  {
    g_autoptr(GPtrArray) uuids = row_uuids (fixture);
    g_assert_cmpuint (uuids->len, ==, instruments->len);
  }
}

static void
test_add_through_form (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) before = lacuna_store_list_instruments (fixture->store);
  g_autoptr(LacunaNationalInstrument) saved = NULL;
  g_autoptr(GPtrArray) uuids = NULL;

  click (fixture, "add_button");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (fixture, "form_stack"))), ==, "form");
  g_assert_true (gtk_widget_has_focus (child (fixture, "title_entry")));

  g_assert_true (gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (fixture, "type_combo")), "decree"));
  g_assert_true (gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (fixture, "status_combo")), "draft"));
  set_entry (fixture, "title_entry", "Decree on shelters for victims");
  set_entry (fixture, "article_entry", "arts. 3–7");
  set_entry (fixture, "adopted_entry", "2025-02-14");
  set_entry (fixture, "reference_entry", "Official Gazette No. 12/2025");
  gtk_button_clicked (GTK_BUTTON (child (fixture, "confidential_check")));
  tick_measure (fixture, "TIP-P2-01");
  tick_measure (fixture, "TIP-P2-02");
  click (fixture, "save_button");

  g_assert_false (gtk_widget_get_visible (child (fixture, "error_bar")));
  g_assert_cmpuint (fixture->changes, ==, 1);
  saved = find_by_title (fixture->store, "Decree on shelters for victims");
  g_assert_nonnull (saved);
  g_assert_cmpint (saved->type, ==, LACUNA_NATIONAL_INSTRUMENT_DECREE);
  g_assert_cmpint (saved->status, ==, LACUNA_INSTRUMENT_DRAFT);
  g_assert_cmpstr (saved->article, ==, "arts. 3–7");
  g_assert_cmpstr (saved->adopted, ==, "2025-02-14");
  g_assert_cmpstr (saved->reference, ==, "Official Gazette No. 12/2025");
  g_assert_true (saved->confidential);
  g_assert_cmpuint (g_strv_length (saved->measures), ==, 2);
  g_assert_true (g_strv_contains ((const char *const *) saved->measures, "TIP-P2-01"));
  g_assert_true (g_strv_contains ((const char *const *) saved->measures, "TIP-P2-02"));

  /* The new one is in the list and stays in the form, ready to refine. */
  uuids = row_uuids (fixture);
  g_assert_cmpuint (uuids->len, ==, before->len + 1);
  g_assert_cmpstr (lacuna_instruments_view_get_selected (fixture->view), ==, saved->uuid);
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "delete_button")));
}

static void
test_edit_title_saves (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (fixture->store);
  const LacunaNationalInstrument *first = g_ptr_array_index (instruments, 1);
  g_autoptr(LacunaNationalInstrument) after = NULL;

  g_assert_true (lacuna_instruments_view_select_instrument (fixture->view, first->uuid));
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "title_entry"))), ==, first->title);
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "save_button")));

  click (fixture, "edit_button");
  g_assert_true (gtk_widget_has_focus (child (fixture, "title_entry")));
  set_entry (fixture, "title_entry", "Criminal Code (consolidated 2025)");
  click (fixture, "save_button");

  after = lacuna_store_get_instrument (fixture->store, first->uuid);
  g_assert_nonnull (after);
  g_assert_cmpstr (after->title, ==, "Criminal Code (consolidated 2025)");
  /* What the form did not touch is as it was. */
  g_assert_cmpstr (after->article, ==, first->article);
  g_assert_cmpuint (g_strv_length (after->measures), ==, g_strv_length (first->measures));
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "save_button")));
}

static void
test_delete_asks_first (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (fixture->store);
  const LacunaNationalInstrument *victim = g_ptr_array_index (instruments, 2);
  g_autoptr(LacunaNationalInstrument) kept = NULL;
  g_autoptr(LacunaNationalInstrument) gone = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkDialog *question;

  g_assert_true (lacuna_instruments_view_select_instrument (fixture->view, victim->uuid));

  /* Cancelled: nothing happens. */
  click (fixture, "delete_button");
  question = find_question ();
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_CANCEL);
  g_assert_null (find_question ());
  kept = lacuna_store_get_instrument (fixture->store, victim->uuid);
  g_assert_nonnull (kept);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* Confirmed: gone from the store and from the list. */
  click (fixture, "delete_button");
  question = find_question ();
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_ACCEPT);
  gone = lacuna_store_get_instrument (fixture->store, victim->uuid);
  g_assert_null (gone);
  after = lacuna_store_list_instruments (fixture->store);
  g_assert_cmpuint (after->len, ==, instruments->len - 1);
  g_assert_cmpuint (fixture->changes, ==, 1);
  {
    g_autoptr(GPtrArray) uuids = row_uuids (fixture);

    g_assert_cmpuint (uuids->len, ==, after->len);
    for (guint i = 0; i < uuids->len; i++)
      g_assert_cmpstr (g_ptr_array_index (uuids, i), !=, victim->uuid);
  }
  /* The next one takes its place in the form, so a run of deletions
   * needs no mouse. */
  g_assert_cmpstr (lacuna_instruments_view_get_selected (fixture->view), ==,
                   ((LacunaNationalInstrument *) g_ptr_array_index (instruments, 3))->uuid);
}

static void
test_core_refusal_is_shown (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (fixture->store);
  const LacunaNationalInstrument *first = g_ptr_array_index (instruments, 0);
  g_autoptr(LacunaNationalInstrument) unchanged = NULL;
  g_autoptr(LacunaNationalInstrument) probe = lacuna_national_instrument_new ();
  g_autoptr(GError) expected = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWidget *error_bar = child (fixture, "error_bar");

  /* What the core itself says about a blank title. */
  probe->title = g_strdup ("   ");
  g_assert_false (lacuna_store_save_instrument (fixture->store, probe, "test", &expected));
  g_assert_nonnull (expected);

  /* A blank title on an existing instrument. */
  g_assert_true (lacuna_instruments_view_select_instrument (fixture->view, first->uuid));
  set_entry (fixture, "title_entry", "   ");
  set_entry (fixture, "article_entry", "typed and not to be lost");
  click (fixture, "save_button");
  g_assert_true (gtk_widget_get_visible (error_bar));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (fixture, "error_label"))), ==, expected->message);
  unchanged = lacuna_store_get_instrument (fixture->store, first->uuid);
  g_assert_nonnull (unchanged);
  g_assert_cmpstr (unchanged->title, ==, first->title);
  g_assert_cmpstr (unchanged->article, ==, first->article);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "article_entry"))), ==, "typed and not to be lost");
  g_assert_true (gtk_widget_has_focus (child (fixture, "title_entry")));

  /* Moving to another row is refused too, rather than losing the text. */
  g_assert_false (lacuna_instruments_view_select_instrument (fixture->view,
                                                             ((LacunaNationalInstrument *)
                                                              g_ptr_array_index (instruments, 1))->uuid));
  g_assert_cmpstr (lacuna_instruments_view_get_selected (fixture->view), ==, first->uuid);
  click (fixture, "revert_button");
  g_assert_false (gtk_widget_get_visible (error_bar));
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "title_entry"))), ==, first->title);

  /* A new instrument with a date the core cannot read. */
  click (fixture, "add_button");
  set_entry (fixture, "title_entry", "Law on the protection of witnesses");
  set_entry (fixture, "adopted_entry", "14/02/25");
  click (fixture, "save_button");
  g_assert_true (gtk_widget_get_visible (error_bar));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (fixture, "error_label"))), "14/02/25"));
  after = lacuna_store_list_instruments (fixture->store);
  g_assert_cmpuint (after->len, ==, instruments->len);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "title_entry"))), ==,
                   "Law on the protection of witnesses");
  g_assert_cmpuint (fixture->changes, ==, 0);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) uuids = NULL;

  lacuna_instruments_view_set_store (fixture->view, NULL);
  lacuna_store_close (fixture->store);
  fixture->store = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  lacuna_instruments_view_set_store (fixture->view, fixture->store);

  uuids = row_uuids (fixture);
  g_assert_cmpuint (uuids->len, >, 0);
  g_assert_true (gtk_widget_get_visible (child (fixture, "read_only_label")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "add_button")));
  g_assert_true (lacuna_instruments_view_select_instrument (fixture->view, g_ptr_array_index (uuids, 0)));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "title_entry")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "measure_list")));
  /* Nor can a tick be forced through the list. */
  g_assert_false (is_ticked (fixture, "TIP-P2-05"));
  tick_measure (fixture, "TIP-P2-05");
  g_assert_false (is_ticked (fixture, "TIP-P2-05"));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "delete_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "save_button")));
}

static GtkListBoxRow *
link_row (LacunaMeasurePage *page,
          const char        *uuid)
{
  GtkListBox *list = GTK_LIST_BOX (page_child (page, "link_list"));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "lacuna-instrument-uuid"), uuid) == 0)
      return row;
  return NULL;
}

static gboolean
is_linked (LacunaStore *store,
           const char  *measure_id,
           const char  *uuid)
{
  g_autoptr(GPtrArray) linked = lacuna_store_list_instruments_for (store, measure_id);

  for (guint i = 0; i < linked->len; i++)
    if (g_strcmp0 (((LacunaNationalInstrument *) g_ptr_array_index (linked, i))->uuid, uuid) == 0)
      return TRUE;
  return FALSE;
}

static void
on_page_instruments_changed (LacunaMeasurePage *page,
                             guint             *count)
{
  (*count)++;
}

static void
test_measure_page_links (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *measure_id = "TIP-P3-01";
  const LacunaMeasure *measure = lacuna_catalog_find_measure (lacuna_store_get_catalog (fixture->store), measure_id);
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (fixture->store);
  g_autoptr(GPtrArray) linked_before = lacuna_store_list_instruments_for (fixture->store, measure_id);
  g_autoptr(LacunaNationalInstrument) created = NULL;
  GtkWidget *window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  LacunaMeasurePage *page = lacuna_measure_page_new ();
  const char *unlinked = NULL;
  guint notices = 0;
  guint offered = 0;
  GtkListBoxRow *row;

  g_assert_nonnull (measure);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (page));
  g_signal_connect (page, "instruments-changed", G_CALLBACK (on_page_instruments_changed), &notices);
  lacuna_measure_page_show_measure (page, fixture->store, measure);
  gtk_widget_show (window);
  gtk_test_widget_wait_for_draw (window);

  /* The popover offers exactly the instruments not linked yet. */
  for (guint i = 0; i < instruments->len; i++)
    {
      const LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);
      gboolean linked = g_strv_contains ((const char *const *) instrument->measures, measure_id);

      g_assert_true ((link_row (page, instrument->uuid) == NULL) == linked);
      if (!linked && unlinked == NULL)
        unlinked = instrument->uuid;
    }
  for (int i = 0; gtk_list_box_get_row_at_index (GTK_LIST_BOX (page_child (page, "link_list")), i) != NULL; i++)
    offered++;
  g_assert_cmpuint (offered, ==, instruments->len - linked_before->len);
  g_assert_nonnull (unlinked);
  g_assert_false (is_linked (fixture->store, measure_id, unlinked));

  row = link_row (page, unlinked);
  g_assert_nonnull (row);
  gtk_widget_activate (GTK_WIDGET (row));
  g_assert_true (is_linked (fixture->store, measure_id, unlinked));
  g_assert_cmpuint (notices, ==, 1);
  g_assert_null (link_row (page, unlinked));
  {
    g_autoptr(LacunaNationalInstrument) now_linked = lacuna_store_get_instrument (fixture->store, unlinked);

    g_assert_nonnull (now_linked);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (page_child (page, "instruments_label"))),
                              now_linked->title));
  }

  /* A new one from the page: refused while untitled, then linked. */
  g_assert_true (gtk_combo_box_set_active_id (GTK_COMBO_BOX (page_child (page, "new_type_combo")), "sop"));
  g_assert_true (gtk_combo_box_set_active_id (GTK_COMBO_BOX (page_child (page, "new_status_combo")), "draft"));
  gtk_entry_set_text (GTK_ENTRY (page_child (page, "new_title_entry")), "");
  gtk_entry_set_text (GTK_ENTRY (page_child (page, "new_article_entry")), "section 2");
  gtk_button_clicked (GTK_BUTTON (page_child (page, "new_create_button")));
  g_assert_true (gtk_widget_get_visible (page_child (page, "new_error_label")));
  {
    g_autoptr(GPtrArray) same = lacuna_store_list_instruments (fixture->store);
    g_assert_cmpuint (same->len, ==, instruments->len);
  }
  gtk_entry_set_text (GTK_ENTRY (page_child (page, "new_title_entry")), "Referral procedure for labour inspectors");
  gtk_button_clicked (GTK_BUTTON (page_child (page, "new_create_button")));
  created = find_by_title (fixture->store, "Referral procedure for labour inspectors");
  g_assert_nonnull (created);
  g_assert_cmpint (created->type, ==, LACUNA_NATIONAL_INSTRUMENT_SOP);
  g_assert_cmpint (created->status, ==, LACUNA_INSTRUMENT_DRAFT);
  g_assert_cmpstr (created->article, ==, "section 2");
  g_assert_true (is_linked (fixture->store, measure_id, created->uuid));
  g_assert_cmpuint (notices, ==, 2);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (page_child (page, "instruments_label"))),
                            "Referral procedure for labour inspectors"));

  gtk_widget_destroy (window);
}

/* Space, delivered to the window as GTK would hand it a key from the X
 * server; gtk_test_widget_send_key goes through the server, whose focus
 * may be elsewhere under Xvfb with no window manager. */
static void
press_space (Fixture *fixture)
{
  GdkDisplay *display = gtk_widget_get_display (fixture->window);
  g_autofree GdkKeymapKey *keys = NULL;
  GdkEvent *event;
  int n_keys = 0;

  g_assert_true (gdk_keymap_get_entries_for_keyval (gdk_keymap_get_for_display (display), GDK_KEY_space, &keys,
                                                    &n_keys));
  g_assert_cmpint (n_keys, >, 0);
  event = gdk_event_new (GDK_KEY_PRESS);
  event->key.window = g_object_ref (gtk_widget_get_window (fixture->window));
  event->key.send_event = TRUE;
  event->key.time = GDK_CURRENT_TIME;
  event->key.keyval = GDK_KEY_space;
  /* Bindings look at the keycode. */
  event->key.hardware_keycode = (guint16) keys[0].keycode;
  event->key.group = (guint8) keys[0].group;
  gdk_event_set_device (event, gdk_seat_get_keyboard (gdk_display_get_default_seat (display)));
  gtk_main_do_event (event);
  gdk_event_free (event);
}

/* The search narrows the checklist to the measures whose number or title
 * holds the words, and a tick on a row it found links that measure. */
static void
test_search_then_tick (Fixture       *fixture,
                       gconstpointer  data)
{
  const LacunaMeasure *measure = lacuna_catalog_find_measure (lacuna_store_get_catalog (fixture->store),
                                                              "TIP-P2-03");
  g_autoptr(LacunaNationalInstrument) saved = NULL;
  g_autoptr(GtkTreePath) first = NULL;
  g_autofree char *first_id = NULL;
  GtkTreeIter iter;
  guint all;

  g_assert_nonnull (measure);
  click (fixture, "add_button");
  all = n_shown (fixture);
  g_assert_cmpuint (all, >, 10);

  search_measures (fixture, "tip-p2-0");
  g_assert_cmpuint (n_shown (fixture), <, all);
  g_assert_cmpuint (n_shown (fixture), >, 1);
  g_assert_null (shown_path (fixture, "TIP-P3-01"));

  /* The title alone finds it too, whatever its case. */
  search_measures (fixture, measure->title);
  g_assert_cmpuint (n_shown (fixture), <, all);
  first = shown_path (fixture, "TIP-P2-03");
  g_assert_nonnull (first);
  /* The row found is not the model's row of the same place: the tick
   * must reach the measure, not whatever the unfiltered list holds there. */
  g_assert_true (gtk_tree_model_get_iter (gtk_tree_view_get_model (measure_list (fixture)), &iter, first));
  gtk_tree_model_get (gtk_tree_view_get_model (measure_list (fixture)), &iter,
                      LACUNA_INSTRUMENTS_MEASURE_COLUMN_ID, &first_id, -1);
  g_assert_cmpstr (first_id, ==, "TIP-P2-03");
  tick_measure (fixture, "TIP-P2-03");
  g_assert_true (is_ticked (fixture, "TIP-P2-03"));

  /* A ticked measure stays in sight whatever is searched next. */
  search_measures (fixture, "tip-p3-01");
  g_assert_nonnull (shown_path (fixture, "TIP-P3-01"));
  g_assert_nonnull (shown_path (fixture, "TIP-P2-03"));
  g_assert_null (shown_path (fixture, "TIP-P2-04"));
  search_measures (fixture, "");
  g_assert_cmpuint (n_shown (fixture), ==, all);

  set_entry (fixture, "title_entry", "Order on victim referral");
  click (fixture, "save_button");
  g_assert_false (gtk_widget_get_visible (child (fixture, "error_bar")));
  saved = find_by_title (fixture->store, "Order on victim referral");
  g_assert_nonnull (saved);
  g_assert_cmpuint (g_strv_length (saved->measures), ==, 1);
  g_assert_cmpstr (saved->measures[0], ==, "TIP-P2-03");
}

/* Space on the row with the cursor ticks it, and again unticks it; the
 * list and its ticks are named for assistive technologies. */
static void
test_keyboard_and_names (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkTreeView *list = measure_list (fixture);
  g_autoptr(LacunaNationalInstrument) saved = NULL;
  g_autoptr(GtkTreePath) path = NULL;
  AtkObject *accessible = gtk_widget_get_accessible (GTK_WIDGET (list));
  AtkObject *cell;
  gboolean named = FALSE;
  int row;

  click (fixture, "add_button");
  g_assert_cmpstr (atk_object_get_name (accessible), !=, NULL);
  g_assert_cmpstr (atk_object_get_name (accessible), !=, "");

  path = shown_path (fixture, "TIP-P2-04");
  g_assert_nonnull (path);
  gtk_tree_view_set_cursor (list, path, NULL, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (list));
  press_space (fixture);
  g_assert_true (is_ticked (fixture, "TIP-P2-04"));
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "save_button")));

  /* The tick's cell holds the measure's number beside the check box. */
  row = gtk_tree_path_get_indices (path)[0];
  cell = atk_table_ref_at (ATK_TABLE (accessible), row, 0);
  g_assert_nonnull (cell);
  for (int i = 0; i < atk_object_get_n_accessible_children (cell); i++)
    {
      g_autoptr(AtkObject) part = atk_object_ref_accessible_child (cell, i);

      if (g_strcmp0 (atk_object_get_name (part), "TIP-P2-04") == 0)
        named = TRUE;
    }
  g_object_unref (cell);
  g_assert_true (named);

  press_space (fixture);
  g_assert_false (is_ticked (fixture, "TIP-P2-04"));
  press_space (fixture);

  set_entry (fixture, "title_entry", "Law on labour inspection");
  click (fixture, "save_button");
  saved = find_by_title (fixture->store, "Law on labour inspection");
  g_assert_nonnull (saved);
  g_assert_cmpuint (g_strv_length (saved->measures), ==, 1);
  g_assert_cmpstr (saved->measures[0], ==, "TIP-P2-04");
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/instruments-view/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows-match-store", test_rows_match_store);
  ADD ("filter-by-status-and-type", test_filter_by_status_and_type);
  ADD ("add-through-form", test_add_through_form);
  ADD ("edit-title-saves", test_edit_title_saves);
  ADD ("delete-asks-first", test_delete_asks_first);
  ADD ("core-refusal-is-shown", test_core_refusal_is_shown);
  ADD ("read-only", test_read_only);
  ADD ("measure-page-links", test_measure_page_links);
  ADD ("search-then-tick", test_search_then_tick);
  ADD ("keyboard-and-names", test_keyboard_and_names);
#undef ADD
  return g_test_run ();
}
