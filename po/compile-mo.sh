#!/bin/sh
# Compiles one translation, PO → MO, into the layout gettext looks in:
# OUTDIR/LC_MESSAGES/lacuna.mo, OUTDIR being the language's folder of a
# locale tree (so the build tree serves as LACUNA_LOCALE_DIR).
# Usage: compile-mo.sh MSGFMT INPUT.po OUTDIR
set -eu
msgfmt=$1
input=$2
outdir=$3
mkdir -p "$outdir/LC_MESSAGES"
# --check refuses format strings that do not match their original, which
# would otherwise crash the printf that uses them.
"$msgfmt" --check -o "$outdir/LC_MESSAGES/lacuna.mo.tmp" "$input"
mv "$outdir/LC_MESSAGES/lacuna.mo.tmp" "$outdir/LC_MESSAGES/lacuna.mo"
# The folder is what meson knows as the output: its time tells ninja the
# translation is up to date.
touch "$outdir"
