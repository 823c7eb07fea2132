/* lacuna-measure-page.c — one measure: what it asks, and the team's answer
 *
 * Every change is written through the store at once: a level when it is
 * chosen, text when the field is left. The page emits "saved" with the
 * answer as it was before, so the window can undo, or "failed" with the
 * store's message.
 *
 * Under the instruments linked to the measure, the team can link another
 * one from the register, or add a new one (type, title, article, status)
 * already linked, without leaving the measure: in a workshop the law is
 * named while the measure is on the screen. The page then emits
 * "instruments-changed" (no arguments) so the window can refresh the
 * register wherever else it shows it.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lacuna-instruments-view.h"
#include "lacuna-measure-page.h"
#include "names.h"

struct _LacunaMeasurePage {
  GtkScrolledWindow    parent_instance;

  GtkLabel            *id_label;
  GtkLabel            *obligation_label;
  GtkLabel            *reconfirm_label;
  GtkLabel            *title_label;
  GtkLabel            *description_label;
  GtkLabel            *guidance_label;
  GtkLabel            *law_heading;
  GtkWidget           *law_box;
  GtkLabel            *law_description;
  GtkLabel            *practice_heading;
  GtkWidget           *practice_box;
  GtkLabel            *practice_description;
  GtkToggleButton     *law_buttons[LACUNA_N_LEVELS];
  GtkToggleButton     *practice_buttons[LACUNA_N_LEVELS];
  GtkToggleButton     *not_applicable_check;
  GtkEntry            *na_reason_entry;
  GtkTextView         *evidence_view;
  GtkTextView         *notes_view;
  GtkEntry            *responsible_entry;
  GtkEntry            *timeframe_entry;
  GtkComboBoxText     *urgency_combo;
  GtkEntry            *urgency_reason_entry;
  GtkFlowBox          *ta_box;
  GtkToggleButton     *ta_checks[LACUNA_N_TA_NEEDS];  /* bit i of LacunaTaNeeds */
  GtkEntry            *ta_other_entry;
  GtkLabel            *instruments_label;
  GtkWidget           *link_button;
  GtkWidget           *new_instrument_button;
  GtkPopover          *link_popover;
  GtkSearchEntry      *link_search;
  GtkListBox          *link_list;
  GtkPopover          *new_popover;
  GtkComboBoxText     *new_type_combo;
  GtkEntry            *new_title_entry;
  GtkEntry            *new_article_entry;
  GtkComboBoxText     *new_status_combo;
  GtkLabel            *new_error_label;
  GtkWidget           *new_create_button;
  GtkLabel            *history_label;

  LacunaStore         *store;        /* borrowed from the window */
  const LacunaMeasure *measure;
  LacunaDimensions     current_dimension;
  gboolean             loading;      /* filling the widgets: do not save */
  gboolean             text_dirty;
};

G_DEFINE_FINAL_TYPE (LacunaMeasurePage, lacuna_measure_page, GTK_TYPE_SCROLLED_WINDOW)

enum {
  SIGNAL_SAVED,
  SIGNAL_FAILED,
  SIGNAL_INSTRUMENTS_CHANGED,
  N_SIGNALS
};

#define LINK_ROW_UUID_KEY "lacuna-instrument-uuid"
#define LINK_ROW_SEARCH_KEY "lacuna-search-text"

static guint signals[N_SIGNALS];

static const char *const level_ids[LACUNA_N_LEVELS] = {
  "unanswered", "none", "partial", "largely", "full", "unknown",
};

static char *
text_view_get (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
text_view_set (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static LacunaLevel
chosen_level (GtkToggleButton **buttons)
{
  for (guint i = 0; i < LACUNA_N_LEVELS; i++)
    if (gtk_toggle_button_get_active (buttons[i]))
      return (LacunaLevel) i;
  return LACUNA_LEVEL_UNANSWERED;
}

/* The answer the widgets show, over the stored one (which keeps what the
 * page does not edit). */
static LacunaAnswer *
collect_answer (LacunaMeasurePage *self)
{
  LacunaAnswer *answer = lacuna_store_get_answer (self->store, self->measure->id);
  const char *urgency = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->urgency_combo));

  answer->law = (self->measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) ? chosen_level (self->law_buttons)
                                                                           : LACUNA_LEVEL_UNANSWERED;
  answer->practice = (self->measure->dimensions & LACUNA_DIMENSION_PRACTICE) ? chosen_level (self->practice_buttons)
                                                                             : LACUNA_LEVEL_UNANSWERED;
  answer->not_applicable = gtk_toggle_button_get_active (self->not_applicable_check);
  g_free (answer->na_reason), answer->na_reason = g_strdup (gtk_entry_get_text (self->na_reason_entry));
  g_free (answer->evidence), answer->evidence = text_view_get (self->evidence_view);
  g_free (answer->notes), answer->notes = text_view_get (self->notes_view);
  g_free (answer->responsible), answer->responsible = g_strdup (gtk_entry_get_text (self->responsible_entry));
  g_free (answer->timeframe), answer->timeframe = g_strdup (gtk_entry_get_text (self->timeframe_entry));
  g_free (answer->urgency_reason), answer->urgency_reason = g_strdup (gtk_entry_get_text (self->urgency_reason_entry));
  if (!lacuna_urgency_from_string (urgency, &answer->urgency))
    answer->urgency = LACUNA_URGENCY_NORMAL;
  answer->ta_needs = LACUNA_TA_NONE;
  for (guint i = 0; i < LACUNA_N_TA_NEEDS; i++)
    if (gtk_toggle_button_get_active (self->ta_checks[i]))
      answer->ta_needs |= (LacunaTaNeeds) (1u << i);
  g_free (answer->ta_other), answer->ta_other = g_strdup (gtk_entry_get_text (self->ta_other_entry));
  /* Choosing a level again is what re-confirms a carried-over answer. */
  return answer;
}

static void
refresh_descriptions (LacunaMeasurePage *self)
{
  gtk_label_set_text (self->law_description, lacuna_level_describe (chosen_level (self->law_buttons), FALSE));
  gtk_label_set_text (self->practice_description, lacuna_level_describe (chosen_level (self->practice_buttons), TRUE));
}

static void
show_history (LacunaMeasurePage *self)
{
  g_autoptr(GPtrArray) history = lacuna_store_list_history (self->store, "answer", self->measure->id);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < history->len; i++)
    {
      LacunaHistoryEntry *entry = g_ptr_array_index (history, i);
      g_autofree char *when = g_strndup (entry->at != NULL ? entry->at : "", 16);

      if (strlen (when) > 10)
        when[10] = ' ';
      g_string_append_printf (text, "%s%s  %s  %s: %s → %s", text->len > 0 ? "\n" : "", when,
                              entry->by != NULL ? entry->by : "?", entry->field,
                              entry->old_value != NULL ? entry->old_value : "∅",
                              entry->new_value != NULL ? entry->new_value : "∅");
    }
  gtk_label_set_text (self->history_label, text->len > 0 ? text->str : _("No change recorded yet."));
}

static GtkWidget *
build_link_row (const LacunaNationalInstrument *instrument)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = instrument->article != NULL
                             ? g_strdup_printf ("%s, %s", instrument->title, instrument->article)
                             : g_strdup (instrument->title);
  /* TRANSLATORS: an instrument's type and status, as in "Law · In force". */
  g_autofree char *kind = g_strdup_printf (_("%s · %s"), lacuna_national_instrument_type_label (instrument->type),
                                           lacuna_instrument_status_label (instrument->status));
  g_autofree char *search = g_strconcat (title, " ", instrument->reference != NULL ? instrument->reference : "", NULL);
  g_autofree char *accessible = g_strdup_printf ("%s (%s)", title, kind);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *kind_label = gtk_label_new (kind);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_line_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
  /* Without it a wrapping label asks for its whole text on one line and
   * the popover grows wider than the screen. */
  gtk_label_set_max_width_chars (GTK_LABEL (title_label), 48);
  gtk_label_set_xalign (GTK_LABEL (kind_label), 0.0);
  gtk_style_context_add_class (gtk_widget_get_style_context (kind_label), "dim-label");
  gtk_box_pack_start (GTK_BOX (box), title_label, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), kind_label, FALSE, FALSE, 0);
  g_object_set (box, "margin", 6, NULL);
  gtk_container_add (GTK_CONTAINER (row), box);
  gtk_widget_show_all (row);

  g_object_set_data_full (G_OBJECT (row), LINK_ROW_UUID_KEY, g_strdup (instrument->uuid), g_free);
  g_object_set_data_full (G_OBJECT (row), LINK_ROW_SEARCH_KEY, g_utf8_casefold (search, -1), g_free);
  atk_object_set_name (gtk_widget_get_accessible (row), accessible);
  return row;
}

/* The register's instruments this measure is not linked to yet: what the
 * "Link an instrument" popover offers. */
static void
fill_link_list (LacunaMeasurePage *self)
{
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (self->link_list));
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments (self->store);

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  for (guint i = 0; i < instruments->len; i++)
    {
      const LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);

      if (!g_strv_contains ((const char *const *) instrument->measures, self->measure->id))
        gtk_container_add (GTK_CONTAINER (self->link_list), build_link_row (instrument));
    }
}

static void
show_instruments (LacunaMeasurePage *self)
{
  g_autoptr(GPtrArray) instruments = lacuna_store_list_instruments_for (self->store, self->measure->id);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < instruments->len; i++)
    {
      LacunaNationalInstrument *instrument = g_ptr_array_index (instruments, i);
      g_string_append_printf (text, "%s%s%s%s", text->len > 0 ? "; " : "", instrument->title,
                              instrument->article != NULL ? ", " : "", instrument->article != NULL ? instrument->article : "");
    }
  if (text->len > 0)
    {
      g_autofree char *line = g_strdup_printf (_("Backed by: %s"), text->str);
      gtk_label_set_text (self->instruments_label, line);
    }
  else
    gtk_label_set_text (self->instruments_label, _("No law, plan or agreement from the register is linked to this measure yet."));
  fill_link_list (self);
}

static void
instruments_changed (LacunaMeasurePage *self)
{
  show_instruments (self);
  g_signal_emit (self, signals[SIGNAL_INSTRUMENTS_CHANGED], 0);
}

static void
on_link_row_activated_cb (GtkListBox        *list,
                          GtkListBoxRow     *row,
                          LacunaMeasurePage *self)
{
  g_autofree char *uuid = g_strdup (g_object_get_data (G_OBJECT (row), LINK_ROW_UUID_KEY));
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (self->link_popover);
  if (self->store == NULL || self->measure == NULL || uuid == NULL)
    return;
  if (!lacuna_store_link_instrument (self->store, uuid, self->measure->id, TRUE, g_get_real_name (), &error))
    {
      g_signal_emit (self, signals[SIGNAL_FAILED], 0, error->message);
      return;
    }
  instruments_changed (self);
}

static gboolean
link_filter_func (GtkListBoxRow *row,
                  gpointer       user_data)
{
  LacunaMeasurePage *self = user_data;
  g_autofree char *folded = g_utf8_casefold (gtk_entry_get_text (GTK_ENTRY (self->link_search)), -1);
  const char *text = g_object_get_data (G_OBJECT (row), LINK_ROW_SEARCH_KEY);

  g_strstrip (folded);
  return *folded == '\0' || (text != NULL && strstr (text, folded) != NULL);
}

static void
on_link_search_changed_cb (GtkSearchEntry    *entry,
                           LacunaMeasurePage *self)
{
  gtk_list_box_invalidate_filter (self->link_list);
}

/* Each opening starts from an empty search, so no instrument seems to be
 * missing because of what was typed last time. */
static void
on_link_popover_show_cb (GtkWidget         *popover,
                         LacunaMeasurePage *self)
{
  gtk_entry_set_text (GTK_ENTRY (self->link_search), "");
  gtk_list_box_invalidate_filter (self->link_list);
  gtk_widget_grab_focus (GTK_WIDGET (self->link_search));
}

/* A fresh form each time, except after a refusal, when what was typed is
 * kept (the popover then stays open). */
static void
on_new_popover_show_cb (GtkWidget         *popover,
                        LacunaMeasurePage *self)
{
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->new_type_combo),
                               lacuna_national_instrument_type_to_string (LACUNA_NATIONAL_INSTRUMENT_LAW));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->new_status_combo),
                               lacuna_instrument_status_to_string (LACUNA_INSTRUMENT_IN_FORCE));
  gtk_entry_set_text (self->new_title_entry, "");
  gtk_entry_set_text (self->new_article_entry, "");
  gtk_widget_hide (GTK_WIDGET (self->new_error_label));
  gtk_widget_grab_focus (GTK_WIDGET (self->new_title_entry));
}

static void
create_instrument (LacunaMeasurePage *self)
{
  g_autoptr(LacunaNationalInstrument) instrument = lacuna_national_instrument_new ();
  g_autoptr(GError) error = NULL;
  const char *article = gtk_entry_get_text (self->new_article_entry);

  if (self->store == NULL || self->measure == NULL)
    return;
  if (!lacuna_national_instrument_type_from_string (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->new_type_combo)),
                                                    &instrument->type))
    instrument->type = LACUNA_NATIONAL_INSTRUMENT_OTHER;
  if (!lacuna_instrument_status_from_string (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->new_status_combo)),
                                             &instrument->status))
    instrument->status = LACUNA_INSTRUMENT_IN_FORCE;
  instrument->title = g_strdup (gtk_entry_get_text (self->new_title_entry));
  instrument->article = lacuna_text_is_blank (article) ? NULL : g_strdup (article);
  g_strfreev (instrument->measures);
  instrument->measures = g_new0 (char *, 2);
  instrument->measures[0] = g_strdup (self->measure->id);

  if (!lacuna_store_save_instrument (self->store, instrument, g_get_real_name (), &error))
    {
      /* Said in the popover, next to what needs fixing; nothing typed is lost. */
      gtk_label_set_text (self->new_error_label, error->message);
      gtk_widget_show (GTK_WIDGET (self->new_error_label));
      gtk_widget_grab_focus (GTK_WIDGET (self->new_title_entry));
      return;
    }
  gtk_popover_popdown (self->new_popover);
  instruments_changed (self);
}

static void
on_new_create_clicked_cb (GtkButton         *button,
                          LacunaMeasurePage *self)
{
  create_instrument (self);
}

static void
on_new_entry_activate_cb (GtkEntry          *entry,
                          LacunaMeasurePage *self)
{
  create_instrument (self);
}

/* confirms: the team chose a level, which confirms an answer carried over
 * from a baseline; typing a note does not. */
static void
save_answer (LacunaMeasurePage *self,
             gboolean           confirms)
{
  g_autoptr(LacunaAnswer) before = NULL;
  g_autoptr(LacunaAnswer) after = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL || self->measure == NULL)
    return;
  self->text_dirty = FALSE;
  before = lacuna_store_get_answer (self->store, self->measure->id);
  after = collect_answer (self);
  if (confirms)
    after->to_reconfirm = FALSE;

  if (!lacuna_store_set_answer (self->store, after, g_get_real_name (), &error))
    {
      g_signal_emit (self, signals[SIGNAL_FAILED], 0, error->message);
      return;
    }
  refresh_descriptions (self);
  show_history (self);
  gtk_widget_set_visible (GTK_WIDGET (self->reconfirm_label), after->to_reconfirm);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, before);
}

static void
save (LacunaMeasurePage *self)
{
  save_answer (self, FALSE);
}

void
lacuna_measure_page_save_pending (LacunaMeasurePage *self)
{
  if (self->text_dirty)
    save (self);
}

static void
on_level_toggled_cb (GtkToggleButton   *button,
                     LacunaMeasurePage *self)
{
  /* Each change of a radio group toggles two buttons; save once. */
  if (gtk_toggle_button_get_active (button))
    {
      self->current_dimension = gtk_widget_is_ancestor (GTK_WIDGET (button), self->law_box)
                                  ? LACUNA_DIMENSION_LEGAL_BASIS
                                  : LACUNA_DIMENSION_PRACTICE;
      save_answer (self, TRUE);
    }
}

static void
on_not_applicable_toggled_cb (GtkToggleButton   *button,
                              LacunaMeasurePage *self)
{
  if (self->loading)
    return;
  if (gtk_toggle_button_get_active (button) && *gtk_entry_get_text (self->na_reason_entry) == '\0')
    {
      /* The reason comes first; saving waits for it. */
      gtk_widget_grab_focus (GTK_WIDGET (self->na_reason_entry));
      self->text_dirty = TRUE;
      return;
    }
  save (self);
}

/* Ticking "Other" asks what the assistance is: the focus goes to its
 * field, and the answer is saved when the team leaves it. */
static void
on_ta_toggled_cb (GtkToggleButton   *button,
                  LacunaMeasurePage *self)
{
  gboolean other = gtk_toggle_button_get_active (self->ta_checks[LACUNA_N_TA_NEEDS - 1]);

  gtk_widget_set_visible (GTK_WIDGET (self->ta_other_entry), other);
  if (self->loading)
    return;
  if (button == self->ta_checks[LACUNA_N_TA_NEEDS - 1] && other && *gtk_entry_get_text (self->ta_other_entry) == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->ta_other_entry));
      self->text_dirty = TRUE;
      return;
    }
  save (self);
}

static void
on_urgency_changed_cb (GtkComboBox       *combo,
                       LacunaMeasurePage *self)
{
  if (self->loading)
    return;
  if (g_strcmp0 (gtk_combo_box_get_active_id (combo), "normal") != 0 &&
      *gtk_entry_get_text (self->urgency_reason_entry) == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->urgency_reason_entry));
      self->text_dirty = TRUE;
      return;
    }
  save (self);
}

static void
on_text_changed_cb (gpointer           object,
                    LacunaMeasurePage *self)
{
  if (!self->loading)
    self->text_dirty = TRUE;
}

static gboolean
on_field_focus_out_cb (GtkWidget         *widget,
                       GdkEvent          *event,
                       LacunaMeasurePage *self)
{
  lacuna_measure_page_save_pending (self);
  return GDK_EVENT_PROPAGATE;
}

static void
on_entry_activate_cb (GtkEntry          *entry,
                      LacunaMeasurePage *self)
{
  save (self);
}

static gboolean
on_guidance_activate_link_cb (GtkLabel   *label,
                              const char *uri,
                              gpointer    user_data)
{
  /* The links are there for their tooltips: the paraphrase of each
   * provision. There is nothing to open. */
  return TRUE;
}

static char *
build_guidance (LacunaMeasurePage *self)
{
  const LacunaMeasure *measure = self->measure;
  LacunaCatalog *catalog = lacuna_store_get_catalog (self->store);
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < measure->questions->len; i++)
    {
      g_autofree char *question = g_markup_escape_text (_(g_ptr_array_index (measure->questions, i)), -1);
      g_string_append_printf (markup, "• %s\n", question);
    }
  if (measure->legal_basis->len > 0)
    {
      g_string_append_printf (markup, "\n<b>%s</b> ", _("Legal basis:"));
      for (guint i = 0; i < measure->legal_basis->len; i++)
        {
          LacunaLegalRef *ref = g_ptr_array_index (measure->legal_basis, i);
          g_autofree char *citation = lacuna_legal_ref_format (ref, catalog);
          g_autoptr(GString) paraphrase = g_string_new (NULL);
          g_autofree char *escaped_citation = g_markup_escape_text (citation, -1);
          g_autofree char *escaped_paraphrase = NULL;

          for (guint p = 0; ref->provisions != NULL && p < ref->provisions->len; p++)
            g_string_append_printf (paraphrase, "%s%s", p > 0 ? " " : "",
                                    _(((LacunaProvision *) g_ptr_array_index (ref->provisions, p))->paraphrase));
          escaped_paraphrase = g_markup_escape_text (paraphrase->str, -1);
          g_string_append_printf (markup, "%s<a href=\"provision:%u\" title=\"%s\">%s</a>", i > 0 ? "; " : "", i,
                                  escaped_paraphrase, escaped_citation);
        }
    }
  if (measure->tools->len > 0)
    {
      g_string_append_printf (markup, "\n<b>%s</b> ", _("Tools:"));
      for (guint i = 0; i < measure->tools->len; i++)
        {
          LacunaToolRef *ref = g_ptr_array_index (measure->tools, i);
          g_autofree char *title = g_markup_escape_text (ref->tool != NULL ? _(ref->tool->title) : ref->tool_id, -1);
          g_string_append_printf (markup, "%s%s", i > 0 ? "; " : "", title);
        }
    }
  return g_string_free (markup, FALSE);
}

static void
set_buttons (GtkToggleButton **buttons,
             LacunaLevel       level)
{
  gtk_toggle_button_set_active (buttons[level < LACUNA_N_LEVELS ? level : LACUNA_LEVEL_UNANSWERED], TRUE);
}

void
lacuna_measure_page_show_measure (LacunaMeasurePage   *self,
                                  LacunaStore         *store,
                                  const LacunaMeasure *measure)
{
  g_autoptr(LacunaAnswer) answer = NULL;
  g_autofree char *guidance = NULL;
  gboolean law = (measure->dimensions & LACUNA_DIMENSION_LEGAL_BASIS) != 0;
  gboolean practice = (measure->dimensions & LACUNA_DIMENSION_PRACTICE) != 0;
  gboolean writable;

  g_return_if_fail (LACUNA_IS_MEASURE_PAGE (self));

  lacuna_measure_page_save_pending (self);
  self->store = store;
  self->measure = measure;
  self->loading = TRUE;
  answer = lacuna_store_get_answer (store, measure->id);
  writable = !lacuna_store_is_read_only (store);

  gtk_label_set_text (self->id_label, measure->id);
  gtk_label_set_text (self->obligation_label, lacuna_obligation_label (measure->obligation));
  gtk_label_set_text (self->title_label, _(measure->title));
  gtk_label_set_text (self->description_label, _(measure->description));
  guidance = build_guidance (self);
  gtk_label_set_markup (self->guidance_label, guidance);
  gtk_widget_set_visible (GTK_WIDGET (self->reconfirm_label), answer->to_reconfirm);

  gtk_widget_set_visible (GTK_WIDGET (self->law_heading), law);
  gtk_widget_set_visible (self->law_box, law);
  gtk_widget_set_visible (GTK_WIDGET (self->law_description), law);
  gtk_widget_set_visible (GTK_WIDGET (self->practice_heading), practice);
  gtk_widget_set_visible (self->practice_box, practice);
  gtk_widget_set_visible (GTK_WIDGET (self->practice_description), practice);
  set_buttons (self->law_buttons, answer->law);
  set_buttons (self->practice_buttons, answer->practice);
  self->current_dimension = law ? LACUNA_DIMENSION_LEGAL_BASIS : LACUNA_DIMENSION_PRACTICE;

  gtk_toggle_button_set_active (self->not_applicable_check, answer->not_applicable);
  gtk_entry_set_text (self->na_reason_entry, answer->na_reason != NULL ? answer->na_reason : "");
  text_view_set (self->evidence_view, answer->evidence);
  text_view_set (self->notes_view, answer->notes);
  gtk_entry_set_text (self->responsible_entry, answer->responsible != NULL ? answer->responsible : "");
  gtk_entry_set_text (self->timeframe_entry, answer->timeframe != NULL ? answer->timeframe : "");
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->urgency_combo), lacuna_urgency_to_string (answer->urgency));
  gtk_entry_set_text (self->urgency_reason_entry, answer->urgency_reason != NULL ? answer->urgency_reason : "");
  for (guint i = 0; i < LACUNA_N_TA_NEEDS; i++)
    gtk_toggle_button_set_active (self->ta_checks[i], (answer->ta_needs & (1u << i)) != 0);
  gtk_entry_set_text (self->ta_other_entry, answer->ta_other != NULL ? answer->ta_other : "");
  gtk_widget_set_visible (GTK_WIDGET (self->ta_other_entry), (answer->ta_needs & LACUNA_TA_OTHER) != 0);
  refresh_descriptions (self);
  show_instruments (self);
  show_history (self);

  /* A read-only file can be read, not changed. */
  gtk_widget_set_sensitive (self->law_box, writable);
  gtk_widget_set_sensitive (self->practice_box, writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->not_applicable_check), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->ta_box), writable);
  gtk_text_view_set_editable (self->evidence_view, writable);
  gtk_text_view_set_editable (self->notes_view, writable);
  gtk_widget_set_sensitive (self->link_button, writable);
  gtk_widget_set_sensitive (self->new_instrument_button, writable);

  self->loading = FALSE;
  self->text_dirty = FALSE;
}

void
lacuna_measure_page_reload (LacunaMeasurePage *self)
{
  if (self->store != NULL && self->measure != NULL)
    {
      self->text_dirty = FALSE;
      lacuna_measure_page_show_measure (self, self->store, self->measure);
    }
}

const LacunaMeasure *
lacuna_measure_page_get_measure (LacunaMeasurePage *self)
{
  return self->measure;
}

/* The question the keyboard is on: the group holding the focus, else the
 * last one answered. */
LacunaDimensions
lacuna_measure_page_get_current_dimension (LacunaMeasurePage *self)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));
  GtkWidget *focus = GTK_IS_WINDOW (toplevel) ? gtk_window_get_focus (GTK_WINDOW (toplevel)) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, self->practice_box))
    return LACUNA_DIMENSION_PRACTICE;
  if (focus != NULL && gtk_widget_is_ancestor (focus, self->law_box))
    return LACUNA_DIMENSION_LEGAL_BASIS;
  return self->current_dimension;
}

/* The keyboard path of the workshop: 0–3 or U on the current dimension. */
void
lacuna_measure_page_set_level (LacunaMeasurePage *self,
                               LacunaDimensions   dimension,
                               LacunaLevel        level)
{
  GtkToggleButton **buttons;

  if (self->measure == NULL || !(self->measure->dimensions & dimension) || level >= LACUNA_N_LEVELS ||
      lacuna_store_is_read_only (self->store))
    return;
  buttons = dimension == LACUNA_DIMENSION_LEGAL_BASIS ? self->law_buttons : self->practice_buttons;
  gtk_toggle_button_set_active (buttons[level], TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (buttons[level]));
}

static void
lacuna_measure_page_class_init (LacunaMeasurePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_POINTER);
  signals[SIGNAL_FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);
  /* An instrument was linked to this measure, or created for it, from the
   * page: the register, wherever else it is shown, is out of date. */
  signals[SIGNAL_INSTRUMENTS_CHANGED] = g_signal_new ("instruments-changed", G_TYPE_FROM_CLASS (klass),
                                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/lacuna/Lacuna/lacuna-measure-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LacunaMeasurePage, name)
  BIND (id_label);
  BIND (obligation_label);
  BIND (reconfirm_label);
  BIND (title_label);
  BIND (description_label);
  BIND (guidance_label);
  BIND (law_heading);
  BIND (law_box);
  BIND (law_description);
  BIND (practice_heading);
  BIND (practice_box);
  BIND (practice_description);
  BIND (not_applicable_check);
  BIND (na_reason_entry);
  BIND (evidence_view);
  BIND (notes_view);
  BIND (responsible_entry);
  BIND (timeframe_entry);
  BIND (urgency_combo);
  BIND (urgency_reason_entry);
  BIND (ta_box);
  BIND (ta_other_entry);
  BIND (instruments_label);
  BIND (link_button);
  BIND (new_instrument_button);
  BIND (link_popover);
  BIND (link_search);
  BIND (link_list);
  BIND (new_popover);
  BIND (new_type_combo);
  BIND (new_title_entry);
  BIND (new_article_entry);
  BIND (new_status_combo);
  BIND (new_error_label);
  BIND (new_create_button);
  BIND (history_label);
#undef BIND
  /* The level buttons (law_none … practice_unknown) are found by name in
   * init; declaring them here is what lets GTK hand them out. */
  for (guint i = 0; i < LACUNA_N_LEVELS; i++)
    {
      g_autofree char *law_name = g_strdup_printf ("law_%s", level_ids[i]);
      g_autofree char *practice_name = g_strdup_printf ("practice_%s", level_ids[i]);

      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (law_name), FALSE, 0);
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (practice_name), FALSE, 0);
    }
}

static void
lacuna_measure_page_init (LacunaMeasurePage *self)
{
  GtkWidget *entries[5];
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The level buttons are named law_none…, practice_unknown in the
   * template; they are looked up by name rather than bound one by one. */
  for (guint i = 0; i < LACUNA_N_LEVELS; i++)
    {
      g_autofree char *law_name = g_strdup_printf ("law_%s", level_ids[i]);
      g_autofree char *practice_name = g_strdup_printf ("practice_%s", level_ids[i]);

      self->law_buttons[i] = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                               LACUNA_TYPE_MEASURE_PAGE, law_name));
      self->practice_buttons[i] = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                                    LACUNA_TYPE_MEASURE_PAGE,
                                                                                    practice_name));
      g_signal_connect (self->law_buttons[i], "toggled", G_CALLBACK (on_level_toggled_cb), self);
      g_signal_connect (self->practice_buttons[i], "toggled", G_CALLBACK (on_level_toggled_cb), self);
      if (i != LACUNA_LEVEL_UNANSWERED)
        {
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->law_buttons[i]), lacuna_level_describe (i, FALSE));
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->practice_buttons[i]), lacuna_level_describe (i, TRUE));
        }
    }

  for (guint i = 0; i < LACUNA_N_NATIONAL_INSTRUMENT_TYPES; i++)
    gtk_combo_box_text_append (self->new_type_combo, lacuna_national_instrument_type_to_string (i),
                               lacuna_national_instrument_type_label (i));
  for (guint i = 0; i < LACUNA_N_INSTRUMENT_STATUSES; i++)
    gtk_combo_box_text_append (self->new_status_combo, lacuna_instrument_status_to_string (i),
                               lacuna_instrument_status_label (i));
  gtk_list_box_set_filter_func (self->link_list, link_filter_func, self, NULL);
  placeholder = gtk_label_new (_("Every instrument of the register is linked to this measure already, or none "
                                 "matches: add a new one with “New instrument…”."));
  gtk_label_set_line_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (placeholder), 40);
  g_object_set (placeholder, "margin", 12, NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (placeholder), "dim-label");
  gtk_widget_show (placeholder);
  gtk_list_box_set_placeholder (self->link_list, placeholder);
  g_signal_connect (self->link_list, "row-activated", G_CALLBACK (on_link_row_activated_cb), self);
  g_signal_connect (self->link_search, "search-changed", G_CALLBACK (on_link_search_changed_cb), self);
  g_signal_connect (self->link_popover, "show", G_CALLBACK (on_link_popover_show_cb), self);
  g_signal_connect (self->new_popover, "show", G_CALLBACK (on_new_popover_show_cb), self);
  g_signal_connect (self->new_create_button, "clicked", G_CALLBACK (on_new_create_clicked_cb), self);
  g_signal_connect (self->new_title_entry, "activate", G_CALLBACK (on_new_entry_activate_cb), self);
  g_signal_connect (self->new_article_entry, "activate", G_CALLBACK (on_new_entry_activate_cb), self);

  g_signal_connect (self->not_applicable_check, "toggled", G_CALLBACK (on_not_applicable_toggled_cb), self);
  /* The kinds of assistance are the core's, with its labels. */
  for (guint i = 0; i < LACUNA_N_TA_NEEDS; i++)
    {
      self->ta_checks[i] = GTK_TOGGLE_BUTTON (gtk_check_button_new_with_label (lacuna_ta_need_label ((LacunaTaNeeds) (1u << i))));
      gtk_widget_show (GTK_WIDGET (self->ta_checks[i]));
      gtk_container_add (GTK_CONTAINER (self->ta_box), GTK_WIDGET (self->ta_checks[i]));
      g_signal_connect (self->ta_checks[i], "toggled", G_CALLBACK (on_ta_toggled_cb), self);
    }
  g_signal_connect (self->urgency_combo, "changed", G_CALLBACK (on_urgency_changed_cb), self);
  g_signal_connect (self->guidance_label, "activate-link", G_CALLBACK (on_guidance_activate_link_cb), NULL);
  g_signal_connect (gtk_text_view_get_buffer (self->evidence_view), "changed", G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed", G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect (self->evidence_view, "focus-out-event", G_CALLBACK (on_field_focus_out_cb), self);
  g_signal_connect (self->notes_view, "focus-out-event", G_CALLBACK (on_field_focus_out_cb), self);

  entries[0] = GTK_WIDGET (self->na_reason_entry);
  entries[1] = GTK_WIDGET (self->responsible_entry);
  entries[2] = GTK_WIDGET (self->timeframe_entry);
  entries[3] = GTK_WIDGET (self->urgency_reason_entry);
  entries[4] = GTK_WIDGET (self->ta_other_entry);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_signal_connect (entries[i], "changed", G_CALLBACK (on_text_changed_cb), self);
      g_signal_connect (entries[i], "focus-out-event", G_CALLBACK (on_field_focus_out_cb), self);
      g_signal_connect (entries[i], "activate", G_CALLBACK (on_entry_activate_cb), self);
    }
}

LacunaMeasurePage *
lacuna_measure_page_new (void)
{
  return g_object_new (LACUNA_TYPE_MEASURE_PAGE, NULL);
}
