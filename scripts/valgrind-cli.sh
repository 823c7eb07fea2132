#!/bin/sh
# Builds lacuna-cli without sanitizers (build-valgrind, a debug build) and
# runs its command-line flows under valgrind: the meson test
# "valgrind-cli" (tests/valgrind-cli.sh), which fails on any memory error
# or definite leak. Only what the test needs is built.
set -eu
cd "$(dirname "$0")/.."

build=build-valgrind
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" --buildtype=debug -Dwerror=true >/dev/null
fi
meson compile -C "$build" src/cli/lacuna-cli data/fonts/lacuna-sans.ttf \
  data/fonts/lacuna-sans-bold.ttf data/fonts/lacuna-sans-italic.ttf >/dev/null
start=$(date +%s)
status=0
meson test -C "$build" --suite valgrind --no-rebuild --print-errorlogs || status=$?
echo "valgrind-cli took $(( $(date +%s) - start )) s"
exit $status
