#!/bin/sh
# Builds Lacuna without sanitizers (build-valgrind: the optimised debug
# build that scripts/run.sh makes, warnings as errors) and runs
# lacuna-cli's command-line flows under valgrind: the meson test
# "valgrind-cli" (tests/valgrind-cli.sh), which fails on any memory error
# or definite leak. Everything is compiled, not only what the test needs:
# at -O2 GCC finds things (a possible NULL dereference, say) that the
# sanitized build does not, and a newcomer's first build must not stop on
# them.
set -eu
cd "$(dirname "$0")/.."

build=build-valgrind
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" --buildtype=debugoptimized -Dwerror=true >/dev/null
fi
if ! meson compile -C "$build" >"$build/compile.log" 2>&1; then
  grep -E "error|warning" "$build/compile.log" | head -n 20
  echo "build-valgrind: the optimised build fails; see $build/compile.log"
  exit 1
fi
start=$(date +%s)
status=0
meson test -C "$build" --suite valgrind --no-rebuild --print-errorlogs || status=$?
echo "valgrind-cli took $(( $(date +%s) - start )) s"
exit $status
