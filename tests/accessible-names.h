/* accessible-names.h — checks that every control has a name a screen
 * reader can speak
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

typedef struct {
  GPtrArray *unnamed;   /* char*: where each unnamed control is */
  guint      checked;
} AccessibleNames;

void accessible_names_init              (AccessibleNames *names);
/* Walks widget and everything in it that is visible. */
void accessible_names_check             (AccessibleNames *names,
                                         GtkWidget       *widget);
/* Fails the test, listing them, if any control had no name, or if fewer
 * than at_least controls were seen (the walk missed the content); frees
 * what init made. */
void accessible_names_assert_all_named  (AccessibleNames *names,
                                         guint            at_least);
