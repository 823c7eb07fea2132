#!/usr/bin/python3
# Copyright 2026 The Lacuna authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that every character a PDF report draws has a glyph in its face.

    check-drawn-glyphs.py REPORT.pdf FONTS_DIR

libharu draws a character its face lacks as that face's .notdef glyph
without a word, and text extraction still returns the character, so only
the drawing instructions tell. libharu writes each character's code point as
its CID: every string shown on every page is read (through qpdf, streams
decoded), and each code point is looked up in the character map of the
prepared face the page's font resource names. Prints a summary and exits 0,
or prints each character drawn without a glyph and exits 1.
"""

import base64
import glob
import json
import os
import re
import subprocess
import sys

from fontTools.ttLib import TTFont

TOKENS = re.compile(rb"/([A-Za-z0-9]+)\s+[-0-9.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj")


def faces(directory):
    """The character map of each prepared face, by PostScript name."""
    result = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.ttf"))):
        font = TTFont(path)
        name = font["name"].getDebugName(6)
        result[name] = (os.path.basename(path), font.getBestCmap() or {})
    return result


def check(pdf, directory):
    known = faces(directory)
    output = subprocess.run(
        ["qpdf", "--json=2", "--json-stream-data=inline",
         "--decode-level=generalized", pdf],
        check=False, capture_output=True)
    if output.returncode not in (0, 3):
        return [f"qpdf failed: {output.stderr.decode(errors='replace')}"], {}
    document = json.loads(output.stdout)
    objects = document["qpdf"][1]

    problems = []
    drawn = {}
    for page in document["pages"]:
        page_dict = objects["obj:" + page["object"]]["value"]
        resources = page_dict.get("/Resources", {})
        if isinstance(resources, str):
            resources = objects["obj:" + resources]["value"]
        fonts = {}
        for resource, reference in resources.get("/Font", {}).items():
            base = objects["obj:" + reference]["value"]["/BaseFont"]
            # "/HPDFAA+DejaVuSans,Book": subset tag, PostScript name, style
            fonts[resource[1:]] = base[1:].split("+", 1)[-1].split(",")[0]
        for contents in page["contents"]:
            data = base64.b64decode(objects["obj:" + contents]["stream"]["data"])
            current = None
            for match in TOKENS.finditer(data):
                if match.group(1) is not None:
                    current = fonts.get(match.group(1).decode())
                    continue
                hexes = match.group(2).decode()
                if current not in known:
                    problems.append(f"page {page['pageposfrom1']}: text in "
                                    f"{current}, not a face of the report")
                    continue
                file_name, cmap = known[current]
                for i in range(0, len(hexes), 4):
                    code = int(hexes[i:i + 4], 16)
                    drawn.setdefault(file_name, set()).add(code)
                    if cmap.get(code, ".notdef") == ".notdef":
                        problems.append(
                            f"page {page['pageposfrom1']}: {chr(code)} "
                            f"(U+{code:04X}) drawn with {file_name}, "
                            "which has no glyph for it")
    return problems, drawn


def main(argv):
    if len(argv) != 3:
        print("usage: check-drawn-glyphs.py REPORT.pdf FONTS_DIR",
              file=sys.stderr)
        return 2
    problems, drawn = check(argv[1], argv[2])
    for problem in sorted(set(problems)):
        print(problem)
    if problems:
        return 1
    print("ok: " + ", ".join(f"{len(codes)} characters with {name}"
                             for name, codes in sorted(drawn.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
