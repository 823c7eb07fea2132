/* cli.h — shared declarations of lacuna-cli's sub-commands
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "store.h"

G_BEGIN_DECLS

/* Exit statuses of every sub-command (see ARCHITECTURE.md). */
enum {
  LACUNA_EXIT_OK = 0,
  LACUNA_EXIT_FAILURE = 1,   /* a user error: bad file, invalid data… */
  LACUNA_EXIT_USAGE = 2,     /* the command line itself is wrong */
};

typedef int (*LacunaCliRun) (int argc, char **argv);

typedef struct {
  const char   *name;
  const char   *parameters;  /* untranslated, e.g. "FILE..." */
  const char   *summary;     /* marked with N_() */
  LacunaCliRun  run;
} LacunaCliCommand;

int  lacuna_cli_frameworks (int argc, char **argv);
int  lacuna_cli_validate   (int argc, char **argv);
int  lacuna_cli_new        (int argc, char **argv);
int  lacuna_cli_set        (int argc, char **argv);
int  lacuna_cli_show       (int argc, char **argv);
int  lacuna_cli_history    (int argc, char **argv);
int  lacuna_cli_instrument (int argc, char **argv);
int  lacuna_cli_participant (int argc, char **argv);
int  lacuna_cli_export     (int argc, char **argv);
int  lacuna_cli_import     (int argc, char **argv);
int  lacuna_cli_merge      (int argc, char **argv);
int  lacuna_cli_sample     (int argc, char **argv);
int  lacuna_cli_analyse    (int argc, char **argv);
int  lacuna_cli_compare    (int argc, char **argv);
int  lacuna_cli_upgrade    (int argc, char **argv);
int  lacuna_cli_report     (int argc, char **argv);
int  lacuna_cli_languages  (int argc, char **argv);

/* Opens an assessment, printing the reason on failure. */
LacunaStore *lacuna_cli_open_store (const char *path,
                                    gboolean    read_only);
/* Who an edit is recorded as made by, when --by is not given. */
const char  *lacuna_cli_default_author (void);

/* Parses a sub-command's options; prints the error and returns FALSE on bad
 * usage. */
gboolean lacuna_cli_parse_options (const char    *command,
                                   const char    *parameters,
                                   const char    *summary,
                                   GOptionEntry  *entries,
                                   int           *argc,
                                   char        ***argv);

void lacuna_cli_print_json (JsonNode *root);

void lacuna_cli_error (const char *format,
                       ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
