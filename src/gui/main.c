/* main.c — lacuna, the desktop application
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "lacuna-application.h"
#include "paths.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(LacunaApplication) application = NULL;

  /* Lacuna draws nothing with OpenGL, but GTK 3 on X11 loads and probes
   * the GL driver while it opens the display: about 45 ms of a 250 ms
   * start (docs/PERFORMANCE.md). Whoever sets GDK_GL keeps their choice. */
  g_setenv ("GDK_GL", "disable", FALSE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, lacuna_paths_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_application_name (_("Lacuna"));

  application = lacuna_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
