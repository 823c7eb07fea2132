#!/bin/sh
# Installs whatever Debian packages Lacuna needs and this machine lacks.
# Uses sudo only when not already root.
set -eu
cd "$(dirname "$0")/.."

missing=""
for package in $(grep -v '^#' scripts/debian-packages.txt); do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "Lacuna needs these Debian packages:$missing" >&2
  echo "Install them as root (apt-get install$missing), then run this again." >&2
  exit 1
fi

echo "Installing:$missing"
$as_root apt-get update -qq
# shellcheck disable=SC2086 # the package list is meant to split
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
