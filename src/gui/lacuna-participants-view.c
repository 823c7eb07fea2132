/* lacuna-participants-view.c — the people who took part in the assessment
 *
 * A list, and one form used both to add and to edit. What may be saved is
 * the core's decision: the form hands over what was typed and shows the
 * core's refusal, with the form kept as typed so nothing has to be typed
 * twice.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lacuna-participants-view.h"

struct _LacunaParticipantsView {
  GtkBox             parent_instance;

  GtkInfoBar        *error_bar;
  GtkLabel          *error_label;
  GtkLabel          *read_only_label;
  GtkStack          *page_stack;
  GtkTreeView       *participant_tree;
  GtkListStore      *participant_model;
  GtkWidget         *add_button;
  GtkWidget         *edit_button;
  GtkWidget         *remove_button;
  GtkInfoBar        *remove_bar;
  GtkLabel          *remove_label;
  GtkWidget         *keep_button;     /* in remove_bar */
  GtkLabel          *form_title_label;
  GtkEntry          *name_entry;
  GtkEntry          *institution_entry;
  GtkEntry          *role_entry;
  GtkEntry          *contact_entry;
  GtkLabel          *pillars_label;
  GtkGrid           *pillars_grid;
  GtkWidget         *save_button;
  GtkWidget         *cancel_button;

  LacunaStore       *store;           /* borrowed */
  GPtrArray         *pillar_checks;   /* GtkToggleButton*, owned by pillars_grid */
  gboolean           editing;         /* the form is open */
  char              *editing_uuid;    /* NULL while adding */
  char             **kept_pillars;    /* the participant's pillars out of scope */
  char              *removing_uuid;   /* waiting for the team to confirm */
};

G_DEFINE_FINAL_TYPE (LacunaParticipantsView, lacuna_participants_view, GTK_TYPE_BOX)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_writable (LacunaParticipantsView *self)
{
  return self->store != NULL && !lacuna_store_is_read_only (self->store);
}

static char *
stripped_or_null (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_entry_get_text (entry)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
show_error (LacunaParticipantsView *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
  gtk_widget_show (GTK_WIDGET (self->error_bar));
}

static void
hide_error (LacunaParticipantsView *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  gtk_widget_hide (GTK_WIDGET (self->error_bar));
}

static const LacunaPillar *
find_pillar (LacunaCatalog *catalog,
             const char    *id)
{
  GPtrArray *frameworks = lacuna_catalog_get_frameworks (catalog);

  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          const LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);
          if (g_str_equal (pillar->id, id))
            return pillar;
        }
    }
  return NULL;
}

/* The ids keep the column narrow; the titles are a hover away. */
static void
describe_pillars (LacunaCatalog  *catalog,
                  char          **pillars,
                  char          **ids_out,
                  char          **titles_out)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  /* TRANSLATORS: separates pillar ids in the list of participants. */
  *ids_out = g_strjoinv (_(", "), pillars);
  for (guint i = 0; pillars[i] != NULL; i++)
    {
      const LacunaPillar *pillar = find_pillar (catalog, pillars[i]);

      if (titles->len > 0)
        g_string_append_c (titles, '\n');
      if (pillar != NULL)
        g_string_append_printf (titles, "%s: %s", pillar->id, _(pillar->title));
      else
        g_string_append (titles, pillars[i]);
    }
  *titles_out = titles->len > 0 ? g_string_free (g_steal_pointer (&titles), FALSE) : NULL;
}

static char *
selected_uuid (LacunaParticipantsView *self)
{
  GtkTreeSelection *selection = gtk_tree_view_get_selection (self->participant_tree);
  GtkTreeModel *model;
  GtkTreeIter iter;
  char *uuid = NULL;

  if (gtk_tree_selection_get_selected (selection, &model, &iter))
    gtk_tree_model_get (model, &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID, &uuid, -1);
  return uuid;
}

static void
update_controls (LacunaParticipantsView *self)
{
  gboolean writable = is_writable (self);
  gboolean confirming = self->removing_uuid != NULL;
  g_autofree char *uuid = selected_uuid (self);
  gboolean read_only = self->store != NULL && !writable;

  gtk_widget_set_sensitive (self->add_button, writable && !confirming);
  gtk_widget_set_sensitive (self->edit_button, writable && !confirming && uuid != NULL);
  gtk_widget_set_sensitive (self->remove_button, writable && !confirming && uuid != NULL);
  gtk_widget_set_sensitive (self->save_button, writable);

  if (read_only)
    {
      const char *reason = lacuna_store_get_read_only_reason (self->store);
      g_autofree char *note = g_strdup_printf (_("This assessment is open read-only: the participants can be read "
                                                 "here, not changed. %s"), reason != NULL ? reason : "");
      gtk_label_set_text (self->read_only_label, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), read_only);
}

static gboolean
find_iter (LacunaParticipantsView *self,
           const char             *uuid,
           GtkTreeIter            *iter)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->participant_model);

  if (uuid == NULL || !gtk_tree_model_get_iter_first (model, iter))
    return FALSE;
  do
    {
      g_autofree char *row_uuid = NULL;

      gtk_tree_model_get (model, iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID, &row_uuid, -1);
      if (g_strcmp0 (row_uuid, uuid) == 0)
        return TRUE;
    }
  while (gtk_tree_model_iter_next (model, iter));
  return FALSE;
}

static void
select_participant (LacunaParticipantsView *self,
                    const char             *uuid)
{
  GtkTreeIter iter;
  g_autoptr(GtkTreePath) path = NULL;

  if (!find_iter (self, uuid, &iter))
    return;
  path = gtk_tree_model_get_path (GTK_TREE_MODEL (self->participant_model), &iter);
  gtk_tree_view_set_cursor (self->participant_tree, path, NULL, FALSE);
}

/* Re-read from the store rather than patched: the core decides the order
 * and may have normalised what was saved. */
static void
fill_list (LacunaParticipantsView *self,
           const char             *select_uuid)
{
  g_autoptr(GPtrArray) participants = NULL;
  LacunaCatalog *catalog;

  gtk_list_store_clear (self->participant_model);
  if (self->store == NULL)
    return;
  catalog = lacuna_store_get_catalog (self->store);
  participants = lacuna_store_list_participants (self->store);
  for (guint i = 0; i < participants->len; i++)
    {
      LacunaParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *ids = NULL;
      g_autofree char *titles = NULL;

      describe_pillars (catalog, participant->pillars, &ids, &titles);
      gtk_list_store_insert_with_values (self->participant_model, NULL, -1,
                                         LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID, participant->uuid,
                                         LACUNA_PARTICIPANTS_VIEW_COLUMN_NAME, participant->name,
                                         LACUNA_PARTICIPANTS_VIEW_COLUMN_INSTITUTION, participant->institution,
                                         LACUNA_PARTICIPANTS_VIEW_COLUMN_ROLE, participant->role,
                                         LACUNA_PARTICIPANTS_VIEW_COLUMN_CONTACT, participant->contact,
                                         LACUNA_PARTICIPANTS_VIEW_COLUMN_PILLARS, ids,
                                         LACUNA_PARTICIPANTS_VIEW_COLUMN_PILLARS_TOOLTIP, titles,
                                         -1);
    }
  select_participant (self, select_uuid);
}

static void
remove_pillar_checks (LacunaParticipantsView *self)
{
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (self->pillars_grid));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  g_ptr_array_set_size (self->pillar_checks, 0);
}

/* One column per framework in scope: a pillar of a framework the
 * assessment does not cover is not something anyone contributed to here. */
static void
build_pillar_checks (LacunaParticipantsView *self)
{
  GPtrArray *frameworks;
  int column = 0;

  remove_pillar_checks (self);
  if (self->store == NULL)
    return;
  frameworks = lacuna_catalog_get_frameworks (lacuna_store_get_catalog (self->store));
  for (guint f = 0; f < frameworks->len; f++)
    {
      LacunaFramework *framework = g_ptr_array_index (frameworks, f);
      const char *name = framework->short_title != NULL ? framework->short_title : framework->title;
      GtkWidget *heading;

      if (!lacuna_store_has_framework (self->store, framework->id))
        continue;
      heading = gtk_label_new (_(name));
      gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
      gtk_label_set_line_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (heading), 30);
      gtk_style_context_add_class (gtk_widget_get_style_context (heading), "dim-label");
      gtk_widget_show (heading);
      gtk_grid_attach (self->pillars_grid, heading, column, 0, 1, 1);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          const LacunaPillar *pillar = g_ptr_array_index (framework->pillars, p);
          /* TRANSLATORS: a pillar's title and its id, e.g. "Prosecution (TIP-P1)". */
          g_autofree char *label = g_strdup_printf (_("%s (%s)"), _(pillar->title), pillar->id);
          g_autofree char *accessible = g_strdup_printf (_("%s, %s"), _(pillar->title), _(name));
          GtkWidget *check = gtk_check_button_new_with_label (label);

          g_object_set_data_full (G_OBJECT (check), LACUNA_PARTICIPANTS_VIEW_PILLAR_KEY, g_strdup (pillar->id),
                                  g_free);
          /* Two frameworks have pillars of the same name: the screen
           * reader says which one. */
          atk_object_set_name (gtk_widget_get_accessible (check), accessible);
          gtk_widget_show (check);
          gtk_grid_attach (self->pillars_grid, check, column, (int) p + 1, 1, 1);
          g_ptr_array_add (self->pillar_checks, check);
          if (self->pillar_checks->len == 1)
            gtk_label_set_mnemonic_widget (self->pillars_label, check);
        }
      column++;
    }
}

static void
set_entry (GtkEntry   *entry,
           const char *text)
{
  gtk_entry_set_text (entry, text != NULL ? text : "");
}

static void
cancel_removal (LacunaParticipantsView *self)
{
  g_clear_pointer (&self->removing_uuid, g_free);
  gtk_info_bar_set_revealed (self->remove_bar, FALSE);
  gtk_widget_hide (GTK_WIDGET (self->remove_bar));
}

static void
open_form (LacunaParticipantsView  *self,
           const LacunaParticipant *participant)
{
  GStrvBuilder *kept = g_strv_builder_new ();

  cancel_removal (self);
  hide_error (self);
  g_free (self->editing_uuid);
  self->editing_uuid = participant != NULL ? g_strdup (participant->uuid) : NULL;
  self->editing = TRUE;

  gtk_label_set_text (self->form_title_label, participant != NULL ? _("Edit Participant") : _("New Participant"));
  set_entry (self->name_entry, participant != NULL ? participant->name : NULL);
  set_entry (self->institution_entry, participant != NULL ? participant->institution : NULL);
  set_entry (self->role_entry, participant != NULL ? participant->role : NULL);
  set_entry (self->contact_entry, participant != NULL ? participant->contact : NULL);

  for (guint i = 0; i < self->pillar_checks->len; i++)
    {
      GtkToggleButton *check = g_ptr_array_index (self->pillar_checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), LACUNA_PARTICIPANTS_VIEW_PILLAR_KEY);

      gtk_toggle_button_set_active (check, participant != NULL &&
                                           g_strv_contains ((const char *const *) participant->pillars, id));
    }
  /* A pillar with no check (its framework left the scope) is kept as it
   * was: editing a name must not quietly drop it. */
  for (guint i = 0; participant != NULL && participant->pillars[i] != NULL; i++)
    {
      gboolean shown = FALSE;

      for (guint c = 0; c < self->pillar_checks->len && !shown; c++)
        shown = g_strcmp0 (g_object_get_data (g_ptr_array_index (self->pillar_checks, c),
                                              LACUNA_PARTICIPANTS_VIEW_PILLAR_KEY), participant->pillars[i]) == 0;
      if (!shown)
        g_strv_builder_add (kept, participant->pillars[i]);
    }
  g_strfreev (self->kept_pillars);
  self->kept_pillars = g_strv_builder_end (kept);
  g_strv_builder_unref (kept);

  gtk_stack_set_visible_child_name (self->page_stack, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
close_form (LacunaParticipantsView *self,
            const char             *select_uuid)
{
  self->editing = FALSE;
  g_clear_pointer (&self->editing_uuid, g_free);
  g_clear_pointer (&self->kept_pillars, g_strfreev);
  gtk_stack_set_visible_child_name (self->page_stack, "list");
  if (select_uuid != NULL)
    select_participant (self, select_uuid);
  gtk_widget_grab_focus (GTK_WIDGET (self->participant_tree));
  update_controls (self);
}

static LacunaParticipant *
participant_from_form (LacunaParticipantsView *self)
{
  LacunaParticipant *participant = lacuna_participant_new ();
  GStrvBuilder *pillars = g_strv_builder_new ();

  participant->uuid = g_strdup (self->editing_uuid);
  participant->name = g_strstrip (g_strdup (gtk_entry_get_text (self->name_entry)));
  participant->institution = stripped_or_null (self->institution_entry);
  participant->role = stripped_or_null (self->role_entry);
  participant->contact = stripped_or_null (self->contact_entry);
  if (self->kept_pillars != NULL)
    g_strv_builder_addv (pillars, (const char **) self->kept_pillars);
  for (guint i = 0; i < self->pillar_checks->len; i++)
    {
      GtkToggleButton *check = g_ptr_array_index (self->pillar_checks, i);

      if (gtk_toggle_button_get_active (check))
        g_strv_builder_add (pillars, g_object_get_data (G_OBJECT (check), LACUNA_PARTICIPANTS_VIEW_PILLAR_KEY));
    }
  g_strfreev (participant->pillars);
  participant->pillars = g_strv_builder_end (pillars);
  g_strv_builder_unref (pillars);
  return participant;
}

static void
save_form (LacunaParticipantsView *self)
{
  g_autoptr(LacunaParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;

  if (!self->editing || !is_writable (self))
    return;
  participant = participant_from_form (self);
  if (!lacuna_store_save_participant (self->store, participant, g_get_real_name (), &error))
    {
      show_error (self, error->message);
      if (g_error_matches (error, LACUNA_STORE_ERROR, LACUNA_STORE_ERROR_INVALID) &&
          participant->name[0] == '\0')
        gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
      return;
    }
  hide_error (self);
  fill_list (self, participant->uuid);
  close_form (self, participant->uuid);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static LacunaParticipant *
find_participant (LacunaParticipantsView *self,
                  const char             *uuid)
{
  g_autoptr(GPtrArray) participants = NULL;

  if (self->store == NULL || uuid == NULL)
    return NULL;
  participants = lacuna_store_list_participants (self->store);
  for (guint i = 0; i < participants->len; i++)
    {
      LacunaParticipant *participant = g_ptr_array_index (participants, i);
      if (g_strcmp0 (participant->uuid, uuid) == 0)
        return g_ptr_array_steal_index (participants, i);
    }
  return NULL;
}

static void
edit_selected (LacunaParticipantsView *self)
{
  g_autofree char *uuid = selected_uuid (self);
  g_autoptr(LacunaParticipant) participant = NULL;

  if (!is_writable (self) || self->removing_uuid != NULL || uuid == NULL)
    return;
  /* Read afresh: another computer may have changed the file meanwhile. */
  participant = find_participant (self, uuid);
  if (participant == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("There is no participant %s in this assessment."), uuid);

      show_error (self, message);
      fill_list (self, NULL);
      update_controls (self);
      return;
    }
  open_form (self, participant);
}

/* The question is asked in the view rather than in a window of its own,
 * so the list stays in sight and the keyboard stays where it was. */
static void
ask_removal (LacunaParticipantsView *self)
{
  g_autofree char *uuid = selected_uuid (self);
  g_autofree char *name = NULL;
  g_autofree char *question = NULL;
  GtkTreeIter iter;

  if (!is_writable (self) || uuid == NULL || !find_iter (self, uuid, &iter))
    return;
  gtk_tree_model_get (GTK_TREE_MODEL (self->participant_model), &iter, LACUNA_PARTICIPANTS_VIEW_COLUMN_NAME, &name,
                      -1);
  question = g_strdup_printf (_("Remove %s from the participants? The history keeps a record of the removal."),
                              name != NULL ? name : "");
  gtk_label_set_text (self->remove_label, question);
  g_free (self->removing_uuid);
  self->removing_uuid = g_steal_pointer (&uuid);
  gtk_widget_show (GTK_WIDGET (self->remove_bar));
  gtk_info_bar_set_revealed (self->remove_bar, TRUE);
  update_controls (self);
  /* Keeping is the safe answer, so Enter pressed by habit keeps. */
  gtk_widget_grab_focus (self->keep_button);
}

static void
remove_confirmed (LacunaParticipantsView *self)
{
  g_autofree char *uuid = g_steal_pointer (&self->removing_uuid);
  g_autoptr(GError) error = NULL;
  GtkTreeIter iter;
  g_autofree char *next = NULL;

  cancel_removal (self);
  if (uuid == NULL || !is_writable (self))
    return;
  /* Land on the neighbour, so removing several in a row is quick. */
  if (find_iter (self, uuid, &iter))
    {
      GtkTreeModel *model = GTK_TREE_MODEL (self->participant_model);
      GtkTreeIter after = iter, before = iter;

      if (gtk_tree_model_iter_next (model, &after))
        gtk_tree_model_get (model, &after, LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID, &next, -1);
      else if (gtk_tree_model_iter_previous (model, &before))
        gtk_tree_model_get (model, &before, LACUNA_PARTICIPANTS_VIEW_COLUMN_UUID, &next, -1);
    }
  if (!lacuna_store_remove_participant (self->store, uuid, g_get_real_name (), &error))
    {
      show_error (self, error->message);
      fill_list (self, uuid);
      update_controls (self);
      return;
    }
  hide_error (self);
  fill_list (self, next);
  update_controls (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->participant_tree));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_remove_bar_response_cb (GtkInfoBar             *bar,
                           int                     response,
                           LacunaParticipantsView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    remove_confirmed (self);
  else
    {
      cancel_removal (self);
      update_controls (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->participant_tree));
    }
}

static void
on_error_bar_response_cb (GtkInfoBar             *bar,
                          int                     response,
                          LacunaParticipantsView *self)
{
  hide_error (self);
}

static void
on_add_clicked_cb (GtkButton              *button,
                   LacunaParticipantsView *self)
{
  if (is_writable (self))
    open_form (self, NULL);
}

static void
on_edit_clicked_cb (GtkButton              *button,
                    LacunaParticipantsView *self)
{
  edit_selected (self);
}

static void
on_remove_clicked_cb (GtkButton              *button,
                      LacunaParticipantsView *self)
{
  ask_removal (self);
}

static void
on_save_clicked_cb (GtkButton              *button,
                    LacunaParticipantsView *self)
{
  save_form (self);
}

static void
on_cancel_clicked_cb (GtkButton              *button,
                      LacunaParticipantsView *self)
{
  g_autofree char *uuid = g_strdup (self->editing_uuid);

  hide_error (self);
  close_form (self, uuid);
}

static void
on_entry_activate_cb (GtkEntry               *entry,
                      LacunaParticipantsView *self)
{
  save_form (self);
}

static void
on_row_activated_cb (GtkTreeView            *tree,
                     GtkTreePath            *path,
                     GtkTreeViewColumn      *column,
                     LacunaParticipantsView *self)
{
  edit_selected (self);
}

static void
on_selection_changed_cb (GtkTreeSelection       *selection,
                         LacunaParticipantsView *self)
{
  g_autofree char *uuid = selected_uuid (self);

  /* The question was about one person; moving on withdraws it. */
  if (self->removing_uuid != NULL && g_strcmp0 (uuid, self->removing_uuid) != 0)
    cancel_removal (self);
  update_controls (self);
}

static gboolean
on_tree_key_press_cb (GtkWidget              *widget,
                      GdkEventKey            *event,
                      LacunaParticipantsView *self)
{
  if (event->keyval != GDK_KEY_Delete && event->keyval != GDK_KEY_KP_Delete)
    return GDK_EVENT_PROPAGATE;
  ask_removal (self);
  return GDK_EVENT_STOP;
}

static gboolean
on_form_key_press_cb (GtkWidget              *widget,
                      GdkEventKey            *event,
                      LacunaParticipantsView *self)
{
  if (event->keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;
  on_cancel_clicked_cb (NULL, self);
  return GDK_EVENT_STOP;
}

/**
 * lacuna_participants_view_set_store:
 * @store: (nullable): the assessment; NULL empties the view
 *
 * Not owned: the caller keeps it alive until the next call or the view's
 * destruction. Calling again with the same store reads the participants
 * again, keeping an open form as it is.
 */
void
lacuna_participants_view_set_store (LacunaParticipantsView *self,
                                    LacunaStore            *store)
{
  g_autofree char *selected = NULL;

  g_return_if_fail (LACUNA_IS_PARTICIPANTS_VIEW (self));

  selected = selected_uuid (self);
  if (store != self->store)
    {
      /* What was typed belongs to the file it was typed for. */
      if (self->editing)
        close_form (self, NULL);
      cancel_removal (self);
      hide_error (self);
      self->store = store;
      build_pillar_checks (self);
      g_clear_pointer (&selected, g_free);
    }
  fill_list (self, selected);
  if (self->editing && !is_writable (self))
    close_form (self, selected);
  update_controls (self);
}

static void
lacuna_participants_view_dispose (GObject *object)
{
  LacunaParticipantsView *self = LACUNA_PARTICIPANTS_VIEW (object);

  self->store = NULL;
  G_OBJECT_CLASS (lacuna_participants_view_parent_class)->dispose (object);
}

static void
lacuna_participants_view_finalize (GObject *object)
{
  LacunaParticipantsView *self = LACUNA_PARTICIPANTS_VIEW (object);

  g_ptr_array_unref (self->pillar_checks);
  g_free (self->editing_uuid);
  g_strfreev (self->kept_pillars);
  g_free (self->removing_uuid);
  G_OBJECT_CLASS (lacuna_participants_view_parent_class)->finalize (object);
}

static void
lacuna_participants_view_class_init (LacunaParticipantsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lacuna_participants_view_dispose;
  object_class->finalize = lacuna_participants_view_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lacuna/Lacuna/lacuna-participants-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaParticipantsView, name)
  BIND (error_bar);
  BIND (error_label);
  BIND (read_only_label);
  BIND (page_stack);
  BIND (participant_tree);
  BIND (participant_model);
  BIND (add_button);
  BIND (edit_button);
  BIND (remove_button);
  BIND (remove_bar);
  BIND (remove_label);
  BIND (form_title_label);
  BIND (name_entry);
  BIND (institution_entry);
  BIND (role_entry);
  BIND (contact_entry);
  BIND (pillars_label);
  BIND (pillars_grid);
  BIND (save_button);
  BIND (cancel_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tree_key_press_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_form_key_press_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);
}

static void
lacuna_participants_view_init (LacunaParticipantsView *self)
{
  GtkWidget *remove;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->pillar_checks = g_ptr_array_new ();

  self->keep_button = gtk_info_bar_add_button (self->remove_bar, _("_Keep"), GTK_RESPONSE_CANCEL);
  remove = gtk_info_bar_add_button (self->remove_bar, _("_Remove"), GTK_RESPONSE_ACCEPT);
  gtk_style_context_add_class (gtk_widget_get_style_context (remove), "destructive-action");

  g_signal_connect (gtk_tree_view_get_selection (self->participant_tree), "changed",
                    G_CALLBACK (on_selection_changed_cb), self);
  hide_error (self);
  cancel_removal (self);
  update_controls (self);
}

LacunaParticipantsView *
lacuna_participants_view_new (void)
{
  return g_object_new (LACUNA_TYPE_PARTICIPANTS_VIEW, NULL);
}
