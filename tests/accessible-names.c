/* accessible-names.c — checks that every control has a name a screen
 * reader can speak
 *
 * A control is named by its own label, by a label pointing at it (a
 * mnemonic widget), or by an accessible name set on it. What is inside a
 * control (a combo's button, a button's label) is the control's business
 * and is not walked.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "accessible-names.h"

static gboolean
needs_name (GtkWidget *widget)
{
  return GTK_IS_ENTRY (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_COMBO_BOX (widget) ||
         GTK_IS_BUTTON (widget) || GTK_IS_TREE_VIEW (widget) || GTK_IS_LIST_BOX (widget) ||
         GTK_IS_SCALE (widget) || GTK_IS_SWITCH (widget) || GTK_IS_SPIN_BUTTON (widget);
}

static char *
describe_widget (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *name = gtk_widget_get_name (w);

      g_string_prepend (path, name != NULL && !g_str_equal (name, G_OBJECT_TYPE_NAME (w)) ? name
                                                                                         : G_OBJECT_TYPE_NAME (w));
      if (gtk_widget_get_parent (w) != NULL)
        g_string_prepend (path, " > ");
    }
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_tooltip_text (widget) != NULL)
    g_string_append_printf (path, " (tooltip “%s”)", gtk_widget_get_tooltip_text (widget));
  return g_string_free (path, FALSE);
}

/* A name of its own, or a label that says what it is (a label's
 * mnemonic widget): screen readers speak either. */
static gboolean
has_name (GtkWidget *widget)
{
  AtkObject *accessible = gtk_widget_get_accessible (widget);
  const char *name = atk_object_get_name (accessible);
  g_autoptr(AtkRelationSet) relations = NULL;
  AtkRelation *labelled_by;

  if (name != NULL && *name != '\0')
    return TRUE;
  relations = atk_object_ref_relation_set (accessible);
  labelled_by = atk_relation_set_get_relation_by_type (relations, ATK_RELATION_LABELLED_BY);
  if (labelled_by == NULL)
    return FALSE;
  for (guint i = 0; i < atk_relation_get_target (labelled_by)->len; i++)
    {
      const char *label = atk_object_get_name (g_ptr_array_index (atk_relation_get_target (labelled_by), i));

      if (label != NULL && *label != '\0')
        return TRUE;
    }
  return FALSE;
}

static void
check_names (GtkWidget       *widget,
             AccessibleNames *check)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (needs_name (widget))
    {
      check->checked++;
      if (!has_name (widget))
        g_ptr_array_add (check->unnamed, describe_widget (widget));
      /* What is inside a control (a combo's button, a label) is the
       * control's own business. */
      return;
    }
  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), (GtkCallback) check_names, check);
}

void
accessible_names_init (AccessibleNames *names)
{
  names->unnamed = g_ptr_array_new_with_free_func (g_free);
  names->checked = 0;
}

void
accessible_names_check (AccessibleNames *names,
                        GtkWidget       *widget)
{
  check_names (widget, names);
}

void
accessible_names_assert_all_named (AccessibleNames *names,
                                   guint            at_least)
{
  g_test_message ("%u controls checked", names->checked);
  for (guint i = 0; i < names->unnamed->len; i++)
    g_test_message ("no accessible name: %s", (char *) g_ptr_array_index (names->unnamed, i));
  g_assert_cmpuint (names->checked, >=, at_least);
  g_assert_cmpuint (names->unnamed->len, ==, 0);
  g_clear_pointer (&names->unnamed, g_ptr_array_unref);
}
