#!/usr/bin/python3
# Copyright 2026 The Lacuna authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prepare a TrueType face for Lacuna's PDF report.

    prepare-font.py [--script=cjk] INPUT.ttf OUTPUT.ttf

The report is drawn with libharu 2.3.0, which has two weaknesses with fonts
as distributions ship them:

- When it subsets a font for embedding, it follows the components of a
  composite glyph only one level deep. A composite whose component is itself
  a composite (DejaVu builds "ë", "ё", "ǅ", "Ǻ" that way) loses the inner
  outlines, and the printed letter lacks some of its marks even though the
  text still extracts correctly. Every composite is therefore flattened here
  into a simple glyph, so libharu has nothing to follow.
- Given a whole font it embeds far more than the report uses. The font is
  therefore cut down to the scripts a report can contain, without hinting
  and without the OpenType layout tables (libharu does no shaping).

The output depends only on the input: the same input gives a byte-identical
file, so builds are reproducible.
"""

import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont, TTLibError
from fontTools.ttLib.tables import ttProgram
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphCoordinates, flagOnCurve

PROGRAM = os.path.basename(sys.argv[0])

# Unicode blocks a report may need: Latin (with Extended-C and -D, which the
# sample's "Ȿanta Ëlena" needs), IPA and modifiers, combining
# marks, Greek, Cyrillic, Hebrew, Arabic (with its supplement and both blocks of
# presentation forms, which the report draws once FriBidi has shaped the
# text), general punctuation, currency, letterlike symbols, number forms,
# arrows, mathematical operators, enclosed alphanumerics, geometric shapes,
# miscellaneous symbols, dingbats (check marks, crosses), the angle
# brackets that stand in for the CJK face's missing 〈 〉, the Latin
# ligatures and the replacement character the report prints for what no
# face covers. Code points the font lacks are simply absent.
UNICODE_RANGES = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0250, 0x02FF),
    (0x0300, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x0590, 0x05FF),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x1E00, 0x1EFF),
    (0x1F00, 0x1FFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2150, 0x218F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x2460, 0x24FF),
    (0x25A0, 0x25FF),
    (0x2600, 0x26FF),
    (0x2700, 0x27BF),
    (0x27E8, 0x27E9),
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0xFB00, 0xFB06),
    (0xFB1D, 0xFB4F),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0xFFFD, 0xFFFD),
)

# The face for Chinese, Japanese and Korean, used where the main face has
# no glyph: CJK punctuation, kana, bopomofo, Hangul jamo and compatibility
# jamo, CJK strokes, enclosed CJK, the unified ideographs with extension A,
# Hangul syllables (Droid Sans Fallback has only three of them), the
# compatibility ideographs, vertical and small forms, and the half- and
# fullwidth forms. Only the Basic Multilingual Plane: libharu 2.3.0 cannot
# draw anything above U+FFFF.
CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2FDF),
    (0x3000, 0x303F),
    (0x3040, 0x30FF),
    (0x3100, 0x312F),
    (0x3130, 0x318F),
    (0x31A0, 0x31FF),
    (0x3200, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)

# Droid Sans Fallback builds most ideographs from components (radicals)
# only one level deep, yet libharu 2.3.0 still prints many of them with
# parts missing; flattened, they print whole. That makes the face about
# 6 MB instead of 4, but a PDF embeds only the outlines it uses.
SCRIPTS = {"default": UNICODE_RANGES, "cjk": CJK_RANGES}

# Name records kept: the family, style and PostScript names libharu reads
# (1, 2, 4, 6 and their companions 3, 5), plus the copyright (0), licence
# (13) and licence address (14), which the font's licence asks every copy to
# carry.
NAME_IDS = (0, 1, 2, 3, 4, 5, 6, 13, 14)


class PrepareError(Exception):
    pass


def load_truetype(path):
    if not os.path.isfile(path):
        raise PrepareError(f"{path}: no such file")
    try:
        font = TTFont(path)
    except (TTLibError, OSError) as error:
        raise PrepareError(f"{path}: not a font ({error})") from None
    if "glyf" not in font:
        raise PrepareError(f"{path}: not a TrueType font (no glyf table)")
    return font


def horizontal_origins(font):
    """Returns, for each glyph with an outline, xMin - lsb.

    TrueType renderers place a glyph's outline relative to that value (the
    first phantom point), not to the outline itself. DejaVu has glyphs whose
    stored xMin is a unit off their points; once the bounds are recomputed,
    the side bearing has to move with them or the glyph shifts.
    """
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    origins = {}
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if glyph.numberOfContours != 0:
            origins[name] = glyph.xMin - hmtx[name][1]
    return origins


def restore_horizontal_origins(font, origins):
    """Recomputes every glyph's bounds and sets its left side bearing so that
    the glyph sits where it sat in the input. Advance widths are untouched."""
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if name not in origins or glyph.numberOfContours == 0:
            continue
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, glyph.xMin - origins[name])


def decompose_composites(font):
    """Replaces every composite glyph with a simple glyph of the same shape.

    fontTools flattens the components recursively, with their offsets and
    transformations, exactly as a TrueType renderer assembles them; the
    points and their on-curve flags are kept as they are, so the outline is
    the same, only no longer shared.
    """
    glyf = font["glyf"]
    flattened = {}
    for name in font.getGlyphOrder():
        composite = glyf[name]
        if not composite.isComposite():
            continue
        coordinates, end_points, flags = composite.getCoordinates(glyf)
        glyph = Glyph()
        if end_points:
            glyph.numberOfContours = len(end_points)
            glyph.endPtsOfContours = list(end_points)
            glyph.coordinates = GlyphCoordinates(coordinates)
            glyph.coordinates.toInt()  # scaled components give fractions
            glyph.flags = bytearray(flag & flagOnCurve for flag in flags)
            glyph.program = ttProgram.Program()
            glyph.program.fromBytecode(b"")
        flattened[name] = glyph

    # Replace only once all are flattened, so that each is flattened from the
    # untouched table.
    for name, glyph in flattened.items():
        glyf[name] = glyph


def subset_font(font, ranges):
    options = subset.Options()
    options.hinting = False  # drops cvt, fpgm, prep and glyph programs
    options.layout_features = []
    # libharu neither shapes, kerns nor sets text vertically, and embeds
    # none of these.
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "MATH", "FFTM",
                            "vhea", "vmtx"]
    options.notdef_outline = True
    options.glyph_names = False
    options.name_IDs = list(NAME_IDS)
    options.recalc_timestamp = False

    unicodes = [c for first, last in ranges
                for c in range(first, last + 1)]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def prepare(input_path, output_path, script):
    font = load_truetype(input_path)
    head = font["head"]
    created, modified = head.created, head.modified

    origins = horizontal_origins(font)
    decompose_composites(font)
    subset_font(font, SCRIPTS[script])
    restore_horizontal_origins(font, origins)

    # Dates come from the input, never from the clock.
    head.created, head.modified = created, modified
    font.recalcTimestamp = False

    # Write beside the target and rename, so that a failed run never leaves
    # a truncated font for the next build step to pick up.
    temporary = output_path + ".tmp"
    try:
        font.save(temporary)
        os.replace(temporary, output_path)
    except OSError as error:
        raise PrepareError(f"{output_path}: cannot write ({error})") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def main(argv):
    script = "default"
    arguments = argv[1:]
    if arguments and arguments[0].startswith("--script="):
        script = arguments.pop(0)[len("--script="):]
    if len(arguments) != 2 or script not in SCRIPTS:
        print(f"usage: {PROGRAM} [--script=cjk] INPUT.ttf OUTPUT.ttf",
              file=sys.stderr)
        return 2
    try:
        prepare(arguments[0], arguments[1], script)
    except PrepareError as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
