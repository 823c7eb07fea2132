/* cli-runner.h — running lacuna-cli from tests
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} CliResult;

void       cli_result_free (CliResult  *result);
/* Runs $LACUNA_CLI with the arguments (NULL-terminated); frameworks_dir,
 * when not NULL, replaces LACUNA_FRAMEWORKS_DIR. */
CliResult *run_cli         (const char *frameworks_dir,
                            ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

G_END_DECLS
