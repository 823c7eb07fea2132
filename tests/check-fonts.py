#!/usr/bin/python3
# Copyright 2026 The Lacuna authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the faces build-aux/prepare-font.py prepared for the PDF report.

    check-fonts.py FONT...

For each font: no composite glyph is left (libharu 2.3.0 loses the inner
outlines of nested composites), every character of a sample covering the
report's scripts has a glyph, and the file is small enough to show that it
was subset. Prints "ok" and exits 0, or prints every failure and exits 1.
"""

import os
import sys

from fontTools.ttLib import TTFont, TTLibError

SAMPLE = ("AÄÖÜäöüëïÿ ÁÉÍÓÚáéíóúñçàèùâêîôû ǅǄǺǻ ĀāĒēŐőŰű ŁłŃńŚśŹźŻż "
          "ČčŠšŽžŘřĚěŮů ΑΒΓΔαβγδάέήίόύώΐΰ ЁёЙйЇїЄєЎўАБВГабвгӘә "
          "“”‘’–—…•→✓")

# DejaVu Sans as Debian ships it is 620-740 KiB a face; the prepared faces,
# with every composite flattened into plain outlines, are about 330-355 KiB.
# Anything above this limit was not subset.
MAX_BYTES = 400 * 1024


def check(path):
    """Returns the list of problems found in the font at path."""
    try:
        size = os.path.getsize(path)
        font = TTFont(path)
    except (OSError, TTLibError) as error:
        return [f"cannot read it ({error})"]

    problems = []
    if size >= MAX_BYTES:
        problems.append(f"{size} bytes, not under {MAX_BYTES}: was it subset?")

    if "glyf" not in font:
        problems.append("not a TrueType font (no glyf table)")
    else:
        glyf = font["glyf"]
        composites = [name for name in font.getGlyphOrder()
                      if glyf[name].isComposite()]
        if composites:
            problems.append(f"{len(composites)} composite glyphs left, "
                            f"such as {', '.join(composites[:5])}")

    cmap = font.getBestCmap() or {}
    missing = sorted({c for c in SAMPLE if c != " " and ord(c) not in cmap})
    if missing:
        problems.append("no glyph for " + " ".join(
            f"{c} (U+{ord(c):04X})" for c in missing))
    return problems


def main(paths):
    if not paths:
        print("usage: check-fonts.py FONT...", file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        for problem in check(path):
            print(f"{path}: {problem}")
            failed = True
    if failed:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
