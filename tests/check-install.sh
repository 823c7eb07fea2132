#!/bin/sh
# Installs into a temporary DESTDIR and runs the installed binaries with no
# help from the environment: they must find their own frameworks.
set -eu
build_dir=$1
prefix=$2
bindir=$3
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

meson install -C "$build_dir" --no-rebuild --destdir "$destdir" --quiet
installed_cli="$destdir$prefix/$bindir/lacuna-cli"
test -x "$installed_cli"
test -x "$destdir$prefix/$bindir/lacuna"

unset LACUNA_FRAMEWORKS_DIR
output=$(cd / && "$installed_cli" frameworks --json)
echo "$output" | grep -q '"measure_count" : 74' || { echo "installed CLI did not list 74 TIP measures"; exit 1; }
echo "$output" | grep -q '"measure_count" : 50' || { echo "installed CLI did not list 50 SOM measures"; exit 1; }
echo "$output" | grep -q "\"file\" : \"$destdir" || { echo "installed CLI did not read the installed files"; exit 1; }
echo "installed lacuna-cli found its frameworks under $destdir$prefix"

# The installed CLI writes a report with the installed fonts.
work=$(mktemp -d)
trap 'rm -rf "$destdir" "$work"' EXIT
unset LACUNA_FONTS_DIR
"$installed_cli" sample "$work/sample.lacuna" >/dev/null
"$installed_cli" report "$work/sample.lacuna" -o "$work/report.pdf" >/dev/null
head -c 5 "$work/report.pdf" | grep -q '%PDF-' || { echo "installed CLI did not write a PDF"; exit 1; }
echo "installed lacuna-cli wrote a report with its installed fonts"

# The installed CLI offers every translation built, from the installed files.
unset LACUNA_LOCALE_DIR
languages=$("$installed_cli" languages)
for mo in "$build_dir"/po/*/LC_MESSAGES/lacuna.mo; do
  [ -e "$mo" ] || continue
  lang=$(basename "$(dirname "$(dirname "$mo")")")
  echo "$languages" | grep -q "^$lang " || { echo "installed CLI does not offer $lang"; exit 1; }
done
echo "installed lacuna-cli offers: $(echo "$languages" | cut -d' ' -f1 | tr '\n' ' ')"
