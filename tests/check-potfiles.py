#!/usr/bin/env python3
"""Fails when a source file marks strings for translation but is missing
from po/POTFILES.in (its strings would never reach translators), when
POTFILES.in names a file that no longer exists, or when a translatable
string is glued to a format macro such as G_GSIZE_FORMAT (xgettext cannot
expand it, so translators get a truncated message that never matches)."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = {line.strip() for line in (root / "po" / "POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")}

marker_c = re.compile(r'\b(?:N?_|C_|NC_|g_dngettext|ngettext|lacuna_ngettext)\s*\(\s*"')
glued_macro = re.compile(r'\b(?:N?_|C_|NC_)\s*\(\s*"[^"]*"\s*G_G\w*_FORMAT')
problems = []
marked = set()
for path in (root / "src").rglob("*.c"):
    text = path.read_text(encoding="utf-8")
    if marker_c.search(text):
        marked.add(path.relative_to(root).as_posix())
    for match in glued_macro.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        problems.append(f"{path.relative_to(root)}:{line}: a format macro inside a translatable string; "
                        "cast the value and use a plain conversion such as %llu")
for path in (root / "ui").rglob("*.ui"):
    if 'translatable="yes"' in path.read_text(encoding="utf-8"):
        marked.add(path.relative_to(root).as_posix())
for path in (root / "frameworks").glob("*.xml"):
    marked.add(path.relative_to(root).as_posix())

for name in sorted(marked - listed):
    problems.append(f"po/POTFILES.in: {name} has translatable strings but is not listed; add it")
for name in sorted(listed):
    if not (root / name).is_file():
        problems.append(f"po/POTFILES.in: {name} does not exist; remove it")
for problem in problems:
    print(problem, file=sys.stderr)
print(f"{len(listed)} files listed, {len(marked)} with translatable strings")
sys.exit(1 if problems else 0)
