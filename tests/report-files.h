/* report-files.h — reports written and read back, for the tests
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "report.h"

G_BEGIN_DECLS

/* The text of a PDF through Poppler's pdftotext: pages first to last, or
 * the whole document when both are 0. */
char     *pdf_reader_text_of_pages   (const char                *pdf,
                                      guint                      first,
                                      guint                      last);
char     *pdf_reader_text            (const char                *pdf);
char     *pdf_reader_complaints      (const char                *pdf);

/* A report written as the window writes it: in a thread, from the file,
 * the calling thread's main loop run until it is done. */
gboolean  report_written_in_thread   (const char                *store_path,
                                      const LacunaReportRequest *request,
                                      const char                *pdf,
                                      GError                   **error);

G_END_DECLS
