#!/bin/sh
# Writes the seed corpora of the assessment fuzz targets, and the base
# assessment the import and merge targets start from, with lacuna-cli.
#   tests/fuzz/make-corpus.sh BUILD_DIR
# Everything is made with the small test catalogue, so the files stay a
# few kilobytes. Rerun it only to replace the seeds wholesale: the merge
# seeds are copies of base.lacuna and must be made together with it.
# Regression inputs (crashes once found) live beside the seeds with names
# starting "crash-" and are kept.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
cli="$build/src/cli/lacuna-cli"
corpus="$here/corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LACUNA_FRAMEWORKS_DIR="$here/../fixtures/frameworks/valid"
export LC_ALL=C.UTF-8 TZ=UTC

lacuna () { "$cli" "$@" >/dev/null; }
# Small pages, then VACUUM: the files shrink to a few kilobytes.
compact () {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA page_size = 512")
db.execute("VACUUM")
db.close()
PY
}

for target in import-json import-csv store-open merge; do
  mkdir -p "$corpus/$target"
  find "$corpus/$target" -type f ! -name 'crash-*' -delete
done

# The copy both sides of the merge seeds started from.
lacuna new "$work/ancestor.lacuna" --country XA --country-name Arcadia --title "Fuzz base" \
  --framework demo --lead "Ministry of Justice" --period-start 2025-01-01 --period-end 2025-12-31 --by Ana
lacuna set "$work/ancestor.lacuna" DEMO-P1-01 --law partial --practice none --evidence "Penal code, art. 12" --by Ana
lacuna participant add "$work/ancestor.lacuna" --name "Ana Souza" --institution "Ministry of Justice" \
  --role Coordinator --pillar DEMO-P1 --by Ana
lacuna instrument add "$work/ancestor.lacuna" --type law --title "Penal Code" --article "Art. 12" \
  --adopted 2011-05-02 --measure DEMO-P1-01 --by Ana

# This copy's own edits since then: base.lacuna, "mine" in every merge.
cp "$work/ancestor.lacuna" "$work/base.lacuna"
lacuna set "$work/base.lacuna" DEMO-P1-01 --law full --notes "Amended in 2024" --by Ben
lacuna set "$work/base.lacuna" DEMO-P1-03 --practice largely --urgency higher --urgency-reason "Backlog" --by Ben
lacuna participant add "$work/base.lacuna" --name "Ben Okafor" --institution "Police" --by Ben
compact "$work/base.lacuna"
cp "$work/base.lacuna" "$here/base.lacuna"

# Other copies: a conflict, changes only there, and both.
other () { cp "$work/ancestor.lacuna" "$work/$1.lacuna"; }
other conflict
lacuna set "$work/conflict.lacuna" DEMO-P1-01 --law largely --by Cleo
other theirs-only
lacuna set "$work/theirs-only.lacuna" DEMO-P1-02 --law not-applicable --reason "No attempts in law" --by Cleo
lacuna participant add "$work/theirs-only.lacuna" --name "Cleo Haddad" --contact "cleo@example.org" --by Cleo
other same-answer
lacuna set "$work/same-answer.lacuna" DEMO-P1-01 --law full --notes "Amended in 2024" --by Cleo
other everything
lacuna set "$work/everything.lacuna" DEMO-P1-01 --law none --confidential yes --by Cleo
lacuna set "$work/everything.lacuna" DEMO-P1-03 --practice full --ta-needs training --timeframe 2026 --by Cleo
lacuna instrument add "$work/everything.lacuna" --type action-plan --title "National Plan" --status draft \
  --measure DEMO-P1-02 --measure DEMO-P1-03 --confidential --by Cleo
lacuna participant add "$work/everything.lacuna" --name "Dmitri Ivanov" --pillar DEMO-P1 --by Cleo
# Not a copy of the base: refused.
lacuna new "$work/stranger.lacuna" --country FR --framework demo --by Eve
for name in conflict theirs-only same-answer everything stranger; do compact "$work/$name.lacuna"; done
cp "$work/ancestor.lacuna" "$work/ancestor-full.lacuna"
compact "$work/ancestor.lacuna"
for name in ancestor conflict theirs-only same-answer everything stranger; do
  cp "$work/$name.lacuna" "$corpus/merge/$name.lacuna"
done

# Opening: the same files, an old schema, and damaged ones.
for name in base ancestor everything stranger; do cp "$work/$name.lacuna" "$corpus/store-open/$name.lacuna"; done
cp "$here/../fixtures/store/v1.lacuna" "$corpus/store-open/schema-v1.lacuna"
head -c 2048 "$work/everything.lacuna" > "$corpus/store-open/truncated.lacuna"
python3 - "$work/everything.lacuna" "$corpus/store-open" <<'PY'
import sqlite3, sys, shutil
source, out = sys.argv[1], sys.argv[2]
data = bytearray(open(source, "rb").read())
# A page in the middle overwritten, as by a bad sector or a partial copy.
damaged = bytearray(data)
damaged[len(data) // 2:len(data) // 2 + 512] = b"\xa5" * 512
open(out + "/damaged-page.lacuna", "wb").write(damaged)
# Claims a schema from the future.
newer = bytearray(data)
newer[60:64] = (99).to_bytes(4, "big")
open(out + "/newer-schema.lacuna", "wb").write(newer)
# A SQLite file of another application.
shutil.copy(source, out + "/other-application.lacuna")
db = sqlite3.connect(out + "/other-application.lacuna", isolation_level=None)
db.execute("PRAGMA application_id = 0")
db.close()
# Framework definitions that no longer parse.
shutil.copy(source, out + "/bad-snapshot.lacuna")
db = sqlite3.connect(out + "/bad-snapshot.lacuna", isolation_level=None)
db.execute("UPDATE framework_snapshot SET content = CAST('<framework id=' AS BLOB)")
db.close()
# An answer the schema's checks would refuse, written around them.
shutil.copy(source, out + "/odd-values.lacuna")
db = sqlite3.connect(out + "/odd-values.lacuna", isolation_level=None)
db.execute("PRAGMA ignore_check_constraints = ON")
db.execute("UPDATE answer SET law = 'sometimes', measure_id = 'NO-SUCH-MEASURE' WHERE rowid = (SELECT min(rowid) FROM answer)")
db.execute("UPDATE history SET entity = 'planet' WHERE rowid = (SELECT max(rowid) FROM history)")
db.close()
PY
printf 'not an assessment\n' > "$corpus/store-open/text.lacuna"

# Importing: exports of those copies, and hand-made documents.
for name in base everything stranger; do
  "$cli" export "$work/$name.lacuna" --format json > "$corpus/import-json/$name.json"
  "$cli" export "$work/$name.lacuna" --format csv > "$corpus/import-csv/$name.csv"
done
json="$corpus/import-json"
printf '{"format":"lacuna-assessment","format_version":1}' > "$json/minimal.json"
printf '{"format":"lacuna-assessment","format_version":2}' > "$json/newer-version.json"
printf '{"format":"something-else","format_version":1}' > "$json/other-format.json"
printf '{"format":"lacuna-assessment","format_version":1,"answers":[{"measure_id":"DEMO-P1-01","law":7}]}' > "$json/wrong-type.json"
printf '{"format":"lacuna-assessment","format_version":1,"answers":[{"measure_id":"NOPE","law":"full"}]}' > "$json/unknown-measure.json"
printf '[1,2,3]' > "$json/array.json"
printf '{"format":"lacuna-assessment",' > "$json/truncated.json"
csv="$corpus/import-csv"
printf 'measure_id,law\r\nDEMO-P1-01,full\r\n' > "$csv/crlf.csv"
printf 'measure_id,law,notes\nDEMO-P1-01,partial,"quoted, with ""quotes""\nand a line"\n' > "$csv/quoted.csv"
printf 'measure_id,law\nDEMO-P1-01,"unterminated\n' > "$csv/unterminated.csv"
printf 'measure_id,law\nDEMO-P1-01,often\n' > "$csv/bad-level.csv"
printf 'law,notes\nfull,no id column\n' > "$csv/no-id.csv"
printf 'measure_id\n' > "$csv/header-only.csv"
ls -l "$here/base.lacuna"; du -sh "$corpus"
