#!/bin/sh
# Builds the libFuzzer targets with clang (build-fuzzclang) and runs each
# one for SECONDS (default 60) from its seed corpus in tests/fuzz/corpus.
#   scripts/fuzz.sh [SECONDS] [TARGET…]
# FUZZ_SEED=N fixes libFuzzer's random seed: scripts/test.sh does, so that
# CI tries much the same inputs each time and fails for a change to the
# code, not for the luck of the draw; long runs on demand leave it random.
# Inputs the fuzzer finds interesting are kept in build-fuzzclang/corpus,
# not in the source tree; a crash, a leak or a hang is saved under
# build-fuzzclang/crashes and makes the script fail. To keep one as a
# regression input, copy it into tests/fuzz/corpus/TARGET/ as crash-NAME.
set -eu
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-framework-loader import-json import-csv store-open merge}
build=build-fuzzclang
root=$(pwd)

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
fi
names=""
for target in $targets; do names="$names tests/fuzz/fuzz-$target"; done
# Quiet, unless the build fails.
# shellcheck disable=SC2086
if ! meson compile -C "$build" $names >"$build/fuzz-compile.log" 2>&1; then
  cat "$build/fuzz-compile.log"
  exit 1
fi

mkdir -p "$build/crashes"
status=0
for target in $targets; do
  seeds="tests/fuzz/corpus/$target"
  [ "$target" = framework-loader ] && seeds="$seeds tests/fixtures/frameworks frameworks"
  work="$build/corpus/$target"
  log="$build/fuzz-$target.log"
  mkdir -p "$work"
  rc=0
  # A leak in any single input is reported (LeakSanitizer after each run
  # that allocated more than it freed); an input running over 20 s counts
  # as a hang.
  # shellcheck disable=SC2086
  LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
  ASAN_OPTIONS="detect_leaks=1" UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
  G_DEBUG=fatal-criticals LC_ALL=C.UTF-8 TZ=UTC \
    "$build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
      -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" "$work" $seeds >"$log" 2>&1 || rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  coverage=$(sed -n 's/^#[0-9]*[[:space:]]*DONE[[:space:]]*cov: \([0-9]*\).*/\1/p' "$log" | tail -n 1)
  if [ "$rc" -eq 0 ]; then
    printf '%-17s ok      %s s, %s executions (%s/s), coverage %s edges, corpus %s files\n' \
      "$target" "$seconds" "${runs:-?}" "${speed:-?}" "${coverage:-?}" "$(ls "$work" | wc -l)"
  else
    status=1
    printf '%-17s FAILED  after %s executions; log: %s\n' "$target" "${runs:-?}" "$log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|.*runtime error)' "$log" | head -n 8 | sed 's/^/    /'
  fi
done
exit $status
