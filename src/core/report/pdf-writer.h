/* pdf-writer.h — a small layout layer over libharu
 *
 * Text flows with Unicode-aware line breaking, in either direction, each
 * character in a face that has it (pdf-bidi.h, pdf-fonts.h); pages break by themselves;
 * headings keep with what follows and feed the contents and the bookmarks;
 * tables repeat their header row on every page they run onto; every page
 * but the cover gets a running header and "Page X of Y".
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  LACUNA_PDF_REGULAR,
  LACUNA_PDF_BOLD,
  LACUNA_PDF_ITALIC,
  LACUNA_PDF_N_FACES
} LacunaPdfFace;

typedef struct {
  double r, g, b;
} LacunaPdfColor;

typedef enum {
  LACUNA_PDF_LTR,
  LACUNA_PDF_RTL
} LacunaPdfDirection;

typedef struct {
  LacunaPdfFace  face;
  double         size;
  LacunaPdfColor color;
  double         indent;       /* from the margin the paragraph starts at */
  double         space_after;
} LacunaPdfStyle;

typedef struct {
  const char *title;
  double      weight;          /* share of the table's width */
} LacunaPdfColumn;

typedef struct {
  char           **cells;      /* one per column */
  gboolean         has_accent;
  LacunaPdfColor   accent;     /* a bar at the row's start, e.g. the tier */
} LacunaPdfRow;

typedef struct _LacunaPdf LacunaPdf;

#define LACUNA_PDF_PAGE_WIDTH  595.276
#define LACUNA_PDF_PAGE_HEIGHT 841.89

extern const LacunaPdfColor lacuna_pdf_black;
extern const LacunaPdfColor lacuna_pdf_grey;
extern const LacunaPdfColor lacuna_pdf_accent;

LacunaPdf  *lacuna_pdf_new            (const char          *fonts_directory,
                                       GError             **error);
void        lacuna_pdf_free           (LacunaPdf           *pdf);
gboolean    lacuna_pdf_check          (LacunaPdf           *pdf,
                                       GError             **error);

void        lacuna_pdf_set_metadata   (LacunaPdf           *pdf,
                                       const char          *title,
                                       const char          *subject,
                                       const char          *author,
                                       const char          *keywords);

guint       lacuna_pdf_add_page       (LacunaPdf           *pdf);
guint       lacuna_pdf_get_page_count (LacunaPdf           *pdf);
double      lacuna_pdf_content_width  (LacunaPdf           *pdf);
double      lacuna_pdf_left           (LacunaPdf           *pdf);

/* A right-to-left document aligns its paragraphs right, indents them from
 * the right, and mirrors tables, the contents, charts and page furniture.
 * Each paragraph still runs in its own direction (see pdf-bidi.h): an
 * English note in an Arabic report reads left to right, aligned right; an
 * Arabic note in an English report reads right to left, aligned right. */
void        lacuna_pdf_set_direction  (LacunaPdf           *pdf,
                                       LacunaPdfDirection   direction);
void        lacuna_pdf_set_language   (LacunaPdf           *pdf,
                                       const char          *tag);
gboolean    lacuna_pdf_is_rtl         (LacunaPdf           *pdf);
/* x of a box of width at x on a left-to-right page, reflected about the
 * page's middle in a right-to-left document. */
double      lacuna_pdf_mirror         (LacunaPdf           *pdf,
                                       double               x,
                                       double               width);
/* Characters no face has, drawn as U+FFFD, in code point order. */
GArray     *lacuna_pdf_get_missing_characters (LacunaPdf   *pdf);
double      lacuna_pdf_get_y          (LacunaPdf           *pdf);
void        lacuna_pdf_skip           (LacunaPdf           *pdf,
                                       double               points);
void        lacuna_pdf_ensure         (LacunaPdf           *pdf,
                                       double               height);

double      lacuna_pdf_text_width     (LacunaPdf           *pdf,
                                       LacunaPdfFace        face,
                                       double               size,
                                       const char          *text);
GPtrArray  *lacuna_pdf_wrap           (LacunaPdf           *pdf,
                                       LacunaPdfFace        face,
                                       double               size,
                                       const char          *text,
                                       double               width);
void        lacuna_pdf_draw_text      (LacunaPdf           *pdf,
                                       guint                page,
                                       LacunaPdfFace        face,
                                       double               size,
                                       const LacunaPdfColor *color,
                                       double               x,
                                       double               baseline,
                                       const char          *text);
/* text in [left, right], at the document's start side. */
void        lacuna_pdf_draw_in        (LacunaPdf           *pdf,
                                       guint                page,
                                       LacunaPdfFace        face,
                                       double               size,
                                       const LacunaPdfColor *color,
                                       double               left,
                                       double               right,
                                       double               baseline,
                                       const char          *text);
void        lacuna_pdf_fill_rect      (LacunaPdf           *pdf,
                                       guint                page,
                                       const LacunaPdfColor *color,
                                       double               x,
                                       double               y,
                                       double               width,
                                       double               height);
void        lacuna_pdf_line           (LacunaPdf           *pdf,
                                       guint                page,
                                       const LacunaPdfColor *color,
                                       double               x1,
                                       double               y1,
                                       double               x2,
                                       double               y2,
                                       double               width);

void        lacuna_pdf_paragraph      (LacunaPdf            *pdf,
                                       const LacunaPdfStyle *style,
                                       const char           *text);
void        lacuna_pdf_heading        (LacunaPdf            *pdf,
                                       guint                 level,
                                       const char           *text);
void        lacuna_pdf_table          (LacunaPdf             *pdf,
                                       const LacunaPdfColumn *columns,
                                       guint                  n_columns,
                                       GPtrArray             *rows,
                                       double                 font_size);

void        lacuna_pdf_reserve_contents (LacunaPdf          *pdf,
                                         guint               n_pages);
guint       lacuna_pdf_contents_pages_needed (guint          n_entries);
char       *lacuna_pdf_ellipsize      (LacunaPdf           *pdf,
                                       LacunaPdfFace        face,
                                       double               size,
                                       const char          *text,
                                       double               width);
void        lacuna_pdf_finish         (LacunaPdf           *pdf,
                                       const char          *contents_title,
                                       const char          *running_header,
                                       const char          *edition);
gboolean    lacuna_pdf_save           (LacunaPdf           *pdf,
                                       const char          *path,
                                       GError             **error);

void        lacuna_pdf_row_free       (LacunaPdfRow        *row);
const char *lacuna_fonts_directory    (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LacunaPdf, lacuna_pdf_free)

G_END_DECLS
