/* lacuna-comparison-dialog.c — the open assessment against a baseline:
 * what improved, what regressed, which gaps closed
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "analysis.h"
#include "comparison.h"
#include "lacuna-accessibility.h"
#include "lacuna-comparison-dialog.h"

struct _LacunaComparisonDialog {
  GtkDialog           parent_instance;

  GtkInfoBar         *error_bar;
  GtkLabel           *error_label;
  GtkLabel           *overall_label;
  GtkLabel           *counts_label;
  GtkListStore       *pillar_store;
  GtkListStore       *measure_store;
  GtkTreeModelFilter *measure_filter;
  GtkTreeView        *measure_view;
  GtkToggleButton    *changed_only_check;

  LacunaStore        *store;           /* borrowed */
  LacunaAnalysis     *baseline;        /* NULL when the baseline could not be read */
  char               *baseline_title;
};

G_DEFINE_FINAL_TYPE (LacunaComparisonDialog, lacuna_comparison_dialog, GTK_TYPE_DIALOG)

enum {
  SIGNAL_MEASURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
score_text (double score)
{
  return isnan (score) ? g_strdup (C_("score", "–")) : g_strdup_printf ("%.0f", score);
}

/* Signed, with a real minus sign, so that a column of changes reads at a
 * glance. */
static char *
delta_text (double before,
            double after)
{
  double delta;

  if (isnan (before) || isnan (after))
    return g_strdup (C_("score", "–"));
  delta = round (after) - round (before);
  if (delta > 0)
    return g_strdup_printf ("+%.0f", delta);
  if (delta < 0)
    return g_strdup_printf ("−%.0f", -delta);
  return g_strdup ("0");
}

static void
show_error (LacunaComparisonDialog *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

static void
show_summary (LacunaComparisonDialog *self,
              const LacunaComparison *comparison)
{
  g_autofree char *before = score_text (comparison->old_overall);
  g_autofree char *after = score_text (comparison->new_overall);
  g_autofree char *delta = delta_text (comparison->old_overall, comparison->new_overall);
  g_autofree char *overall = NULL;
  g_autoptr(GString) counts = g_string_new (NULL);

  /* TRANSLATORS: the overall score of the baseline, of this assessment,
   * and the change between them, e.g. "Overall score: 42 → 57 (+15)". */
  overall = g_strdup_printf (_("Overall score: %s → %s (%s)"), before, after, delta);
  gtk_label_set_text (self->overall_label, overall);

  for (guint c = 0; c < LACUNA_N_CHANGES; c++)
    {
      if (counts->len > 0)
        g_string_append (counts, " · ");
      /* TRANSLATORS: a kind of change and how many measures had it,
       * e.g. "Improved: 12". */
      g_string_append_printf (counts, _("%s: %u"), lacuna_change_label (c), comparison->counts[c]);
    }
  g_string_append (counts, "\n");
  g_string_append_printf (counts, ngettext ("%u gap closed", "%u gaps closed", comparison->gaps_closed),
                          comparison->gaps_closed);
  g_string_append (counts, " · ");
  g_string_append_printf (counts, ngettext ("%u gap opened", "%u gaps opened", comparison->gaps_opened),
                          comparison->gaps_opened);
  gtk_label_set_text (self->counts_label, counts->str);
}

static void
fill_pillars (LacunaComparisonDialog *self,
              const LacunaComparison *comparison)
{
  gtk_list_store_clear (self->pillar_store);
  for (guint i = 0; i < comparison->pillars->len; i++)
    {
      const LacunaScoreDelta *pillar = g_ptr_array_index (comparison->pillars, i);
      g_autofree char *before = score_text (pillar->old_score);
      g_autofree char *after = score_text (pillar->new_score);
      g_autofree char *delta = delta_text (pillar->old_score, pillar->new_score);

      gtk_list_store_insert_with_values (self->pillar_store, NULL, -1,
                                         LACUNA_COMPARISON_PILLAR_ID, pillar->id,
                                         LACUNA_COMPARISON_PILLAR_TITLE, pillar->title,
                                         LACUNA_COMPARISON_PILLAR_BEFORE, before,
                                         LACUNA_COMPARISON_PILLAR_AFTER, after,
                                         LACUNA_COMPARISON_PILLAR_DELTA, delta,
                                         -1);
    }
}

static void
fill_measures (LacunaComparisonDialog *self,
               const LacunaComparison *comparison)
{
  gtk_list_store_clear (self->measure_store);
  for (guint i = 0; i < comparison->measures->len; i++)
    {
      const LacunaMeasureChange *change = g_ptr_array_index (comparison->measures, i);
      g_autofree char *before = score_text (change->old_score);
      g_autofree char *after = score_text (change->new_score);
      const char *gap = change->gap_closed ? _("Gap closed") : change->gap_opened ? _("Gap opened") : "";

      gtk_list_store_insert_with_values (self->measure_store, NULL, -1,
                                         LACUNA_COMPARISON_MEASURE_ID, change->measure_id,
                                         LACUNA_COMPARISON_MEASURE_TITLE, change->title,
                                         LACUNA_COMPARISON_MEASURE_CHANGE, change->change,
                                         LACUNA_COMPARISON_MEASURE_CHANGE_LABEL, lacuna_change_label (change->change),
                                         LACUNA_COMPARISON_MEASURE_BEFORE, before,
                                         LACUNA_COMPARISON_MEASURE_AFTER, after,
                                         LACUNA_COMPARISON_MEASURE_GAP, gap,
                                         -1);
    }
}

/**
 * lacuna_comparison_dialog_refresh:
 *
 * Reads the open assessment again and compares it with the baseline read
 * when the dialog was made.
 */
void
lacuna_comparison_dialog_refresh (LacunaComparisonDialog *self)
{
  g_autoptr(LacunaAnalysis) current = NULL;
  g_autoptr(LacunaComparison) comparison = NULL;

  g_return_if_fail (LACUNA_IS_COMPARISON_DIALOG (self));

  if (self->baseline == NULL || self->store == NULL)
    return;
  current = lacuna_analyse_store (self->store);
  comparison = lacuna_compare (self->baseline, current);
  show_summary (self, comparison);
  fill_pillars (self, comparison);
  fill_measures (self, comparison);
}

static gboolean
measure_visible_func (GtkTreeModel *model,
                      GtkTreeIter  *iter,
                      gpointer      user_data)
{
  LacunaComparisonDialog *self = user_data;
  LacunaChange change;

  if (!gtk_toggle_button_get_active (self->changed_only_check))
    return TRUE;
  gtk_tree_model_get (model, iter, LACUNA_COMPARISON_MEASURE_CHANGE, &change, -1);
  return change != LACUNA_CHANGE_UNCHANGED;
}

static void
on_changed_only_toggled_cb (GtkToggleButton        *check,
                            LacunaComparisonDialog *self)
{
  gtk_tree_model_filter_refilter (self->measure_filter);
}

/* The colour says at a glance which way a measure moved; the words in the
 * same cell say it to everyone else. */
static void
change_cell_data_func (GtkTreeViewColumn *column,
                       GtkCellRenderer   *cell,
                       GtkTreeModel      *model,
                       GtkTreeIter       *iter,
                       gpointer           user_data)
{
  LacunaChange change;

  gtk_tree_model_get (model, iter, LACUNA_COMPARISON_MEASURE_CHANGE, &change, -1);
  g_object_set (cell,
                "weight", change == LACUNA_CHANGE_UNCHANGED ? PANGO_WEIGHT_NORMAL : PANGO_WEIGHT_BOLD,
                "foreground", change == LACUNA_CHANGE_IMPROVED ? "#26a269"
                              : change == LACUNA_CHANGE_REGRESSED ? "#c01c28" : NULL,
                NULL);
}

static void
on_measure_row_activated_cb (GtkTreeView            *view,
                             GtkTreePath            *path,
                             GtkTreeViewColumn      *column,
                             LacunaComparisonDialog *self)
{
  GtkTreeModel *model = gtk_tree_view_get_model (view);
  GtkTreeIter iter;
  g_autofree char *measure_id = NULL;

  if (!gtk_tree_model_get_iter (model, &iter, path))
    return;
  gtk_tree_model_get (model, &iter, LACUNA_COMPARISON_MEASURE_ID, &measure_id, -1);
  g_signal_emit (self, signals[SIGNAL_MEASURE_ACTIVATED], 0, measure_id);
}

static void
on_error_bar_response_cb (GtkInfoBar             *bar,
                          int                     response,
                          LacunaComparisonDialog *self)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

static void
lacuna_comparison_dialog_dispose (GObject *object)
{
  LacunaComparisonDialog *self = LACUNA_COMPARISON_DIALOG (object);

  self->store = NULL;
  G_OBJECT_CLASS (lacuna_comparison_dialog_parent_class)->dispose (object);
}

static void
lacuna_comparison_dialog_finalize (GObject *object)
{
  LacunaComparisonDialog *self = LACUNA_COMPARISON_DIALOG (object);

  g_clear_pointer (&self->baseline, lacuna_analysis_free);
  g_free (self->baseline_title);
  G_OBJECT_CLASS (lacuna_comparison_dialog_parent_class)->finalize (object);
}

static void
lacuna_comparison_dialog_class_init (LacunaComparisonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lacuna_comparison_dialog_dispose;
  object_class->finalize = lacuna_comparison_dialog_finalize;

  signals[SIGNAL_MEASURE_ACTIVATED] = g_signal_new ("measure-activated", G_TYPE_FROM_CLASS (klass),
                                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                    G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lacuna/Lacuna/lacuna-comparison-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaComparisonDialog, name)
  BIND (error_bar);
  BIND (error_label);
  BIND (overall_label);
  BIND (counts_label);
  BIND (pillar_store);
  BIND (measure_store);
  BIND (measure_filter);
  BIND (measure_view);
  BIND (changed_only_check);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_changed_only_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_measure_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);
}

static void
lacuna_comparison_dialog_init (LacunaComparisonDialog *self)
{
  GtkTreeViewColumn *change_column;
  GList *cells;

  gtk_widget_init_template (GTK_WIDGET (self));
  lacuna_accessibility_name_info_bar_close (self->error_bar);
  gtk_tree_model_filter_set_visible_func (self->measure_filter, measure_visible_func, self, NULL);

  change_column = gtk_tree_view_get_column (self->measure_view, 2);
  cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (change_column));
  gtk_tree_view_column_set_cell_data_func (change_column, cells->data, change_cell_data_func, NULL, NULL);
  g_list_free (cells);
}

/**
 * lacuna_comparison_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the open assessment, borrowed while the dialog lives
 * @baseline_path: an earlier assessment of the same country
 *
 * A baseline that cannot be read is reported in the dialog, whose lists
 * then stay empty.
 */
LacunaComparisonDialog *
lacuna_comparison_dialog_new (GtkWindow   *parent,
                              LacunaStore *store,
                              const char  *baseline_path)
{
  LacunaComparisonDialog *self;
  g_autoptr(LacunaStore) baseline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (baseline_path != NULL, NULL);

  /* use-header-bar is construct-only, so it cannot come from the
   * template. */
  self = g_object_new (LACUNA_TYPE_COMPARISON_DIALOG,
                       "use-header-bar", TRUE,
                       "transient-for", parent,
                       NULL);
  self->store = store;

  baseline = lacuna_store_open (baseline_path, LACUNA_STORE_OPEN_READ_ONLY, &error);
  if (baseline == NULL)
    {
      show_error (self, error->message);
      gtk_label_set_text (self->overall_label, _("Nothing to compare: the baseline could not be read."));
      return self;
    }
  {
    g_autoptr(LacunaAssessmentDetails) details = lacuna_store_get_details (baseline);
    g_autofree char *subtitle = NULL;

    name = g_filename_display_basename (baseline_path);
    self->baseline_title = g_strdup (details->values[LACUNA_DETAIL_TITLE]);
    /* TRANSLATORS: the header bar's subtitle: the baseline's title and
     * its file name. */
    subtitle = g_strdup_printf (_("Against %s (%s)"),
                                self->baseline_title != NULL ? self->baseline_title : name, name);
    gtk_header_bar_set_subtitle (GTK_HEADER_BAR (gtk_dialog_get_header_bar (GTK_DIALOG (self))), subtitle);
  }
  self->baseline = lacuna_analyse_store (baseline);
  lacuna_comparison_dialog_refresh (self);
  return self;
}
