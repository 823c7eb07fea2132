/* plural-rule.h — the Plural-Forms expression of a translation catalogue
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LacunaPluralRule LacunaPluralRule;

/* Parses the C-like expression over n that a catalogue's header gives
 * after "plural=" (without the closing semicolon). Only integer literals,
 * n, parentheses, ?:, ||, &&, ==, !=, <, >, <=, >=, +, -, *, / and % are
 * accepted; anything else is a LACUNA_MESSAGE_CATALOG_ERROR_PLURAL. */
LacunaPluralRule *lacuna_plural_rule_parse    (const char             *expression,
                                               GError                **error);
/* The index of the plural form for n. Where the expression is undefined
 * (a division by zero) the English rule, n != 1, answers. */
gulong            lacuna_plural_rule_evaluate (const LacunaPluralRule *rule,
                                               gulong                  n);
void              lacuna_plural_rule_free     (LacunaPluralRule       *rule);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaPluralRule, lacuna_plural_rule_free)

G_END_DECLS
