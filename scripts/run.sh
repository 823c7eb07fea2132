#!/bin/sh
# Sets up, builds and opens Lacuna from this checkout on the built-in
# sample assessment (a fictional country), written to build/ the first time.
#   ./scripts/run.sh             opens the sample
#   ./scripts/run.sh FILE...     opens these assessments instead
set -eu
cd "$(dirname "$0")/.."

./scripts/setup.sh
if [ ! -f build/build.ninja ]; then
  meson setup build
fi
meson compile -C build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No graphical display found. Run this from a desktop session (or under xvfb-run)." >&2
  exit 1
fi

export LACUNA_FRAMEWORKS_DIR="$PWD/frameworks"
export LACUNA_FONTS_DIR="$PWD/build/data/fonts"
export GSETTINGS_SCHEMA_DIR="$PWD/build/data"
export LACUNA_DOC_DIR="$PWD/docs"
# The application icon, from data/icons, without installing it.
export XDG_DATA_DIRS="$PWD/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
if [ $# -eq 0 ]; then
  sample="$PWD/build/sample-arcadia.lacuna"
  if [ ! -f "$sample" ]; then
    ./build/src/cli/lacuna-cli sample "$sample"
  fi
  set -- "$sample"
fi
exec ./build/src/gui/lacuna "$@"
