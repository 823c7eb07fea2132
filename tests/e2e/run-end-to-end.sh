#!/bin/sh
# Installs Lacuna into a temporary DESTDIR and drives the installed window
# through its accessibility tree (AT-SPI) with dogtail: see
# test-end-to-end.py for the steps.
#
# Usage: run-end-to-end.sh BUILD_DIR PREFIX BINDIR DATADIR
#
# Exits 77 (meson's "skipped") only when no python3 can import dogtail
# (Debian: python3-dogtail); every other problem is a failure.
set -eu
build_dir=$1
prefix=$2
bindir=$3
datadir=$4
here=$(cd "$(dirname "$0")" && pwd)

# dogtail is a Debian package: the python3 first on the PATH (a virtualenv,
# pyenv) may not see it while /usr/bin/python3 does.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import dogtail, pyatspi' >/dev/null 2>&1; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "SKIP: python3-dogtail is not installed (apt-get install python3-dogtail)"
  exit 77
fi

if [ -z "${DISPLAY:-}" ]; then
  echo "No DISPLAY: run under a display, e.g. xvfb-run -a dbus-run-session meson test end-to-end" >&2
  exit 1
fi
# The AT-SPI bus is found, and started, through the session bus.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d /tmp/lacuna-e2e.XXXXXX)
trap 'rm -rf "$work"' EXIT
destdir="$work/destdir"

meson install -C "$build_dir" --no-rebuild --destdir "$destdir" --quiet
installed_bin="$destdir$prefix/$bindir"

# The installed binaries find their frameworks and fonts next to
# themselves (tests/check-install.sh checks that); the build tree's copies
# must not stand in for them.
unset LACUNA_FRAMEWORKS_DIR LACUNA_FONTS_DIR
# The other tests run without the accessibility bridge; this one is all
# about it. GTK 3.24 loads the bridge by itself unless NO_AT_BRIDGE is set.
unset NO_AT_BRIDGE
# No portal: GtkFileChooserNative falls back to GTK's own dialog, whose
# widgets are in the application's accessibility tree.
unset GTK_USE_PORTAL

# "meson install" leaves compiling the schemas to the packager when DESTDIR
# is set; compile the installed copy, which also checks it was installed.
schemas="$destdir$prefix/$datadir/glib-2.0/schemas"
glib-compile-schemas --strict "$schemas"
export GSETTINGS_SCHEMA_DIR="$schemas"
# The memory backend (from the test environment) forgets everything on
# exit; keep it when set, so the run leaves nothing in dconf.
export GSETTINGS_BACKEND="${GSETTINGS_BACKEND:-memory}"

# Recent files, the sample and caches go to the temporary folder, not to
# the home of whoever runs the tests.
mkdir -p "$work/home/data" "$work/home/config" "$work/home/cache"
export XDG_DATA_HOME="$work/home/data"
export XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache"

export LACUNA_E2E_APP="$installed_bin/lacuna"
export LACUNA_E2E_CLI="$installed_bin/lacuna-cli"
export LACUNA_E2E_WORKDIR="$work"
status=0
"$python" "$here/test-end-to-end.py" || status=$?
exit $status
