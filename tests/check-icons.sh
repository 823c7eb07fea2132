#!/bin/sh
# The application icons render at the sizes a desktop asks for, and the
# symbolic one is drawn in the single grey that GTK recolours, with filled
# shapes only (GTK 3 fills every path of a symbolic icon: a stroke would
# come out as a blob).
#
# Usage: check-icons.sh ICON.svg SYMBOLIC.svg
set -eu
icon=$1
symbolic=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for svg in "$icon" "$symbolic"; do
  for size in 16 32 128; do
    rsvg-convert --width "$size" --height "$size" "$svg" -o "$work/icon.png"
    head -c 8 "$work/icon.png" | od -An -c | grep -q 'P   N   G' \
      || { echo "$svg did not render at $size px"; exit 1; }
  done
done

colours=$(grep -o '#[0-9a-fA-F]\{3,6\}' "$symbolic" | sort -u | tr '\n' ' ')
if [ "$colours" != "#bebebe " ]; then
  echo "$symbolic uses the colours $colours; a symbolic icon uses #bebebe alone"
  exit 1
fi
if grep -q 'stroke' "$symbolic"; then
  echo "$symbolic has strokes; draw its shapes as filled paths"
  exit 1
fi
echo "both icons render at 16, 32 and 128 px; the symbolic one is #bebebe fills only"
