/* diagnostic.c
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "diagnostic.h"

GPtrArray *
lacuna_diagnostics_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) lacuna_diagnostic_free);
}

void
lacuna_diagnostics_add (GPtrArray  *diagnostics,
                        const char *file,
                        guint       line,
                        guint       column,
                        const char *format,
                        ...)
{
  LacunaDiagnostic *diagnostic;
  va_list args;

  g_return_if_fail (diagnostics != NULL);

  diagnostic = g_new0 (LacunaDiagnostic, 1);
  diagnostic->file = g_strdup (file);
  diagnostic->line = line;
  diagnostic->column = column;
  va_start (args, format);
  diagnostic->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (diagnostics, diagnostic);
}

void
lacuna_diagnostic_free (LacunaDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;
  g_free (diagnostic->file);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

/* The "file:line:column: message" form that editors and compilers use, so
 * that people can jump to the spot. */
char *
lacuna_diagnostic_to_string (const LacunaDiagnostic *diagnostic)
{
  if (diagnostic->line == 0)
    return g_strdup_printf ("%s: %s", diagnostic->file, diagnostic->message);
  if (diagnostic->column == 0)
    return g_strdup_printf ("%s:%u: %s", diagnostic->file, diagnostic->line,
                            diagnostic->message);
  return g_strdup_printf ("%s:%u:%u: %s", diagnostic->file, diagnostic->line,
                          diagnostic->column, diagnostic->message);
}

char *
lacuna_diagnostics_join (GPtrArray *diagnostics)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = lacuna_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  return g_string_free (text, FALSE);
}
