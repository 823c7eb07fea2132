/* diagnostic.h — one problem found in an input file, with where it is
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char  *file;
  guint  line;    /* 1-based; 0 when the problem concerns the whole file */
  guint  column;  /* 1-based; 0 when unknown */
  char  *message;
} LacunaDiagnostic;

GPtrArray *lacuna_diagnostics_new     (void);
void       lacuna_diagnostics_add     (GPtrArray  *diagnostics,
                                       const char *file,
                                       guint       line,
                                       guint       column,
                                       const char *format,
                                       ...) G_GNUC_PRINTF (5, 6);
void       lacuna_diagnostic_free     (LacunaDiagnostic *diagnostic);
char      *lacuna_diagnostic_to_string (const LacunaDiagnostic *diagnostic);
char      *lacuna_diagnostics_join    (GPtrArray  *diagnostics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaDiagnostic, lacuna_diagnostic_free)

G_END_DECLS
