#!/bin/sh
# Every language po/LINGUAS lists is complete against the strings the
# sources have now (not the template in the repository, which may lag):
# no untranslated or fuzzy message, and msgfmt --check passes (format
# strings, plural forms, headers).
#
# Usage: check-translations.sh SOURCE_DIR
set -eu
srcdir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$srcdir/po/update-pot.sh" "$srcdir" "$work/lacuna.pot" 2>/dev/null
status=0
for language in $(sed 's/#.*//' "$srcdir/po/LINGUAS"); do
  po="$srcdir/po/$language.po"
  msgmerge --quiet --no-fuzzy-matching -o "$work/$language.po" "$po" "$work/lacuna.pot"
  if ! msgfmt --check -o /dev/null "$po"; then
    echo "$language: msgfmt --check fails on po/$language.po"
    status=1
  fi
  missing=$(msgattrib --untranslated --no-obsolete "$work/$language.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$work/$language.po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when it prints anything.
  [ "$missing" -gt 0 ] && missing=$((missing - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$missing" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
    echo "$language: $missing untranslated and $fuzzy fuzzy message(s); run 'ninja lacuna-pot', msgmerge po/$language.po and translate them"
    msgattrib --untranslated --no-obsolete "$work/$language.po" 2>/dev/null | grep '^msgid ' | head -5
    status=1
  else
    echo "$language: complete ($(msgfmt --statistics -o /dev/null "$work/$language.po" 2>&1))"
  fi
done
exit $status
