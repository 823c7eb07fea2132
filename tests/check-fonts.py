#!/usr/bin/python3
# Copyright 2026 The Lacuna authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the faces build-aux/prepare-font.py prepared for the PDF report.

    check-fonts.py FONT...

For each font: no composite glyph is left (libharu 2.3.0 loses parts of
composites: the inner outlines of nested ones in DejaVu, components of
one-level ones in Droid Sans Fallback), every character of a sample of the
scripts that face is for has a glyph, and the file is small
enough to show that it was subset. Prints "ok" and exits 0, or prints every failure and exits 1.
"""

import os
import sys

from fontTools.ttLib import TTFont, TTLibError

LATIN = ("AÄÖÜäöüëïÿ ÁÉÍÓÚáéíóúñçàèùâêîôû ǅǄǺǻ ĀāĒēŐőŰű ŁłŃńŚśŹźŻż "
         "ČčŠšŽžŘřĚěŮů Ȿ ΑΒΓΔαβγδάέήίόύώΐΰ ЁёЙйЇїЄєЎўАБВГабвгӘә "
         "“”‘’–—…•→✓� שלום עולם")

# Arabic as the report draws it: the letters, Arabic-Indic digits and
# punctuation, and every joined form FriBidi shapes the letters into
# (Arabic Presentation Forms-B, U+FE80 to U+FEFC, lam-alef included).
ARABIC = ("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوى ي٠١٢٣٤٥٦٧٨٩،؛؟"
          + "".join(chr(c) for c in range(0xFE80, 0xFEFD)))

# Chinese and Japanese: ideographs, kana and the fullwidth punctuation.
CJK = "中文报告评估贩运人口偷运移民日本語ひらがなカタカナ，。、：；（）「」《》"

# For each prepared face: the characters it must have, and the most bytes
# it may take. DejaVu Sans as Debian ships it is 620-740 KiB a face; the
# prepared faces, with every composite flattened into plain outlines, are
# about 370-420 KiB. Droid Sans Fallback is 3.9 MiB with its ideographs
# built from shared components; cut to CJK and flattened it is about
# 5.8 MiB. Anything above these limits was not subset.
FACES = {
    "lacuna-sans.ttf": (LATIN + ARABIC, 480 * 1024),
    "lacuna-sans-bold.ttf": (LATIN + ARABIC, 480 * 1024),
    "lacuna-sans-italic.ttf": (LATIN, 480 * 1024),
    "lacuna-cjk.ttf": (CJK, 6400 * 1024),
}


def check(path):
    """Returns the list of problems found in the font at path."""
    try:
        size = os.path.getsize(path)
        font = TTFont(path)
    except (OSError, TTLibError) as error:
        return [f"cannot read it ({error})"]

    name = os.path.basename(path)
    if name not in FACES:
        return [f"not a face of the report (expected one of {', '.join(FACES)})"]
    sample, max_bytes = FACES[name]
    problems = []
    if size >= max_bytes:
        problems.append(f"{size} bytes, not under {max_bytes}: was it subset?")

    if "glyf" not in font:
        problems.append("not a TrueType font (no glyf table)")
    else:
        glyf = font["glyf"]
        composites = [glyph for glyph in font.getGlyphOrder()
                      if glyf[glyph].isComposite()]
        if composites:
            problems.append(f"{len(composites)} composite glyphs left, "
                            f"such as {', '.join(composites[:5])}")

    cmap = font.getBestCmap() or {}
    missing = sorted({c for c in sample if c != " " and ord(c) not in cmap})
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
