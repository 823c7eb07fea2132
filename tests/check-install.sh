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

# The desktop integration: launcher, software-centre entry, icons, file
# type, settings schema and user guide, each where the desktop looks.
datadir=${4:-share}
localedir=${5:-share/locale}
share="$destdir$prefix/$datadir"
app_id=io.github.lacuna.Lacuna
missing=0
for file in \
  "applications/$app_id.desktop" \
  "metainfo/$app_id.metainfo.xml" \
  "icons/hicolor/scalable/apps/$app_id.svg" \
  "icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "mime/packages/$app_id.xml" \
  "glib-2.0/schemas/$app_id.gschema.xml"; do
  if [ ! -s "$share/$file" ]; then
    echo "not installed: $datadir/$file"
    missing=$((missing + 1))
  fi
done
if [ ! -s "$share/doc/lacuna/USER-GUIDE.html" ] && [ ! -s "$share/doc/lacuna/USER-GUIDE.md" ]; then
  echo "not installed: $datadir/doc/lacuna/USER-GUIDE.html (or .md)"
  missing=$((missing + 1))
fi
# The launcher names the icon and the file type that were installed.
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" 2>/dev/null \
  || { echo "the installed launcher does not name the icon $app_id"; missing=$((missing + 1)); }
mime_type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$share/mime/packages/$app_id.xml" 2>/dev/null)
grep -q "^MimeType=.*$mime_type;" "$share/applications/$app_id.desktop" 2>/dev/null \
  || { echo "the installed launcher does not list the file type '$mime_type'"; missing=$((missing + 1)); }

# A compiled catalogue for every language po/LINGUAS lists.
linguas="$(dirname "$0")/../po/LINGUAS"
for language in $(sed 's/#.*//' "$linguas"); do
  if [ ! -s "$destdir$prefix/$localedir/$language/LC_MESSAGES/lacuna.mo" ]; then
    echo "not installed: $localedir/$language/LC_MESSAGES/lacuna.mo"
    missing=$((missing + 1))
  fi
done
if [ "$missing" -ne 0 ]; then
  echo "$missing part(s) of the installation missing or wrong"
  exit 1
fi
echo "installed the launcher, metainfo, icons, file type, schema, user guide and $(sed 's/#.*//' "$linguas" | wc -w) catalogue(s)"
