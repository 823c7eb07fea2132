/* lacuna-merge-dialog.c — bringing another copy's work into the open
 * assessment, and settling what both copies changed
 *
 * Every decision about what to take, what conflicts and what a choice does
 * is the core's (lacuna_store_merge); the dialog only gathers choices and
 * shows the report. It opens on the core's preview, which writes nothing:
 * how many changes would be taken and which conflicts need a person. The
 * first Merge takes those changes and applies the choices made; later
 * merges carry the remaining choices, and the core has then already taken
 * the rest, so they settle conflicts and nothing else (unless the other
 * copy changed meanwhile).
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lacuna-accessibility.h"
#include "lacuna-merge-dialog.h"
#include "merge.h"

struct _LacunaMergeDialog {
  GtkDialog          parent_instance;

  GtkInfoBar        *error_bar;
  GtkLabel          *error_label;
  GtkLabel          *intro_label;
  GtkLabel          *summary_label;
  GtkWidget         *keep_all_button;
  GtkWidget         *take_all_button;
  GtkScrolledWindow *conflict_scroller;
  GtkBox            *conflict_box;
  GtkWidget         *merge_button;
  GtkWidget         *close_button;

  LacunaStore       *store;         /* borrowed */
  char              *other_path;
  gboolean           previewed;     /* the core accepted the other copy */
  gboolean           merged_once;
  guint              pending;       /* changes the first merge will take */
  guint              taken;         /* over every merge this dialog ran */
  guint              resolved;
  guint              remaining;
};

G_DEFINE_FINAL_TYPE (LacunaMergeDialog, lacuna_merge_dialog, GTK_TYPE_DIALOG)

enum {
  SIGNAL_MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Where each conflict row keeps its radio buttons, by choice. */
static const char *const choice_names[] = {
  [LACUNA_MERGE_ASK] = "decide-later",
  [LACUNA_MERGE_KEEP_MINE] = "keep-mine",
  [LACUNA_MERGE_TAKE_THEIRS] = "take-theirs",
};

static void
show_error (LacunaMergeDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

static void
hide_error (LacunaMergeDialog *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

static GtkToggleButton *
row_radio (GtkWidget         *row,
           LacunaMergeChoice  choice)
{
  return g_object_get_data (G_OBJECT (row), choice_names[choice]);
}

static LacunaMergeChoice
row_choice (GtkWidget *row)
{
  if (gtk_toggle_button_get_active (row_radio (row, LACUNA_MERGE_KEEP_MINE)))
    return LACUNA_MERGE_KEEP_MINE;
  if (gtk_toggle_button_get_active (row_radio (row, LACUNA_MERGE_TAKE_THEIRS)))
    return LACUNA_MERGE_TAKE_THEIRS;
  return LACUNA_MERGE_ASK;
}

static GList *
conflict_rows (LacunaMergeDialog *self)
{
  return gtk_container_get_children (GTK_CONTAINER (self->conflict_box));
}

static void
update_controls (LacunaMergeDialog *self)
{
  g_autoptr(GList) rows = conflict_rows (self);
  gboolean decided = FALSE;

  for (GList *l = rows; l != NULL && !decided; l = l->next)
    decided = row_choice (l->data) != LACUNA_MERGE_ASK;

  gtk_widget_set_sensitive (self->keep_all_button, rows != NULL);
  gtk_widget_set_sensitive (self->take_all_button, rows != NULL);
  /* With nothing to take and nothing decided a merge would write nothing. */
  gtk_widget_set_sensitive (self->merge_button,
                            decided || (self->previewed && !self->merged_once && self->pending > 0));
}

static void
update_summary (LacunaMergeDialog *self)
{
  g_autofree char *taken = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *remaining = NULL;
  g_autofree char *summary = NULL;

  if (!self->previewed)
    {
      gtk_label_set_text (self->intro_label, _("Nothing was merged: this assessment is as it was."));
      gtk_label_set_text (self->summary_label, "");
      return;
    }

  if (!self->merged_once)
    {
      g_autofree char *to_take = NULL;
      g_autofree char *to_decide = NULL;

      if (self->pending == 0 && self->remaining == 0)
        gtk_label_set_text (self->intro_label,
                            _("This assessment already has everything the other copy changed: there is nothing to merge."));
      else
        gtk_label_set_text (self->intro_label,
                            _("Nothing has been written yet. Merge takes what only the other copy changed. Where "
                              "both copies changed something differently (below), choose which version to keep; "
                              "anything left to decide later stays as it is here."));
      to_take = g_strdup_printf (ngettext ("%u change to take", "%u changes to take", self->pending), self->pending);
      to_decide = g_strdup_printf (ngettext ("%u conflict to decide", "%u conflicts to decide", self->remaining),
                                   self->remaining);
      /* TRANSLATORS: what merging would do: changes to take, then
       * conflicts to decide. */
      summary = g_strdup_printf (_("%s, %s."), to_take, to_decide);
      gtk_label_set_text (self->summary_label, summary);
      return;
    }

  if (self->remaining > 0)
    gtk_label_set_text (self->intro_label,
                        _("What only the other copy changed is now in this assessment. Both copies changed "
                          "the things below, differently: choose which version to keep, then Merge. "
                          "Anything left to decide later stays as it is here."));
  else
    gtk_label_set_text (self->intro_label,
                        _("Everything the other copy changed is now in this assessment; nothing is left to decide."));

  taken = g_strdup_printf (ngettext ("%u change taken", "%u changes taken", self->taken), self->taken);
  resolved = g_strdup_printf (ngettext ("%u conflict settled", "%u conflicts settled", self->resolved),
                              self->resolved);
  remaining = g_strdup_printf (ngettext ("%u conflict left to decide", "%u conflicts left to decide",
                                         self->remaining),
                               self->remaining);
  /* TRANSLATORS: the three counts of a merge, in this order: changes taken,
   * conflicts settled, conflicts left. */
  summary = g_strdup_printf (_("%s, %s, %s."), taken, resolved, remaining);
  gtk_label_set_text (self->summary_label, summary);
}

static GtkWidget *
make_label (const char *text,
            gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  if (wrap)
    {
      gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_line_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      /* Otherwise a long description asks for one line and widens the
       * dialog past the screen. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  return label;
}

static char *
describe_side (const char *value,
               const char *by)
{
  if (by == NULL || *by == '\0')
    return g_strdup (value != NULL ? value : "");
  /* TRANSLATORS: one copy's version of a conflicting item, then who last
   * changed it there. */
  return g_strdup_printf (_("%s (changed by %s)"), value != NULL ? value : "", by);
}

static void
on_choice_toggled_cb (GtkToggleButton   *radio,
                      LacunaMergeDialog *self)
{
  update_controls (self);
}

/* The same three words are on every row: a screen reader needs to hear
 * which conflict each button settles. */
static char *
describe_choice (LacunaMergeChoice  choice,
                 const char        *label)
{
  switch (choice)
    {
    case LACUNA_MERGE_KEEP_MINE:
      /* TRANSLATORS: accessible name of a radio button; %s is the conflict. */
      return g_strdup_printf (_("Keep mine: %s"), label);
    case LACUNA_MERGE_TAKE_THEIRS:
      /* TRANSLATORS: accessible name of a radio button; %s is the conflict. */
      return g_strdup_printf (_("Take theirs: %s"), label);
    case LACUNA_MERGE_ASK:
    default:
      /* TRANSLATORS: accessible name of a radio button; %s is the conflict. */
      return g_strdup_printf (_("Decide later: %s"), label);
    }
}

/* Built here rather than in the template: there is one per conflict, and
 * only the core's report knows how many. */
static GtkWidget *
build_row (LacunaMergeDialog         *self,
           const LacunaMergeConflict *conflict,
           gboolean                   first)
{
  static const char *const choice_labels[] = {
    [LACUNA_MERGE_ASK] = N_("Decide later"),
    [LACUNA_MERGE_KEEP_MINE] = N_("Keep mine"),
    [LACUNA_MERGE_TAKE_THEIRS] = N_("Take theirs"),
  };
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title, *caption, *value;
  GtkRadioButton *group = NULL;
  PangoAttrList *bold = pango_attr_list_new ();
  g_autofree char *mine = describe_side (conflict->mine, conflict->mine_by);
  g_autofree char *theirs = describe_side (conflict->theirs, conflict->theirs_by);

  g_object_set_data_full (G_OBJECT (row), LACUNA_MERGE_DIALOG_CONFLICT_KEY, lacuna_merge_conflict_id (conflict), g_free);

  if (!first)
    gtk_box_pack_start (GTK_BOX (row), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), FALSE, FALSE, 6);

  title = make_label (conflict->label, TRUE);
  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (title), bold);
  pango_attr_list_unref (bold);
  gtk_box_pack_start (GTK_BOX (row), title, FALSE, FALSE, 0);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  caption = make_label (_("This copy"), FALSE);
  gtk_style_context_add_class (gtk_widget_get_style_context (caption), "dim-label");
  value = make_label (mine, TRUE);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_grid_attach (GTK_GRID (grid), caption, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), value, 1, 0, 1, 1);
  caption = make_label (_("Other copy"), FALSE);
  gtk_style_context_add_class (gtk_widget_get_style_context (caption), "dim-label");
  value = make_label (theirs, TRUE);
  gtk_grid_attach (GTK_GRID (grid), caption, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), value, 1, 1, 1, 1);
  gtk_box_pack_start (GTK_BOX (row), grid, FALSE, FALSE, 0);

  for (guint c = 0; c < G_N_ELEMENTS (choice_labels); c++)
    {
      GtkWidget *radio = gtk_radio_button_new_with_label_from_widget (group, _(choice_labels[c]));
      g_autofree char *accessible = describe_choice (c, conflict->label);

      group = GTK_RADIO_BUTTON (radio);
      gtk_widget_set_name (radio, choice_names[c]);
      atk_object_set_name (gtk_widget_get_accessible (radio), accessible);
      g_object_set_data (G_OBJECT (row), choice_names[c], radio);
      g_signal_connect (radio, "toggled", G_CALLBACK (on_choice_toggled_cb), self);
      gtk_box_pack_start (GTK_BOX (choices), radio, FALSE, FALSE, 0);
    }
  gtk_box_pack_start (GTK_BOX (row), choices, FALSE, FALSE, 0);

  gtk_widget_show_all (row);
  return row;
}

static void
show_conflicts (LacunaMergeDialog *self,
                GPtrArray         *conflicts)
{
  g_autoptr(GList) old = conflict_rows (self);

  for (GList *l = old; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  for (guint i = 0; i < conflicts->len; i++)
    gtk_box_pack_start (self->conflict_box, build_row (self, g_ptr_array_index (conflicts, i), i == 0), FALSE, FALSE,
                        0);
  gtk_widget_set_visible (GTK_WIDGET (self->conflict_scroller), conflicts->len > 0);
  gtk_widget_set_visible (self->keep_all_button, conflicts->len > 0);
  gtk_widget_set_visible (self->take_all_button, conflicts->len > 0);
}

/* Merge turns insensitive once it has run, which would leave keyboard
 * users nowhere: they land on the next thing to decide, or on Close. */
static void
focus_next_decision (LacunaMergeDialog *self)
{
  g_autoptr(GList) rows = conflict_rows (self);

  if (rows != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row_radio (rows->data, LACUNA_MERGE_ASK)));
  else
    gtk_widget_grab_focus (self->close_button);
}

/* Runs the core's merge with the choices the rows hold. On a refusal the
 * core has written nothing, so the rows stay as the team left them. */
static gboolean
merge (LacunaMergeDialog  *self,
       GError            **error)
{
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GList) rows = conflict_rows (self);
  g_autoptr(LacunaMergeReport) report = NULL;
  g_autoptr(GError) local_error = NULL;

  for (GList *l = rows; l != NULL; l = l->next)
    {
      LacunaMergeChoice choice = row_choice (l->data);

      /* The ids belong to the rows, which live until show_conflicts (). */
      if (choice != LACUNA_MERGE_ASK)
        g_hash_table_insert (choices, g_object_get_data (l->data, LACUNA_MERGE_DIALOG_CONFLICT_KEY),
                             GINT_TO_POINTER (choice));
    }

  report = lacuna_store_merge (self->store, self->other_path, choices, g_get_real_name (), &local_error);
  if (report == NULL)
    {
      show_error (self, local_error->message);
      update_summary (self);
      if (!self->previewed)
        gtk_widget_grab_focus (self->close_button);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  hide_error (self);
  self->merged_once = TRUE;
  self->taken += report->taken;
  self->resolved += report->resolved;
  self->remaining = report->conflicts->len;
  g_clear_pointer (&choices, g_hash_table_unref);
  show_conflicts (self, report->conflicts);
  update_summary (self);
  update_controls (self);
  focus_next_decision (self);

  if (report->taken > 0 || report->resolved > 0)
    g_signal_emit (self, signals[SIGNAL_MERGED], 0);
  return TRUE;
}

/* What a merge would do, shown before anything is written. */
static void
preview (LacunaMergeDialog *self)
{
  g_autoptr(LacunaMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = lacuna_store_merge_preview (self->store, self->other_path, NULL, &error);
  if (report == NULL)
    {
      show_error (self, error->message);
      update_summary (self);
      update_controls (self);
      gtk_widget_grab_focus (self->close_button);
      return;
    }
  self->previewed = TRUE;
  self->pending = report->taken;
  self->remaining = report->conflicts->len;
  show_conflicts (self, report->conflicts);
  update_summary (self);
  update_controls (self);
  focus_next_decision (self);
}

/**
 * lacuna_merge_dialog_run_merge:
 *
 * Applies the choices made in the list, as "Merge" does; conflicts left
 * to decide later stay listed. On failure the core's message is shown in
 * the dialog, returned in @error, and nothing is written.
 */
gboolean
lacuna_merge_dialog_run_merge (LacunaMergeDialog  *self,
                               GError            **error)
{
  g_return_val_if_fail (LACUNA_IS_MERGE_DIALOG (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return merge (self, error);
}

static void
set_all (LacunaMergeDialog *self,
         LacunaMergeChoice  choice)
{
  g_autoptr(GList) rows = conflict_rows (self);

  for (GList *l = rows; l != NULL; l = l->next)
    gtk_toggle_button_set_active (row_radio (l->data, choice), TRUE);
}

static void
on_keep_all_clicked_cb (GtkButton         *button,
                        LacunaMergeDialog *self)
{
  set_all (self, LACUNA_MERGE_KEEP_MINE);
}

static void
on_take_all_clicked_cb (GtkButton         *button,
                        LacunaMergeDialog *self)
{
  set_all (self, LACUNA_MERGE_TAKE_THEIRS);
}

/* "Merge" is an action widget so that it sits in the header bar, but it
 * must not end gtk_dialog_run () or look like a close to the owner: the
 * response is handled here and stopped. This handler is connected in init,
 * so it runs before any the owner adds. */
static void
on_response_cb (GtkDialog         *dialog,
                int                response,
                LacunaMergeDialog *self)
{
  if (response != GTK_RESPONSE_APPLY)
    return;
  g_signal_stop_emission_by_name (dialog, "response");
  merge (self, NULL);
}

static void
on_error_bar_response_cb (GtkInfoBar        *bar,
                          int                response,
                          LacunaMergeDialog *self)
{
  hide_error (self);
}

static void
lacuna_merge_dialog_dispose (GObject *object)
{
  LacunaMergeDialog *self = LACUNA_MERGE_DIALOG (object);

  self->store = NULL;

  G_OBJECT_CLASS (lacuna_merge_dialog_parent_class)->dispose (object);
}

static void
lacuna_merge_dialog_finalize (GObject *object)
{
  LacunaMergeDialog *self = LACUNA_MERGE_DIALOG (object);

  g_free (self->other_path);

  G_OBJECT_CLASS (lacuna_merge_dialog_parent_class)->finalize (object);
}

static void
lacuna_merge_dialog_class_init (LacunaMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lacuna_merge_dialog_dispose;
  object_class->finalize = lacuna_merge_dialog_finalize;

  signals[SIGNAL_MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-merge-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaMergeDialog, name)
  BIND (error_bar);
  BIND (error_label);
  BIND (intro_label);
  BIND (summary_label);
  BIND (keep_all_button);
  BIND (take_all_button);
  BIND (conflict_scroller);
  BIND (conflict_box);
  BIND (merge_button);
  BIND (close_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_keep_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_take_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);
}

static void
lacuna_merge_dialog_init (LacunaMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lacuna_accessibility_name_info_bar_close (self->error_bar);

  /* Tabbing down the list scrolls it along. */
  gtk_container_set_focus_vadjustment (GTK_CONTAINER (self->conflict_box),
                                       gtk_scrolled_window_get_vadjustment (self->conflict_scroller));
  g_signal_connect (self, "response", G_CALLBACK (on_response_cb), self);
}

/**
 * lacuna_merge_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the open assessment, borrowed while the dialog lives
 * @other_path: another copy of the same assessment
 *
 * Shows what a merge would do, without writing anything; a refusal by
 * the core is shown in the dialog.
 */
LacunaMergeDialog *
lacuna_merge_dialog_new (GtkWindow   *parent,
                         LacunaStore *store,
                         const char  *other_path)
{
  LacunaMergeDialog *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (other_path != NULL, NULL);

  /* use-header-bar is construct-only, so it cannot come from the
   * template, which is applied to an object already built. */
  self = g_object_new (LACUNA_TYPE_MERGE_DIALOG,
                       "use-header-bar", TRUE,
                       "transient-for", parent,
                       NULL);
  self->store = store;
  self->other_path = g_strdup (other_path);

  name = g_filename_display_basename (other_path);
  gtk_header_bar_set_subtitle (GTK_HEADER_BAR (gtk_dialog_get_header_bar (GTK_DIALOG (self))), name);

  preview (self);
  return self;
}
