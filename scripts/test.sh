#!/bin/sh
# Sets up, builds with AddressSanitizer and UndefinedBehaviorSanitizer,
# warnings as errors, and runs the whole test suite (GUI tests under Xvfb).
set -eu
cd "$(dirname "$0")/.."

./scripts/setup.sh
build=build-test
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Dwerror=true -Db_sanitize=address,undefined
fi
meson compile -C "$build"

status=0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
  meson test -C "$build" --print-errorlogs --no-rebuild || status=$?

# Memory checks the sanitized build cannot make: lacuna-cli's flows under
# valgrind (its own unsanitized build), then every fuzz target for 10 s.
./scripts/valgrind-cli.sh || status=$?
FUZZ_SEED=1 ./scripts/fuzz.sh 10 || status=$?

# One closing line that counts every test case (TAP subtests included).
python3 scripts/summarize-tests.py "$build/meson-logs/testlog.json"
exit $status
