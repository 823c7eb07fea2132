/* lacuna-overview-view.c — the gap analysis at a glance
 *
 * The commonest finding of an assessment is that the laws exist but are not
 * applied, so each pillar's legal-basis and practice indices are drawn as
 * two bars, one above the other, on the same scale: a long bar over a short
 * one should be seen before any number is read. Every number comes from the
 * LacunaAnalysis; the view only formats and draws it, and copies what it
 * shows so that it never points into an analysis the window has replaced.
 *
 * The fixed layout is in lacuna-overview-view.ui. The rows depend on how
 * many pillars are in scope, so they are made here.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "lacuna-overview-view.h"

/* Thick enough to read at a glance, thin enough for two to sit beside the
 * labels of one row. */
#define BAR_HEIGHT 12
#define BAR_MIN_WIDTH 160

struct _LacunaOverviewView {
  GtkScrolledWindow  parent_instance;

  GtkWidget         *empty_label;
  GtkWidget         *content_box;
  GtkLabel          *overall_label;
  GtkListBox        *pillar_list;
  GtkSizeGroup      *dimension_group;
  GtkSizeGroup      *value_group;

  guint              n_pillars;
};

G_DEFINE_FINAL_TYPE (LacunaOverviewView, lacuna_overview_view, GTK_TYPE_SCROLLED_WINDOW)

enum {
  SIGNAL_PILLAR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Data hung on the widgets made for one analysis, freed with them. */
static GQuark pillar_id_quark;   /* row → the pillar's id (char*) */
static GQuark header_quark;      /* first row of a framework → its header */
static GQuark bar_value_quark;   /* bar → its index (double*), may be NAN */

/* NAN means nothing in scope could be scored yet. Printing 0 instead would
 * tell the team that nothing is in place, which is a different finding. */
static char *
format_score (double value)
{
  if (isnan (value))
    return g_strdup (_("not scored yet"));
  /* Translators: a score out of 100, e.g. "72 / 100". */
  return g_strdup_printf (_("%.0f / 100"), value);
}

static GtkWidget *
new_label (const char *text,
           const char *style_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (style_class != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), style_class);
  gtk_widget_show (label);
  return label;
}

/* An unscored value is styled apart, so that it cannot be mistaken for a
 * number at a glance either. */
static GtkWidget *
new_score_label (double      value,
                 const char *style_class)
{
  g_autofree char *text = format_score (value);
  GtkWidget *label = new_label (text, style_class, 1.0);

  if (isnan (value))
    gtk_style_context_add_class (gtk_widget_get_style_context (label), "overview-unscored");
  return label;
}

/* The counts under the bars wrap rather than set the view's minimum
 * width: the overview may share the window with the measure list. */
static GtkWidget *
new_fact_label (const char *text,
                const char *style_class)
{
  GtkWidget *label = new_label (text, style_class, 0.0);

  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The colour is the CSS colour of the bar ("law-index" or "practice-index"
 * in style.css), so that a theme, dark or high-contrast, can change it. */
static gboolean
on_bar_draw_cb (GtkWidget *area,
                cairo_t   *cr,
                gpointer   user_data)
{
  GtkStyleContext *context = gtk_widget_get_style_context (area);
  const double *value = g_object_get_qdata (G_OBJECT (area), bar_value_quark);
  double width = gtk_widget_get_allocated_width (area);
  double height = gtk_widget_get_allocated_height (area);
  double radius = height / 2;
  double fill;
  GdkRGBA colour;

  gtk_style_context_get_color (context, gtk_style_context_get_state (context), &colour);

  if (value == NULL || isnan (*value))
    {
      /* An outline only: "not scored yet" must not look like a score of 0,
       * which has a tinted track. */
      static const double dash[] = { 4, 3 };

      rounded_rectangle (cr, 0.5, 0.5, width - 1, height - 1, radius);
      cairo_set_source_rgba (cr, colour.red, colour.green, colour.blue, colour.alpha * 0.6);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      return FALSE;
    }

  /* The track stands for the whole 100, in a tint of the same colour, so
   * that a short bar reads as "far from 100" rather than as a small bar. */
  rounded_rectangle (cr, 0, 0, width, height, radius);
  cairo_set_source_rgba (cr, colour.red, colour.green, colour.blue, colour.alpha * 0.2);
  cairo_fill_preserve (cr);

  /* Clipping to the track keeps a very short fill rounded where it starts
   * and square where it ends, instead of a lozenge wider than its value.
   * It starts where the reader does: on the right in Arabic. */
  cairo_clip (cr);
  fill = width * CLAMP (*value, 0.0, 100.0) / 100.0;
  cairo_rectangle (cr, gtk_widget_get_direction (area) == GTK_TEXT_DIR_RTL ? width - fill : 0, 0, fill, height);
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_fill (cr);
  return FALSE;
}

static GtkWidget *
new_bar (double      value,
         const char *style_class,
         const char *accessible_name)
{
  GtkWidget *area = gtk_drawing_area_new ();
  GtkStyleContext *context = gtk_widget_get_style_context (area);

  g_object_set_qdata_full (G_OBJECT (area), bar_value_quark, g_memdup2 (&value, sizeof value), g_free);
  gtk_widget_set_size_request (area, BAR_MIN_WIDTH, BAR_HEIGHT);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_style_context_add_class (context, "overview-bar");
  gtk_style_context_add_class (context, style_class);
  atk_object_set_name (gtk_widget_get_accessible (area), accessible_name);
  g_signal_connect (area, "draw", G_CALLBACK (on_bar_draw_cb), NULL);
  gtk_widget_show (area);
  return area;
}

/* One line of a row: what is measured, its bar, and its value. */
static void
attach_index (LacunaOverviewView *self,
              GtkGrid            *grid,
              int                 line,
              const char         *dimension,
              const char         *style_class,
              double              value)
{
  g_autofree char *text = format_score (value);
  /* Translators: the accessible name of a bar, e.g. "Legal basis: 72 / 100". */
  g_autofree char *name = g_strdup_printf (_("%s: %s"), dimension, text);
  GtkWidget *label = new_label (dimension, "dim-label", 0.0);
  GtkWidget *value_label = new_score_label (value, NULL);

  gtk_size_group_add_widget (self->dimension_group, label);
  gtk_size_group_add_widget (self->value_group, value_label);
  gtk_grid_attach (grid, label, 0, line, 1, 1);
  gtk_grid_attach (grid, new_bar (value, style_class, name), 1, line, 1, 1);
  gtk_grid_attach (grid, value_label, 2, line, 1, 1);
}

static GtkWidget *
new_pillar_row (LacunaOverviewView       *self,
                const LacunaPillarResult *result)
{
  const LacunaScore *score = &result->score;
  const char *title = _(result->pillar->title);
  g_autofree char *score_text = format_score (score->score);
  g_autofree char *law_text = format_score (score->law_index);
  g_autofree char *practice_text = format_score (score->practice_index);
  g_autofree char *coverage = g_strdup_printf (ngettext ("%u of %u applicable measure answered",
                                                         "%u of %u applicable measures answered",
                                                         score->applicable),
                                               score->answered, score->applicable);
  g_autofree char *data_gaps = g_strdup_printf (ngettext ("%u data gap", "%u data gaps", score->data_gaps),
                                                score->data_gaps);
  g_autofree char *critical_gaps = g_strdup_printf (ngettext ("%u critical gap", "%u critical gaps",
                                                              score->critical_gaps),
                                                    score->critical_gaps);
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *facts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *title_label = new_label (title, "overview-pillar-title", 0.0);
  GtkWidget *score_label = new_score_label (score->score, "overview-pillar-score");

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 8, "margin-bottom", 8, NULL);

  gtk_label_set_line_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_size_group_add_widget (self->value_group, score_label);
  gtk_grid_attach (GTK_GRID (grid), title_label, 0, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), score_label, 2, 0, 1, 1);

  attach_index (self, GTK_GRID (grid), 1, _("Legal basis"), "law-index", score->law_index);
  attach_index (self, GTK_GRID (grid), 2, _("Practice"), "practice-index", score->practice_index);

  gtk_container_add (GTK_CONTAINER (facts), new_fact_label (coverage, "dim-label"));
  gtk_container_add (GTK_CONTAINER (facts), new_fact_label (data_gaps, "dim-label"));
  /* A critical gap is a mandatory measure with no legal basis at all: the
   * one count that should stand out when it is not zero. */
  gtk_container_add (GTK_CONTAINER (facts),
                     new_fact_label (critical_gaps, score->critical_gaps > 0 ? "overview-critical" : "dim-label"));
  gtk_widget_show (facts);
  gtk_grid_attach (GTK_GRID (grid), facts, 0, 3, 3, 1);

  gtk_widget_show (grid);
  gtk_container_add (GTK_CONTAINER (row), grid);
  gtk_widget_show (row);

  /* Read as one item by a screen reader, with what activating it does. */
  /* Translators: the accessible name of a pillar's row, e.g. "Prevention: 72 / 100". */
  name = g_strdup_printf (_("%s: %s"), title, score_text);
  /* Translators: the accessible description of a pillar's row. */
  description = g_strdup_printf (_("Legal basis %s, practice %s; %s; %s; %s. Activate to open the pillar."),
                                 law_text, practice_text, coverage, data_gaps, critical_gaps);
  atk_object_set_name (gtk_widget_get_accessible (row), name);
  atk_object_set_description (gtk_widget_get_accessible (row), description);
  gtk_widget_set_tooltip_text (row, _("Open this pillar's measures"));

  g_object_set_qdata_full (G_OBJECT (row), pillar_id_quark, g_strdup (result->pillar->id), g_free);
  return row;
}

static GtkWidget *
new_framework_header (const LacunaFrameworkResult *result)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title_label = new_label (_(result->framework->title), "overview-framework-title", 0.0);

  gtk_label_set_line_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_set_hexpand (title_label, TRUE);
  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 14, "margin-bottom", 6, NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (box), "overview-framework-header");
  gtk_container_add (GTK_CONTAINER (box), title_label);
  gtk_container_add (GTK_CONTAINER (box), new_score_label (result->score.score, "overview-framework-score"));
  gtk_widget_show (box);
  return box;
}

/* GtkListBox drops headers it is not given by this function, so the header
 * made for each framework's first row is kept on that row and handed back
 * here. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  GtkWidget *header = g_object_get_qdata (G_OBJECT (row), header_quark);

  if (gtk_list_box_row_get_header (row) != header)
    gtk_list_box_row_set_header (row, header);
}

static void
destroy_widget (GtkWidget *widget,
                gpointer   user_data)
{
  gtk_widget_destroy (widget);
}

void
lacuna_overview_view_set_analysis (LacunaOverviewView   *self,
                                   const LacunaAnalysis *analysis)
{
  g_autofree char *overall = NULL;

  g_return_if_fail (LACUNA_IS_OVERVIEW_VIEW (self));

  gtk_container_foreach (GTK_CONTAINER (self->pillar_list), destroy_widget, NULL);
  self->n_pillars = 0;
  gtk_widget_set_visible (self->empty_label, analysis == NULL);
  gtk_widget_set_visible (self->content_box, analysis != NULL);
  if (analysis == NULL)
    {
      gtk_label_set_text (self->overall_label, "");
      return;
    }

  overall = format_score (analysis->overall);
  gtk_label_set_text (self->overall_label, overall);

  for (guint f = 0; f < analysis->frameworks->len; f++)
    {
      const LacunaFrameworkResult *framework = g_ptr_array_index (analysis->frameworks, f);

      for (guint p = 0; p < framework->pillars->len; p++)
        {
          GtkWidget *row = new_pillar_row (self, g_ptr_array_index (framework->pillars, p));

          if (p == 0)
            g_object_set_qdata_full (G_OBJECT (row), header_quark,
                                     g_object_ref_sink (new_framework_header (framework)), g_object_unref);
          gtk_container_add (GTK_CONTAINER (self->pillar_list), row);
          self->n_pillars++;
        }
    }
  gtk_list_box_invalidate_headers (self->pillar_list);
}

guint
lacuna_overview_view_get_n_pillars (LacunaOverviewView *self)
{
  g_return_val_if_fail (LACUNA_IS_OVERVIEW_VIEW (self), 0);

  return self->n_pillars;
}

GtkWidget *
lacuna_overview_view_get_pillar_row (LacunaOverviewView *self,
                                     guint               index)
{
  g_return_val_if_fail (LACUNA_IS_OVERVIEW_VIEW (self), NULL);

  if (index >= self->n_pillars)
    return NULL;
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->pillar_list, (int) index));
}

static void
on_row_activated_cb (GtkListBox         *list,
                     GtkListBoxRow      *row,
                     LacunaOverviewView *self)
{
  const char *pillar_id = g_object_get_qdata (G_OBJECT (row), pillar_id_quark);

  if (pillar_id != NULL)
    g_signal_emit (self, signals[SIGNAL_PILLAR_ACTIVATED], 0, pillar_id);
}

static void
lacuna_overview_view_class_init (LacunaOverviewViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  pillar_id_quark = g_quark_from_static_string ("lacuna-overview-pillar-id");
  header_quark = g_quark_from_static_string ("lacuna-overview-header");
  bar_value_quark = g_quark_from_static_string ("lacuna-overview-bar-value");

  /**
   * LacunaOverviewView::pillar-activated:
   * @pillar_id: the id of the pillar whose row was activated
   *
   * The user asked to open a pillar, by clicking its row or pressing
   * Enter or space on it.
   */
  signals[SIGNAL_PILLAR_ACTIVATED] =
    g_signal_new ("pillar-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LacunaOverviewView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, LacunaOverviewView, content_box);
  gtk_widget_class_bind_template_child (widget_class, LacunaOverviewView, overall_label);
  gtk_widget_class_bind_template_child (widget_class, LacunaOverviewView, pillar_list);
  gtk_widget_class_bind_template_child (widget_class, LacunaOverviewView, dimension_group);
  gtk_widget_class_bind_template_child (widget_class, LacunaOverviewView, value_group);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
lacuna_overview_view_init (LacunaOverviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->pillar_list, update_header, NULL, NULL);
}

LacunaOverviewView *
lacuna_overview_view_new (void)
{
  return g_object_new (LACUNA_TYPE_OVERVIEW_VIEW, NULL);
}
