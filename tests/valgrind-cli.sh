#!/bin/sh
# valgrind-cli.sh — lacuna-cli's commands under valgrind's memcheck
#   valgrind-cli.sh SANITIZE      (meson's b_sanitize, "none" to run)
# Each command of the usual flows (sample, new, set, show, history,
# participants, instruments, export, import, merge, analyse, compare,
# upgrade, report) runs under memcheck; any invalid read or write, use of
# an uninitialised value or definite leak fails the test. Skipped (77)
# without valgrind, and in a sanitized build: AddressSanitizer's shadow
# memory and valgrind cannot share one process.
# Needs LACUNA_CLI, LACUNA_FRAMEWORKS_DIR, LACUNA_FONTS_DIR, G_TEST_SRCDIR.
set -eu

if [ "${1:-none}" != none ]; then
  echo "skipped: this build is sanitized ($1); valgrind needs a build without sanitizers (scripts/valgrind-cli.sh)"
  exit 77
fi
if ! command -v valgrind >/dev/null 2>&1; then
  echo "skipped: valgrind is not installed"
  exit 77
fi

cli=$LACUNA_CLI
export LACUNA_FRAMEWORKS_DIR
# Every edit is synced to disk; in memory the syncs are free.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then parent=/dev/shm; else parent=${TMPDIR:-/tmp}; fi
work=$(mktemp -d "$parent/lacuna-valgrind-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

failures=0
count=0
# G_SLICE is ignored by current GLib but makes older ones use malloc, so
# that valgrind sees every block. (To find where an uninitialised value
# came from, add --track-origins=yes below; it doubles the time.)
export G_SLICE=always-malloc G_DEBUG=gc-friendly
vg () {
  name=$1
  shift
  count=$((count + 1))
  began=$(date +%s)
  if valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
       --error-exitcode=99 --num-callers=30 \
       --suppressions="$G_TEST_SRCDIR/valgrind.supp" --log-file="$work/valgrind-$count.log" \
       "$cli" "$@" >"$work/out-$count.txt" 2>"$work/err-$count.txt"; then
    echo "ok $count - $name ($(( $(date +%s) - began )) s)"
  else
    status=$?
    if [ "$status" -eq 99 ]; then
      echo "not ok $count - $name: valgrind found errors"
      cat "$work/valgrind-$count.log"
    else
      echo "not ok $count - $name: exited with status $status"
      cat "$work/err-$count.txt"
    fi
    failures=$((failures + 1))
  fi
}
# vg with another framework folder installed.
vg_with () {
  saved=$LACUNA_FRAMEWORKS_DIR
  LACUNA_FRAMEWORKS_DIR=$1
  shift
  vg "$@"
  LACUNA_FRAMEWORKS_DIR=$saved
}
# The output of the last command run through vg.
last_output () { cat "$work/out-$count.txt"; }

vg "sample" sample sample.lacuna
vg "new" new copy.lacuna --country XA --country-name Arcadia --title "Valgrind" --by Ana
vg "set" set copy.lacuna TIP-P1-01 --law partial --practice none --evidence "Penal code, art. 12" --ta-needs training --by Ana
vg "show" show sample.lacuna
vg "show --json" show sample.lacuna --json
vg "history" history sample.lacuna
vg "participant add" participant add copy.lacuna --name "Ana Souza" --institution "Ministry" --pillar TIP-P1 --by Ana
vg "participant list" participant list copy.lacuna --json
vg "instrument add" instrument add copy.lacuna --type law --title "Penal Code" --article "Art. 12" --measure TIP-P1-01 --by Ana
vg "instrument list" instrument list copy.lacuna --json
uuid=$(last_output | sed -n 's/.*"uuid" *: *"\([^"]*\)".*/\1/p' | head -n 1)
vg "instrument link" instrument link copy.lacuna "$uuid" TIP-P1-02 --by Ana
vg "instrument remove" instrument remove copy.lacuna "$uuid" --by Ana
vg "export json" export sample.lacuna --format json -o sample.json
vg "export csv" export sample.lacuna --format csv -o sample.csv
vg "import json into a new file" import restored.lacuna sample.json --by Ana
vg "import csv into a file" import copy.lacuna sample.csv --by Ana
cp copy.lacuna theirs.lacuna
vg "set (their copy)" set theirs.lacuna TIP-P1-01 --law full --by Ben
vg "set (this copy)" set copy.lacuna TIP-P1-01 --law largely --by Ana
vg "merge" merge copy.lacuna theirs.lacuna --take-theirs TIP-P1-01 --by Ana
vg "analyse" analyse sample.lacuna
vg "analyse --json" analyse sample.lacuna --json
vg "new follow-up" new follow-up.lacuna --baseline sample.lacuna --by Ana
vg "compare" compare sample.lacuna follow-up.lacuna
vg "report" report follow-up.lacuna -o report.pdf --baseline sample.lacuna

# An upgrade that changes something: an assessment of the test catalogue,
# then a newer version of that catalogue installed.
mkdir newer
cp "$G_TEST_SRCDIR/fixtures/frameworks/valid/"*.xml newer/
sed -i 's/<framework id="demo" version="1.0"/<framework id="demo" version="1.1"/' newer/demo.xml
vg_with "$G_TEST_SRCDIR/fixtures/frameworks/valid" "new (test catalogue)" new old.lacuna --country XA --country-name Arcadia --framework demo --by Ana
vg_with "$work/newer" "upgrade" upgrade old.lacuna --by Ana
cp "$G_TEST_SRCDIR/fixtures/store/v1.lacuna" v1.lacuna
vg_with "$G_TEST_SRCDIR/fixtures/frameworks/valid" "show (schema 1, migrated)" show v1.lacuna

echo "1..$count"
[ "$failures" -eq 0 ]
