/* test-participants-view.c — the participants, listed and edited through
 * the real widgets
 *
 * Driven on a copy of the built-in sample, and checked against what the
 * core reads back from the file. Run under Xvfb.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "lacuna-participants-view.h"
#include "sample-folder.h"

typedef struct {
  char                   *directory;
  char                   *path;
  LacunaStore            *store;
  GtkWidget              *window;
  LacunaParticipantsView *view;
  guint                   changes;
} Fixture;

/* Aborts rather than returning NULL, so that callers need no check. */
static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->view), LACUNA_TYPE_PARTICIPANTS_VIEW, name);

  if (object == NULL)
    g_error ("The view has no child “%s”.", name);
  return GTK_WIDGET (object);
}

static void
on_changed (LacunaParticipantsView *view,
            Fixture                *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = sample_folder_create ("lacuna-participants", &fixture->directory, &fixture->path);

  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 600);
  fixture->view = lacuna_participants_view_new ();
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->view));
  g_signal_connect (fixture->view, "changed", G_CALLBACK (on_changed), fixture);
  gtk_widget_show (fixture->window);
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

static GtkTreeModel *
model (Fixture *fixture)
{
  return gtk_tree_view_get_model (GTK_TREE_VIEW (child (fixture, "participant_tree")));
}

static char *
cell (Fixture     *fixture,
      GtkTreeIter *iter,
      int          column)
{
  char *text = NULL;

  gtk_tree_model_get (model (fixture), iter, column, &text, -1);
  return text;
}

/* Selects the row of that person, as a click would. */
static void
select_name (Fixture    *fixture,
             const char *name)
{
  GtkTreeIter iter;

  g_assert_true (gtk_tree_model_get_iter_first (model (fixture), &iter));
  do
    {
      g_autofree char *row_name = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_NAME);
      if (g_strcmp0 (row_name, name) == 0)
        {
          GtkTreeSelection *selection = gtk_tree_view_get_selection (GTK_TREE_VIEW (child (fixture, "participant_tree")));
          gtk_tree_selection_select_iter (selection, &iter);
          return;
        }
    }
  while (gtk_tree_model_iter_next (model (fixture), &iter));
  g_error ("No row for “%s”.", name);
}

static GtkToggleButton *
pillar_check (Fixture    *fixture,
              const char *pillar_id)
{
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (child (fixture, "pillars_grid")));

  for (GList *l = children; l != NULL; l = l->next)
    if (g_strcmp0 (g_object_get_data (l->data, LACUNA_PARTICIPANTS_VIEW_PILLAR_KEY), pillar_id) == 0)
      return GTK_TOGGLE_BUTTON (l->data);
  g_error ("No check button for pillar “%s”.", pillar_id);
}

static LacunaParticipant *
stored_named (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (fixture->store);

  for (guint i = 0; i < participants->len; i++)
    if (g_strcmp0 (((LacunaParticipant *) g_ptr_array_index (participants, i))->name, name) == 0)
      return g_ptr_array_steal_index (participants, i);
  return NULL;
}

static guint
count_stored (Fixture *fixture)
{
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (fixture->store);

  return participants->len;
}

static const char *
visible_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (fixture, "page_stack")));
}

static void
test_rows_match_store (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) participants = lacuna_store_list_participants (fixture->store);
  GtkTreeIter iter;
  guint i = 0;

  g_assert_cmpint (gtk_tree_model_iter_n_children (model (fixture), NULL), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "add_button")));

  lacuna_participants_view_set_store (fixture->view, fixture->store);
  g_assert_cmpuint (participants->len, >, 0);
  g_assert_cmpint (gtk_tree_model_iter_n_children (model (fixture), NULL), ==, (int) participants->len);
  g_assert_true (gtk_tree_model_get_iter_first (model (fixture), &iter));
  do
    {
      LacunaParticipant *participant = g_ptr_array_index (participants, i++);
      g_autofree char *uuid = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID);
      g_autofree char *name = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_NAME);
      g_autofree char *institution = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_INSTITUTION);
      g_autofree char *role = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_ROLE);
      g_autofree char *contact = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_CONTACT);
      g_autofree char *pillars = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_PILLARS);
      g_autofree char *tooltip = cell (fixture, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_PILLARS_TOOLTIP);
      g_autofree char *expected_pillars = g_strjoinv (", ", participant->pillars);

      g_assert_cmpstr (uuid, ==, participant->uuid);
      g_assert_cmpstr (name, ==, participant->name);
      g_assert_cmpstr (institution, ==, participant->institution);
      g_assert_cmpstr (role, ==, participant->role);
      g_assert_cmpstr (contact, ==, participant->contact);
      g_assert_cmpstr (pillars, ==, expected_pillars);
      /* The titles of the pillars, not only their ids, are a hover away. */
      g_assert_nonnull (tooltip);
      g_assert_nonnull (strstr (tooltip, participant->pillars[0]));
      g_assert_cmpuint (strlen (tooltip), >, strlen (participant->pillars[0]) + 2);
    }
  while (gtk_tree_model_iter_next (model (fixture), &iter));
  g_assert_cmpuint (i, ==, participants->len);

  /* One check per pillar of each framework in scope: five each. */
  g_assert_nonnull (pillar_check (fixture, "TIP-P1"));
  g_assert_nonnull (pillar_check (fixture, "SOM-P5"));

  /* Editing and removing wait for a row to be chosen. */
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "add_button")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "edit_button")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "remove_button")));
  select_name (fixture, ((LacunaParticipant *) g_ptr_array_index (participants, 1))->name);
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "edit_button")));
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "remove_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "read_only_label")));

  /* Every input can be told apart by a screen reader. */
  for (guint n = 0; n < 5; n++)
    {
      const char *names[] = { "participant_tree", "name_entry", "institution_entry", "role_entry", "contact_entry" };
      const char *accessible = atk_object_get_name (gtk_widget_get_accessible (child (fixture, names[n])));

      g_assert_nonnull (accessible);
      g_assert_cmpstr (accessible, !=, "");
    }

  lacuna_participants_view_set_store (fixture->view, NULL);
  g_assert_cmpint (gtk_tree_model_iter_n_children (model (fixture), NULL), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "add_button")));
  g_assert_cmpuint (fixture->changes, ==, 0);
}

static void
test_add_saves_with_pillars (Fixture       *fixture,
                             gconstpointer  data)
{
  guint before;
  g_autoptr(LacunaParticipant) stored = NULL;
  g_autofree char *selected = NULL;
  GtkTreeModel *tree_model;
  GtkTreeIter iter;

  lacuna_participants_view_set_store (fixture->view, fixture->store);
  before = count_stored (fixture);

  gtk_button_clicked (GTK_BUTTON (child (fixture, "add_button")));
  g_assert_cmpstr (visible_page (fixture), ==, "form");
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "name_entry"))), ==, "");
  g_assert_false (gtk_toggle_button_get_active (pillar_check (fixture, "TIP-P2")));

  gtk_entry_set_text (GTK_ENTRY (child (fixture, "name_entry")), "  Ana Lucía Herrera  ");
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "institution_entry")), "Ombudsperson's Office");
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "role_entry")), "Adviser on victims' rights");
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "contact_entry")), "a.herrera@example.org");
  gtk_toggle_button_set_active (pillar_check (fixture, "TIP-P2"), TRUE);
  gtk_toggle_button_set_active (pillar_check (fixture, "SOM-P2"), TRUE);
  /* Enter in a field saves, as the Save button does. */
  gtk_widget_activate (child (fixture, "contact_entry"));

  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpstr (visible_page (fixture), ==, "list");
  g_assert_cmpuint (count_stored (fixture), ==, before + 1);
  stored = stored_named (fixture, "Ana Lucía Herrera");
  g_assert_nonnull (stored);
  g_assert_cmpstr (stored->institution, ==, "Ombudsperson's Office");
  g_assert_cmpstr (stored->role, ==, "Adviser on victims' rights");
  g_assert_cmpstr (stored->contact, ==, "a.herrera@example.org");
  g_assert_cmpuint (g_strv_length (stored->pillars), ==, 2);
  g_assert_true (g_strv_contains ((const char *const *) stored->pillars, "TIP-P2"));
  g_assert_true (g_strv_contains ((const char *const *) stored->pillars, "SOM-P2"));

  /* The list shows it, chosen, so it can be edited at once. */
  g_assert_cmpint (gtk_tree_model_iter_n_children (model (fixture), NULL), ==, (int) before + 1);
  g_assert_true (gtk_tree_selection_get_selected (
    gtk_tree_view_get_selection (GTK_TREE_VIEW (child (fixture, "participant_tree"))), &tree_model, &iter));
  gtk_tree_model_get (tree_model, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID, &selected, -1);
  g_assert_cmpstr (selected, ==, stored->uuid);
}

static void
test_edit_saves (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LacunaParticipant) before = NULL;
  g_autoptr(LacunaParticipant) after = NULL;
  g_autoptr(GPtrArray) history = NULL;
  guint count;

  lacuna_participants_view_set_store (fixture->view, fixture->store);
  before = stored_named (fixture, "Elena Varga");
  g_assert_nonnull (before);
  count = count_stored (fixture);

  select_name (fixture, "Elena Varga");
  gtk_button_clicked (GTK_BUTTON (child (fixture, "edit_button")));
  g_assert_cmpstr (visible_page (fixture), ==, "form");
  /* The form opens on what is stored. */
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "name_entry"))), ==, "Elena Varga");
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "role_entry"))), ==, before->role);
  g_assert_true (gtk_toggle_button_get_active (pillar_check (fixture, "TIP-P4")));
  g_assert_true (gtk_toggle_button_get_active (pillar_check (fixture, "SOM-P4")));
  g_assert_false (gtk_toggle_button_get_active (pillar_check (fixture, "TIP-P1")));

  gtk_entry_set_text (GTK_ENTRY (child (fixture, "role_entry")), "Head of crime statistics");
  gtk_toggle_button_set_active (pillar_check (fixture, "SOM-P4"), FALSE);
  gtk_toggle_button_set_active (pillar_check (fixture, "TIP-P1"), TRUE);
  gtk_button_clicked (GTK_BUTTON (child (fixture, "save_button")));

  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpstr (visible_page (fixture), ==, "list");
  g_assert_cmpuint (count_stored (fixture), ==, count);
  after = stored_named (fixture, "Elena Varga");
  g_assert_nonnull (after);
  g_assert_cmpstr (after->uuid, ==, before->uuid);
  g_assert_cmpstr (after->role, ==, "Head of crime statistics");
  g_assert_cmpstr (after->institution, ==, before->institution);
  g_assert_cmpstr (after->contact, ==, before->contact);
  g_assert_cmpuint (g_strv_length (after->pillars), ==, 2);
  g_assert_true (g_strv_contains ((const char *const *) after->pillars, "TIP-P1"));
  g_assert_true (g_strv_contains ((const char *const *) after->pillars, "TIP-P4"));

  /* Written as a change by someone, so the history can say who. */
  history = lacuna_store_list_history (fixture->store, "participant", before->uuid);
  g_assert_cmpuint (history->len, >, 0);

  /* Cancel leaves the stored participant alone. */
  select_name (fixture, "Elena Varga");
  gtk_button_clicked (GTK_BUTTON (child (fixture, "edit_button")));
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "role_entry")), "Not to be kept");
  gtk_button_clicked (GTK_BUTTON (child (fixture, "cancel_button")));
  g_assert_cmpstr (visible_page (fixture), ==, "list");
  g_clear_pointer (&after, lacuna_participant_free);
  after = stored_named (fixture, "Elena Varga");
  g_assert_nonnull (after);
  g_assert_cmpstr (after->role, ==, "Head of crime statistics");
  g_assert_cmpuint (fixture->changes, ==, 1);
}

static void
test_remove_after_confirming (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkInfoBar *remove_bar = GTK_INFO_BAR (child (fixture, "remove_bar"));
  g_autoptr(LacunaParticipant) kept = NULL;
  g_autoptr(LacunaParticipant) gone = NULL;
  guint count;

  lacuna_participants_view_set_store (fixture->view, fixture->store);
  count = count_stored (fixture);

  /* Asked, then kept: nothing happens. */
  select_name (fixture, "Kwame Asante");
  gtk_button_clicked (GTK_BUTTON (child (fixture, "remove_button")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (remove_bar)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (fixture, "remove_label"))), "Kwame Asante"));
  g_assert_cmpuint (count_stored (fixture), ==, count);
  gtk_info_bar_response (remove_bar, GTK_RESPONSE_CANCEL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (remove_bar)));
  kept = stored_named (fixture, "Kwame Asante");
  g_assert_nonnull (kept);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* Asked, then confirmed: removed from the file and from the list. */
  gtk_button_clicked (GTK_BUTTON (child (fixture, "remove_button")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (remove_bar)));
  gtk_info_bar_response (remove_bar, GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (count_stored (fixture), ==, count - 1);
  gone = stored_named (fixture, "Kwame Asante");
  g_assert_null (gone);
  g_assert_cmpint (gtk_tree_model_iter_n_children (model (fixture), NULL), ==, (int) count - 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (remove_bar)));
}

static void
test_refusal_is_shown (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) history_before = NULL;
  g_autoptr(GPtrArray) history_after = NULL;
  g_autoptr(LacunaParticipant) unchanged = NULL;
  GtkWidget *error_bar = child (fixture, "error_bar");
  guint count;

  lacuna_participants_view_set_store (fixture->view, fixture->store);
  count = count_stored (fixture);
  history_before = lacuna_store_list_history (fixture->store, NULL, NULL);

  /* A new participant with no name: the core refuses it. */
  gtk_button_clicked (GTK_BUTTON (child (fixture, "add_button")));
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "name_entry")), "   ");
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "institution_entry")), "Somewhere");
  gtk_toggle_button_set_active (pillar_check (fixture, "TIP-P3"), TRUE);
  gtk_button_clicked (GTK_BUTTON (child (fixture, "save_button")));

  g_assert_true (gtk_widget_get_visible (error_bar));
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (error_bar)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (fixture, "error_label"))), ==, "A participant needs a name.");
  /* Kept as typed, to be corrected. */
  g_assert_cmpstr (visible_page (fixture), ==, "form");
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (child (fixture, "institution_entry"))), ==, "Somewhere");
  g_assert_cmpuint (count_stored (fixture), ==, count);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* Emptying the name of an existing one is refused the same way. */
  gtk_button_clicked (GTK_BUTTON (child (fixture, "cancel_button")));
  select_name (fixture, "Aïcha Benali");
  gtk_button_clicked (GTK_BUTTON (child (fixture, "edit_button")));
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "name_entry")), "");
  gtk_entry_set_text (GTK_ENTRY (child (fixture, "role_entry")), "Changed");
  gtk_button_clicked (GTK_BUTTON (child (fixture, "save_button")));
  g_assert_true (gtk_widget_get_visible (error_bar));
  unchanged = stored_named (fixture, "Aïcha Benali");
  g_assert_nonnull (unchanged);
  g_assert_cmpstr (unchanged->role, ==, "Head of victim services");

  history_after = lacuna_store_list_history (fixture->store, NULL, NULL);
  g_assert_cmpuint (history_after->len, ==, history_before->len);
  g_assert_cmpuint (fixture->changes, ==, 0);
}

static void
test_read_only_store (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LacunaStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkTreePath) first = gtk_tree_path_new_first ();
  GtkWidget *note = child (fixture, "read_only_label");

  reader = lacuna_store_open (fixture->path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  lacuna_participants_view_set_store (fixture->view, reader);
  g_assert_cmpint (gtk_tree_model_iter_n_children (model (fixture), NULL), >, 0);
  select_name (fixture, "Elena Varga");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "add_button")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "edit_button")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "remove_button")));
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), lacuna_store_get_read_only_reason (reader)));

  /* Enter on the row does not open the form either. */
  gtk_tree_view_row_activated (GTK_TREE_VIEW (child (fixture, "participant_tree")), first, NULL);
  g_assert_cmpstr (visible_page (fixture), ==, "list");

  lacuna_participants_view_set_store (fixture->view, NULL);
  g_assert_false (gtk_widget_get_visible (note));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/participants-view/rows-match-store", Fixture, NULL, fixture_set_up, test_rows_match_store,
              fixture_tear_down);
  g_test_add ("/participants-view/add-saves-with-pillars", Fixture, NULL, fixture_set_up,
              test_add_saves_with_pillars, fixture_tear_down);
  g_test_add ("/participants-view/edit-saves", Fixture, NULL, fixture_set_up, test_edit_saves, fixture_tear_down);
  g_test_add ("/participants-view/remove-after-confirming", Fixture, NULL, fixture_set_up,
              test_remove_after_confirming, fixture_tear_down);
  g_test_add ("/participants-view/refusal-is-shown", Fixture, NULL, fixture_set_up, test_refusal_is_shown,
              fixture_tear_down);
  g_test_add ("/participants-view/read-only-store", Fixture, NULL, fixture_set_up, test_read_only_store,
              fixture_tear_down);
  return g_test_run ();
}
