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
# lacuna-cli and every report font (the test's "depends"), named by their
# paths in the build folder.
targets=$(meson introspect "$build" --targets | python3 -c '
import json, sys
for target in json.load(sys.stdin):
    if target["name"] == "lacuna-cli" or "/data/fonts/" in target["filename"][0]:
        print(target["filename"][0])
')
root=$(pwd)
names=""
for file in $targets; do names="$names ${file#"$root/$build/"}"; done
# shellcheck disable=SC2086
meson compile -C "$build" $names >/dev/null
start=$(date +%s)
status=0
meson test -C "$build" --suite valgrind --no-rebuild --print-errorlogs || status=$?
echo "valgrind-cli took $(( $(date +%s) - start )) s"
exit $status
