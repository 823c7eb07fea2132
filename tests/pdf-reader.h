/* pdf-reader.h — what a PDF reader says about a report
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *pdf_reader_complaints (const char *pdf);

G_END_DECLS
