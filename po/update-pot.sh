#!/bin/sh
# Regenerates po/lacuna.pot from po/POTFILES.in. GETTEXTDATADIRS makes
# xgettext find the ITS rules for framework files, while .ui files keep
# xgettext's own GtkBuilder rules (a global --its would override those).
set -eu
srcdir=$1
output=${2:-"$srcdir/po/lacuna.pot"}
case $output in
  /*) ;;
  *) output="$PWD/$output" ;;
esac
cd "$srcdir"
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$output.files"
GETTEXTDATADIRS="$srcdir/frameworks" xgettext \
  --package-name=lacuna --msgid-bugs-address=https://github.com/lacuna/lacuna/issues \
  --from-code=UTF-8 --add-comments=Translators: \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=lacuna_ngettext:1,2 \
  --files-from="$output.files" --output="$output"
rm -f "$output.files"
