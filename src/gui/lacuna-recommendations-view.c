/* lacuna-recommendations-view.c — the ranked recommendations, and how the
 * team plans each one
 *
 * The order, the tiers and the rationale all come from the analysis: this
 * view only shows them. What it edits is the team's plan for one measure
 * (urgency, institutions, timeframe), saved through the store like any other
 * answer; the owner then re-runs the analysis and hands it back, so the team
 * sees at once where its change moved the measure.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lacuna-recommendations-view.h"
#include "names.h"

struct _LacunaRecommendationsView {
  GtkBox                parent_instance;

  GtkInfoBar           *error_bar;
  GtkLabel             *error_label;
  GtkScrolledWindow    *list_scroller;
  GtkListBox           *recommendation_list;
  GtkStack             *detail_stack;
  GtkLabel             *rank_label;
  GtkLabel             *tier_label;
  GtkLabel             *id_label;
  GtkLabel             *title_label;
  GtkLabel             *rationale_label;
  GtkLabel             *action_label;
  GtkComboBoxText      *urgency_combo;
  GtkEntry             *reason_entry;
  GtkWidget            *reason_hint;
  GtkEntry             *responsible_entry;
  GtkEntry             *timeframe_entry;
  GtkWidget            *read_only_label;
  GtkWidget            *save_button;
  GtkWidget            *revert_button;
  GtkWidget            *open_button;

  LacunaStore          *store;          /* borrowed; NULL: read only */
  const LacunaAnalysis *analysis;       /* borrowed */
  char                 *selected_id;    /* the measure the plan form shows */
  int                   selected_index; /* its row, to land near it if it goes */
  gboolean              loading;        /* filling the form: not an edit */
  gboolean              dirty;          /* the form differs from the store */
  gboolean              rebuilding;     /* row-selected is ours, not the user's */
  gboolean              scroll_pending; /* bring the selected row into view */
  guint                 changed_idle;
  char                 *changed_id;
};

G_DEFINE_FINAL_TYPE (LacunaRecommendationsView, lacuna_recommendations_view, GTK_TYPE_BOX)

enum {
  SIGNAL_MEASURE_ACTIVATED,
  SIGNAL_ANSWER_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *const tier_classes[LACUNA_N_TIERS] = {
  [LACUNA_TIER_URGENT] = "tier-urgent",
  [LACUNA_TIER_IMPORTANT] = "tier-important",
  [LACUNA_TIER_ADVISORY] = "tier-advisory",
};

static gboolean
is_writable (LacunaRecommendationsView *self)
{
  return self->store != NULL && !lacuna_store_is_read_only (self->store);
}

static const LacunaRecommendation *
find_recommendation (LacunaRecommendationsView *self,
                     const char                *measure_id)
{
  if (self->analysis == NULL || measure_id == NULL)
    return NULL;
  for (guint i = 0; i < self->analysis->recommendations->len; i++)
    {
      const LacunaRecommendation *recommendation = g_ptr_array_index (self->analysis->recommendations, i);

      if (g_strcmp0 (recommendation->measure->id, measure_id) == 0)
        return recommendation;
    }
  return NULL;
}

static const char *
row_measure_id (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), LACUNA_RECOMMENDATIONS_VIEW_ROW_MEASURE_KEY) : NULL;
}

static GtkListBoxRow *
find_row (LacunaRecommendationsView *self,
          const char                *measure_id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->recommendation_list, i)) != NULL; i++)
    if (g_strcmp0 (row_measure_id (row), measure_id) == 0)
      return row;
  return NULL;
}

static void
set_tier_class (GtkWidget  *badge,
                LacunaTier  tier)
{
  GtkStyleContext *context = gtk_widget_get_style_context (badge);

  for (guint i = 0; i < LACUNA_N_TIERS; i++)
    gtk_style_context_remove_class (context, tier_classes[i]);
  if (tier < LACUNA_N_TIERS)
    gtk_style_context_add_class (context, tier_classes[tier]);
}

/* The plan in one line, so the list alone shows which recommendations
 * still lack an owner or a date. */
static char *
describe_plan (const LacunaAnswer *answer)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (answer == NULL)
    return g_strdup (_("No institution or timeframe recorded yet."));
  if (!lacuna_text_is_blank (answer->responsible))
    g_ptr_array_add (parts, g_strdup_printf (_("Responsible: %s"), answer->responsible));
  if (!lacuna_text_is_blank (answer->timeframe))
    g_ptr_array_add (parts, g_strdup_printf (_("Timeframe: %s"), answer->timeframe));
  if (answer->urgency == LACUNA_URGENCY_HIGHER)
    g_ptr_array_add (parts, g_strdup (_("Urgency raised by the team")));
  else if (answer->urgency == LACUNA_URGENCY_LOWER)
    g_ptr_array_add (parts, g_strdup (_("Urgency lowered by the team")));
  if (parts->len == 0)
    return g_strdup (_("No institution or timeframe recorded yet."));
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: separates the parts of a recommendation's plan. */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static GtkWidget *
make_label (const char *text,
            const char *style_class,
            gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (label), wrap);
  if (wrap)
    {
      gtk_label_set_line_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      /* Without it a wrapping label asks for its whole text on one line
       * and pushes the list wider than the pane. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  if (style_class != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), style_class);
  return label;
}

/* The rows are built here rather than in the template: there is one per
 * recommendation, and their number is only known from the analysis. */
static GtkWidget *
build_row (const LacunaRecommendation *recommendation)
{
  const LacunaMeasure *measure = recommendation->measure;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *rank, *tier, *id, *title, *rationale, *plan;
  g_autofree char *rank_text = g_strdup_printf ("%u", recommendation->rank);
  g_autofree char *plan_text = describe_plan (recommendation->answer);
  g_autofree char *accessible = NULL;

  g_object_set_data_full (G_OBJECT (row), LACUNA_RECOMMENDATIONS_VIEW_ROW_MEASURE_KEY, g_strdup (measure->id), g_free);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  g_object_set (grid, "margin-start", 10, "margin-end", 10, "margin-top", 8, "margin-bottom", 8, NULL);

  rank = make_label (rank_text, "recommendation-rank", FALSE);
  gtk_label_set_xalign (GTK_LABEL (rank), 1.0);
  gtk_widget_set_valign (rank, GTK_ALIGN_START);
  gtk_label_set_width_chars (GTK_LABEL (rank), 3);
  gtk_grid_attach (GTK_GRID (grid), rank, 0, 0, 1, 4);

  tier = make_label (lacuna_tier_label (recommendation->tier), "tier-badge", FALSE);
  set_tier_class (tier, recommendation->tier);
  id = make_label (measure->id, "measure-id", FALSE);
  gtk_box_pack_start (GTK_BOX (heading), tier, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (heading), id, FALSE, FALSE, 0);
  gtk_grid_attach (GTK_GRID (grid), heading, 1, 0, 1, 1);

  title = make_label (_(measure->title), "recommendation-title", TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_grid_attach (GTK_GRID (grid), title, 1, 1, 1, 1);

  rationale = make_label (recommendation->rationale, NULL, TRUE);
  gtk_grid_attach (GTK_GRID (grid), rationale, 1, 2, 1, 1);

  plan = make_label (plan_text, "recommendation-plan", TRUE);
  gtk_grid_attach (GTK_GRID (grid), plan, 1, 3, 1, 1);

  gtk_container_add (GTK_CONTAINER (row), grid);
  gtk_widget_show_all (row);

  /* A screen reader reads the row as one sentence, not as loose labels. */
  accessible = g_strdup_printf (_("Rank %u, %s: %s %s. %s %s"), recommendation->rank,
                                lacuna_tier_label (recommendation->tier), measure->id, _(measure->title),
                                recommendation->rationale != NULL ? recommendation->rationale : "", plan_text);
  atk_object_set_name (gtk_widget_get_accessible (row), accessible);
  return row;
}

static void
hide_error (LacunaRecommendationsView *self)
{
  gtk_widget_hide (GTK_WIDGET (self->error_bar));
}

static void
show_error (LacunaRecommendationsView *self,
            const char                *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_show (GTK_WIDGET (self->error_bar));
}

static LacunaUrgency
chosen_urgency (LacunaRecommendationsView *self)
{
  LacunaUrgency urgency;

  if (!lacuna_urgency_from_string (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->urgency_combo)), &urgency))
    return LACUNA_URGENCY_NORMAL;
  return urgency;
}

static void
update_controls (LacunaRecommendationsView *self)
{
  gboolean writable = is_writable (self);
  gboolean adjusted = chosen_urgency (self) != LACUNA_URGENCY_NORMAL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->urgency_combo), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_entry), writable && adjusted);
  gtk_widget_set_sensitive (GTK_WIDGET (self->responsible_entry), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->timeframe_entry), writable);
  gtk_widget_set_visible (self->read_only_label, !writable);
  gtk_widget_set_visible (self->save_button, writable);
  gtk_widget_set_visible (self->revert_button, writable);
  gtk_widget_set_sensitive (self->save_button, writable && self->dirty);
  gtk_widget_set_sensitive (self->revert_button, writable && self->dirty);
  /* Said before saving, so the team is not surprised by a refusal. */
  gtk_widget_set_visible (self->reason_hint,
                          writable && adjusted && lacuna_text_is_blank (gtk_entry_get_text (self->reason_entry)));
}

/* The parts of the form that the analysis decides: safe to refresh even
 * while the team's own edits are kept. */
static void
show_ranking (LacunaRecommendationsView  *self,
              const LacunaRecommendation *recommendation)
{
  g_autofree char *rank = NULL;

  rank = g_strdup_printf (_("Rank %u of %u"), recommendation->rank, self->analysis->recommendations->len);
  gtk_label_set_text (self->rank_label, rank);
  gtk_label_set_text (self->tier_label, lacuna_tier_label (recommendation->tier));
  set_tier_class (GTK_WIDGET (self->tier_label), recommendation->tier);
  gtk_label_set_text (self->id_label, recommendation->measure->id);
  gtk_label_set_text (self->title_label, _(recommendation->measure->title));
  gtk_label_set_text (self->rationale_label, recommendation->rationale != NULL ? recommendation->rationale : "");
  gtk_label_set_text (self->action_label,
                      recommendation->measure->recommendation != NULL ? _(recommendation->measure->recommendation)
                                                                      : "");
}

static void
show_plan (LacunaRecommendationsView  *self,
           const LacunaRecommendation *recommendation)
{
  const LacunaAnswer *answer = recommendation->answer;

  self->loading = TRUE;
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->urgency_combo),
                               lacuna_urgency_to_string (answer != NULL ? answer->urgency : LACUNA_URGENCY_NORMAL));
  gtk_entry_set_text (self->reason_entry, answer != NULL && answer->urgency_reason != NULL ? answer->urgency_reason
                                                                                          : "");
  gtk_entry_set_text (self->responsible_entry, answer != NULL && answer->responsible != NULL ? answer->responsible
                                                                                             : "");
  gtk_entry_set_text (self->timeframe_entry, answer != NULL && answer->timeframe != NULL ? answer->timeframe : "");
  self->loading = FALSE;
  self->dirty = FALSE;
  update_controls (self);
}

static void
show_detail (LacunaRecommendationsView  *self,
             const LacunaRecommendation *recommendation)
{
  if (recommendation == NULL)
    {
      self->dirty = FALSE;
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }
  show_ranking (self, recommendation);
  show_plan (self, recommendation);
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static gboolean
emit_changed_idle_cb (gpointer data)
{
  LacunaRecommendationsView *self = data;
  g_autofree char *measure_id = g_steal_pointer (&self->changed_id);

  self->changed_idle = 0;
  g_signal_emit (self, signals[SIGNAL_ANSWER_CHANGED], 0, measure_id);
  return G_SOURCE_REMOVE;
}

/* Writes the form over a copy of the stored answer, so that what the form
 * does not show (levels, evidence…) is kept as it is.
 *
 * defer: the owner answers "answer-changed" by handing over a new analysis,
 * which rebuilds the list. From inside the list's own selection handling
 * that would pull the rows out from under GTK, so there the signal waits
 * for the main loop. */
static gboolean
save_plan (LacunaRecommendationsView *self,
           gboolean                   defer)
{
  g_autoptr(LacunaAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *measure_id = NULL;

  if (!self->dirty || !is_writable (self) || self->selected_id == NULL)
    return TRUE;

  measure_id = g_strdup (self->selected_id);
  answer = lacuna_store_get_answer (self->store, measure_id);
  if (answer == NULL)
    answer = lacuna_answer_new (measure_id);
  answer->urgency = chosen_urgency (self);
  g_free (answer->urgency_reason);
  /* A reason explains an adjustment; with none left, it would mislead. */
  answer->urgency_reason = answer->urgency != LACUNA_URGENCY_NORMAL ? g_strdup (gtk_entry_get_text (self->reason_entry))
                                                                    : NULL;
  g_free (answer->responsible), answer->responsible = g_strdup (gtk_entry_get_text (self->responsible_entry));
  g_free (answer->timeframe), answer->timeframe = g_strdup (gtk_entry_get_text (self->timeframe_entry));

  if (!lacuna_store_set_answer (self->store, answer, g_get_real_name (), &error))
    {
      show_error (self, error->message);
      if (answer->urgency != LACUNA_URGENCY_NORMAL && lacuna_text_is_blank (answer->urgency_reason))
        gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
      return FALSE;
    }

  hide_error (self);
  self->dirty = FALSE;
  update_controls (self);
  if (defer)
    {
      g_free (self->changed_id);
      self->changed_id = g_steal_pointer (&measure_id);
      if (self->changed_idle == 0)
        self->changed_idle = g_idle_add (emit_changed_idle_cb, self);
    }
  else
    /* The handler may replace the analysis, and with it this view's rows. */
    g_signal_emit (self, signals[SIGNAL_ANSWER_CHANGED], 0, measure_id);
  return TRUE;
}

static void
select_row_quietly (LacunaRecommendationsView *self,
                    GtkListBoxRow             *row)
{
  gboolean rebuilding = self->rebuilding;

  self->rebuilding = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->recommendation_list, row);
  else
    gtk_list_box_unselect_all (self->recommendation_list);
  self->rebuilding = rebuilding;
}

static gboolean
list_has_focus (LacunaRecommendationsView *self)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));
  GtkWidget *focus = GTK_IS_WINDOW (toplevel) ? gtk_window_get_focus (GTK_WINDOW (toplevel)) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self->recommendation_list) ||
                           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->recommendation_list)));
}

static void
on_row_selected_cb (GtkListBox                *list,
                    GtkListBoxRow             *row,
                    LacunaRecommendationsView *self)
{
  const char *measure_id = row_measure_id (row);

  if (self->rebuilding || g_strcmp0 (measure_id, self->selected_id) == 0)
    return;

  /* Moving on keeps what was typed for the previous measure. When the
   * store refuses it, the team is taken back to fix it rather than lose it. */
  if (self->dirty && !save_plan (self, TRUE))
    {
      GtkListBoxRow *previous = find_row (self, self->selected_id);
      gboolean focused = list_has_focus (self);

      select_row_quietly (self, previous);
      if (previous != NULL && focused)
        gtk_widget_grab_focus (GTK_WIDGET (previous));
      return;
    }

  g_free (self->selected_id);
  self->selected_id = g_strdup (measure_id);
  self->selected_index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  hide_error (self);
  show_detail (self, find_recommendation (self, measure_id));
}

static void
on_row_activated_cb (GtkListBox                *list,
                     GtkListBoxRow             *row,
                     LacunaRecommendationsView *self)
{
  g_autofree char *measure_id = g_strdup (row_measure_id (row));

  if (measure_id != NULL)
    g_signal_emit (self, signals[SIGNAL_MEASURE_ACTIVATED], 0, measure_id);
}

static void
on_open_clicked_cb (GtkButton                 *button,
                    LacunaRecommendationsView *self)
{
  g_autofree char *measure_id = g_strdup (self->selected_id);

  if (measure_id != NULL)
    g_signal_emit (self, signals[SIGNAL_MEASURE_ACTIVATED], 0, measure_id);
}

static void
on_save_clicked_cb (GtkButton                 *button,
                    LacunaRecommendationsView *self)
{
  save_plan (self, FALSE);
}

static void
on_revert_clicked_cb (GtkButton                 *button,
                      LacunaRecommendationsView *self)
{
  const LacunaRecommendation *recommendation = find_recommendation (self, self->selected_id);

  hide_error (self);
  if (recommendation != NULL)
    show_plan (self, recommendation);
}

static void
on_edited_cb (gpointer                   widget,
              LacunaRecommendationsView *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
  update_controls (self);
}

static void
on_entry_activate_cb (GtkEntry                  *entry,
                      LacunaRecommendationsView *self)
{
  save_plan (self, FALSE);
}

static void
on_error_response_cb (GtkInfoBar                *bar,
                      int                        response,
                      LacunaRecommendationsView *self)
{
  hide_error (self);
}

/* A re-ranked measure may have moved far up or down the list: once the
 * rows have their places, scroll so that it is still in sight. */
static void
on_list_size_allocate_cb (GtkWidget                 *list,
                          GdkRectangle              *allocation,
                          LacunaRecommendationsView *self)
{
  GtkListBoxRow *row;
  GtkAllocation place;

  if (!self->scroll_pending)
    return;
  self->scroll_pending = FALSE;
  row = gtk_list_box_get_selected_row (self->recommendation_list);
  if (row == NULL)
    return;
  /* Rows are placed from the list's top edge, whether or not the list
   * has a window of its own yet, which is what the adjustment counts in. */
  gtk_widget_get_allocation (GTK_WIDGET (row), &place);
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (self->list_scroller),
                             place.y, place.y + place.height);
}

static void
remove_rows (LacunaRecommendationsView *self)
{
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (self->recommendation_list));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
}

/**
 * lacuna_recommendations_view_set_analysis:
 * @store: (nullable): where edits are saved; NULL shows the plan read only
 * @analysis: (nullable): what to show; NULL empties the view
 *
 * Neither is owned: the caller keeps both alive until the next call or the
 * view's destruction. The selected measure stays selected wherever the new
 * ranking puts it, and what the team has typed but not saved is kept.
 */
void
lacuna_recommendations_view_set_analysis (LacunaRecommendationsView *self,
                                          LacunaStore               *store,
                                          const LacunaAnalysis      *analysis)
{
  const LacunaRecommendation *recommendation;
  GtkListBoxRow *row = NULL;
  gboolean focused;

  g_return_if_fail (LACUNA_IS_RECOMMENDATIONS_VIEW (self));

  focused = list_has_focus (self);
  /* Unsaved edits belong to the file they were typed for. */
  if (store != self->store || analysis == NULL)
    self->dirty = FALSE;
  self->store = store;
  self->analysis = analysis;

  self->rebuilding = TRUE;
  remove_rows (self);
  for (guint i = 0; analysis != NULL && i < analysis->recommendations->len; i++)
    gtk_container_add (GTK_CONTAINER (self->recommendation_list),
                       build_row (g_ptr_array_index (analysis->recommendations, i)));
  self->rebuilding = FALSE;

  if (analysis == NULL)
    g_clear_pointer (&self->selected_id, g_free);
  if (self->selected_id != NULL)
    row = find_row (self, self->selected_id);
  /* The measure left the list (its gap is closed): stay where it was. */
  if (row == NULL && self->selected_id != NULL && analysis->recommendations->len > 0)
    {
      int last = (int) (analysis->recommendations->len) - 1;
      row = gtk_list_box_get_row_at_index (self->recommendation_list, MIN (MAX (self->selected_index, 0), last));
      self->dirty = FALSE;
    }
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->recommendation_list, 0);

  select_row_quietly (self, row);
  g_free (self->selected_id);
  self->selected_id = g_strdup (row_measure_id (row));
  self->selected_index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  recommendation = find_recommendation (self, self->selected_id);

  if (recommendation != NULL && self->dirty)
    {
      show_ranking (self, recommendation);
      update_controls (self);
    }
  else
    show_detail (self, recommendation);

  if (row != NULL)
    {
      self->scroll_pending = TRUE;
      if (focused)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

/**
 * lacuna_recommendations_view_select_measure:
 * @measure_id: a measure with a recommendation
 *
 * Selects its row and shows its plan, as a click would (saving what was
 * typed for the previous one). Returns FALSE when the measure is not among
 * the recommendations or the previous plan could not be saved.
 */
gboolean
lacuna_recommendations_view_select_measure (LacunaRecommendationsView *self,
                                            const char                *measure_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LACUNA_IS_RECOMMENDATIONS_VIEW (self), FALSE);

  row = find_row (self, measure_id);
  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (self->recommendation_list, row);
  self->scroll_pending = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self->recommendation_list));
  return g_strcmp0 (self->selected_id, measure_id) == 0;
}

/* The measure whose plan is shown, or NULL. */
const char *
lacuna_recommendations_view_get_selected_measure (LacunaRecommendationsView *self)
{
  g_return_val_if_fail (LACUNA_IS_RECOMMENDATIONS_VIEW (self), NULL);
  return self->selected_id;
}

static void
lacuna_recommendations_view_dispose (GObject *object)
{
  LacunaRecommendationsView *self = LACUNA_RECOMMENDATIONS_VIEW (object);

  g_clear_handle_id (&self->changed_idle, g_source_remove);
  self->store = NULL;
  self->analysis = NULL;
  G_OBJECT_CLASS (lacuna_recommendations_view_parent_class)->dispose (object);
}

static void
lacuna_recommendations_view_finalize (GObject *object)
{
  LacunaRecommendationsView *self = LACUNA_RECOMMENDATIONS_VIEW (object);

  g_free (self->selected_id);
  g_free (self->changed_id);
  G_OBJECT_CLASS (lacuna_recommendations_view_parent_class)->finalize (object);
}

static void
lacuna_recommendations_view_class_init (LacunaRecommendationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lacuna_recommendations_view_dispose;
  object_class->finalize = lacuna_recommendations_view_finalize;

  signals[SIGNAL_MEASURE_ACTIVATED] = g_signal_new ("measure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_ANSWER_CHANGED] = g_signal_new ("answer-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lacuna/Lacuna/lacuna-recommendations-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaRecommendationsView, name)
  BIND (error_bar);
  BIND (error_label);
  BIND (list_scroller);
  BIND (recommendation_list);
  BIND (detail_stack);
  BIND (rank_label);
  BIND (tier_label);
  BIND (id_label);
  BIND (title_label);
  BIND (rationale_label);
  BIND (action_label);
  BIND (urgency_combo);
  BIND (reason_entry);
  BIND (reason_hint);
  BIND (responsible_entry);
  BIND (timeframe_entry);
  BIND (read_only_label);
  BIND (save_button);
  BIND (revert_button);
  BIND (open_button);
#undef BIND
}

static void
lacuna_recommendations_view_init (LacunaRecommendationsView *self)
{
  GtkWidget *placeholder;
  GtkAdjustment *adjustment;
  GtkEntry *entries[3];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->selected_index = -1;

  placeholder = gtk_label_new (_("No recommendation yet: every measure answered so far is fully in place, "
                                 "or nothing has been answered."));
  gtk_label_set_line_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  g_object_set (placeholder, "margin", 18, NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (placeholder), "dim-label");
  gtk_widget_show (placeholder);
  gtk_list_box_set_placeholder (self->recommendation_list, placeholder);

  /* Keyboard moves through the list scroll it along. */
  adjustment = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  gtk_list_box_set_adjustment (self->recommendation_list, adjustment);
  gtk_container_set_focus_vadjustment (GTK_CONTAINER (self->recommendation_list), adjustment);

  g_signal_connect (self->recommendation_list, "row-selected", G_CALLBACK (on_row_selected_cb), self);
  g_signal_connect (self->recommendation_list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->recommendation_list, "size-allocate", G_CALLBACK (on_list_size_allocate_cb), self);
  g_signal_connect (self->error_bar, "response", G_CALLBACK (on_error_response_cb), self);
  g_signal_connect (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  g_signal_connect (self->revert_button, "clicked", G_CALLBACK (on_revert_clicked_cb), self);
  g_signal_connect (self->open_button, "clicked", G_CALLBACK (on_open_clicked_cb), self);
  g_signal_connect (self->urgency_combo, "changed", G_CALLBACK (on_edited_cb), self);

  entries[0] = self->reason_entry;
  entries[1] = self->responsible_entry;
  entries[2] = self->timeframe_entry;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_signal_connect (entries[i], "changed", G_CALLBACK (on_edited_cb), self);
      g_signal_connect (entries[i], "activate", G_CALLBACK (on_entry_activate_cb), self);
    }

  show_detail (self, NULL);
}

LacunaRecommendationsView *
lacuna_recommendations_view_new (void)
{
  return g_object_new (LACUNA_TYPE_RECOMMENDATIONS_VIEW, NULL);
}
