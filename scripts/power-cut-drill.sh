#!/bin/sh
# The power-cut drill, as long as you like: kills lacuna-cli with SIGKILL at
# random moments of a long editing session and checks the assessment after
# every kill (tests/drills/power-cut-drill.py says what is checked).
#
#   scripts/power-cut-drill.sh [ROUNDS [SEED]]
#
# ROUNDS kills (default 500); SEED repeats a run's choice of edits (the
# instants of the kills depend on timing). Uses the build of
# scripts/test.sh (build-test), or the build folder in $BUILD, and builds it
# first if needed. The suite runs a short version (meson test power-cut-drill).
set -eu
cd "$(dirname "$0")/.."

rounds=${1:-500}
seed=${2:-}
build=${BUILD:-build-test}
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Dwerror=true -Db_sanitize=address,undefined
fi
meson compile -C "$build" >/dev/null

LACUNA_FRAMEWORKS_DIR="$PWD/frameworks" LACUNA_FONTS_DIR="$PWD/$build/data/fonts" \
  exec python3 tests/drills/power-cut-drill.py --cli "$build/src/cli/lacuna-cli" --rounds "$rounds" ${seed:+--seed "$seed"}
