#!/usr/bin/env python3
"""Fails when a source file marks strings for translation but is missing
from po/POTFILES.in (its strings would never reach translators), or when
POTFILES.in names a file that no longer exists."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = {line.strip() for line in (root / "po" / "POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")}

marker_c = re.compile(r'\b(?:N?_|C_|NC_|g_dngettext|ngettext|lacuna_ngettext)\s*\(\s*"')
marked = set()
for path in (root / "src").rglob("*.c"):
    if marker_c.search(path.read_text(encoding="utf-8")):
        marked.add(path.relative_to(root).as_posix())
for path in (root / "ui").rglob("*.ui"):
    if 'translatable="yes"' in path.read_text(encoding="utf-8"):
        marked.add(path.relative_to(root).as_posix())
for path in (root / "frameworks").glob("*.xml"):
    marked.add(path.relative_to(root).as_posix())

problems = []
for name in sorted(marked - listed):
    problems.append(f"po/POTFILES.in: {name} has translatable strings but is not listed; add it")
for name in sorted(listed):
    if not (root / name).is_file():
        problems.append(f"po/POTFILES.in: {name} does not exist; remove it")
for problem in problems:
    print(problem, file=sys.stderr)
print(f"{len(listed)} files listed, {len(marked)} with translatable strings")
sys.exit(1 if problems else 0)
