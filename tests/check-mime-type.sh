#!/bin/sh
# The desktop recognises an assessment by its content, not only by its
# .lacuna extension: the MIME package (data/io.github.lacuna.Lacuna.mime.xml.in,
# merged into the build folder) is compiled into a mime database of its own
# and GIO is asked what it makes of a few files. A plain SQLite database,
# or one of another application, must not pass for an assessment.
#
# Usage: check-mime-type.sh MIME_PACKAGE.xml   (LACUNA_CLI names lacuna-cli)
set -eu
package=$1
cli=${LACUNA_CLI:?LACUNA_CLI must name lacuna-cli}
expected=application/x-lacuna-assessment

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/share/mime/packages" "$work/home" "$work/files"
cp "$package" "$work/share/mime/packages/"
# Our database first, then the system's (which defines application/vnd.sqlite3);
# an empty home, so that nothing the user installed takes part.
export XDG_DATA_DIRS="$work/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export XDG_DATA_HOME="$work/home"
update-mime-database "$work/share/mime"

content_type () {
  gio info --attributes=standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}

failures=0
expect () {
  actual=$(content_type "$2")
  if [ "$actual" = "$1" ]; then
    echo "ok: $(basename "$2") is $actual"
  else
    echo "FAIL: $(basename "$2") is '$actual', expected $1"
    failures=$((failures + 1))
  fi
}

"$cli" sample "$work/files/sample.lacuna" >/dev/null
cp "$work/files/sample.lacuna" "$work/files/assessment-without-extension"
expect "$expected" "$work/files/sample.lacuna"
expect "$expected" "$work/files/assessment-without-extension"

# Another SQLite database: without an application_id, and with another one.
python3 - "$work/files/plain-database" "$work/files/other-application" <<'PYTHON'
import sqlite3
import sys
for path, application_id in ((sys.argv[1], 0), (sys.argv[2], 0x4C414356)):
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {application_id}")
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
PYTHON
expect application/vnd.sqlite3 "$work/files/plain-database"
expect application/vnd.sqlite3 "$work/files/other-application"

# The extension is enough: magic that finds only the parent type
# (application/vnd.sqlite3) does not overrule it.
cp "$work/files/plain-database" "$work/files/named.lacuna"
expect "$expected" "$work/files/named.lacuna"

if [ "$failures" -ne 0 ]; then
  echo "$failures file(s) recognised wrongly"
  exit 1
fi
