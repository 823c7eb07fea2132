#!/bin/sh
# The installed lacuna-cli writes a report in French when asked to
# (report --lang fr), whatever the language of the session.
#
# A missing French catalogue is a failure: po/LINGUAS lists fr.
#
# Usage: check-french-report.sh BUILD_DIR PREFIX BINDIR LOCALEDIR
set -eu
build_dir=$1
prefix=$2
bindir=$3
localedir=$4
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

meson install -C "$build_dir" --no-rebuild --destdir "$destdir" --quiet
catalogues="$destdir$prefix/$localedir"
if [ ! -s "$catalogues/fr/LC_MESSAGES/lacuna.mo" ]; then
  echo "FAIL: no French catalogue installed ($localedir/fr/LC_MESSAGES/lacuna.mo)"
  exit 1
fi

cli="$destdir$prefix/$bindir/lacuna-cli"
unset LACUNA_FRAMEWORKS_DIR LACUNA_FONTS_DIR LANGUAGE
# An English session: the language comes from --lang alone.
export LC_ALL=C.UTF-8
"$cli" sample "$destdir/sample.lacuna" >/dev/null
"$cli" report "$destdir/sample.lacuna" -o "$destdir/report.pdf" --lang fr >/dev/null
pdftotext -q -layout "$destdir/report.pdf" "$destdir/report.txt"

# The French headings are whatever the installed catalogue says; each must
# be translated, and printed in the report instead of the English one.
failures=0
for heading in "Executive summary" "Treaty compliance gaps" "Priority recommendations" "Charts"; do
  french=$(TEXTDOMAINDIR="$catalogues" LANGUAGE=fr gettext -d lacuna "$heading")
  if [ "$french" = "$heading" ]; then
    echo "FAIL: the French catalogue does not translate the heading '$heading'"
    failures=$((failures + 1))
  elif ! grep -qF "$french" "$destdir/report.txt"; then
    echo "FAIL: the French report lacks the heading '$french' ($heading)"
    failures=$((failures + 1))
  elif grep -qF "$heading" "$destdir/report.txt"; then
    echo "FAIL: the French report still has the English heading '$heading'"
    failures=$((failures + 1))
  else
    echo "ok: '$heading' is printed as '$french'"
  fi
done
exit $((failures != 0))
