#!/bin/sh
# Sets up, builds and opens Lacuna from this checkout.
#   ./scripts/run.sh            opens the window
#   ./scripts/run.sh ARGS...    passes ARGS to lacuna
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
exec ./build/src/gui/lacuna "$@"
