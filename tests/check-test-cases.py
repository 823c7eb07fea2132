#!/usr/bin/env python3
"""Fails when a GLib test program has a case that meson.build does not run.

Usage: check-test-cases.py PROGRAM PREFIX CASE...
The program's cases (from "PROGRAM -l") must be exactly PREFIX/CASE."""
import os
import subprocess
import sys

program, prefix, *cases = sys.argv[1:]
# Listing the cases is not what is under test: no leak report for it.
environment = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
listed = subprocess.run([program, "-l"], check=True, capture_output=True, text=True, env=environment).stdout.split()
found = {path for path in listed if path.startswith("/")}
expected = {prefix + "/" + case for case in cases}
for path in sorted(found - expected):
    print(f"tests/meson.build: {path} is in {program} but never run; add it to the list", file=sys.stderr)
for path in sorted(expected - found):
    print(f"tests/meson.build: {path} is listed but {program} has no such case", file=sys.stderr)
print(f"{len(found)} cases, {len(expected)} run")
sys.exit(0 if found == expected else 1)
