#!/usr/bin/env python3
"""read-only-folder-drill.py — an assessment in a folder that cannot be written

As on a read-only share or a locked-down USB stick: the assessment still
opens and can be read, reported and exported elsewhere, but edits, and
reports or exports into that folder, are refused with a message saying why,
and the folder is left exactly as it was (no lock, journal or temporary
file). Root may write anywhere, so as root the commands run as the user
"nobody" (setpriv); the drill is skipped (77) where that is impossible.

Usage: read-only-folder-drill.py --cli LACUNA_CLI
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
NOBODY = 65534


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    options = parser.parse_args()
    os.environ.setdefault("ASAN_OPTIONS", "detect_leaks=0")

    prefix = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            print("running as root without setpriv: cannot drop privileges, skipped")
            return SKIP
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]

    scratch = tempfile.mkdtemp(prefix="read-only-folder-drill-")
    os.chmod(scratch, 0o755)
    folder = os.path.join(scratch, "shared")
    elsewhere = os.path.join(scratch, "elsewhere")
    os.makedirs(folder)
    os.makedirs(elsewhere)
    path = os.path.join(folder, "shared.lacuna")
    created = subprocess.run([options.cli, "new", path, "--country", "XA", "--country-name", "Arcadia"],
                             capture_output=True, text=True)
    if created.returncode != 0:
        print(f"cannot create the assessment: {created.stderr}", file=sys.stderr)
        return 1
    if prefix:
        for entry in (scratch, folder, elsewhere, path):
            os.chown(entry, NOBODY, NOBODY)
    os.chmod(folder, 0o555)

    def run(*args):
        result = subprocess.run(prefix + [options.cli, *args], capture_output=True, text=True)
        print(f"$ lacuna-cli {' '.join(a.replace(scratch + '/', '') for a in args)}  [exit {result.returncode}]")
        for line in (result.stdout.splitlines()[:1] + result.stderr.splitlines()):
            print("  " + line.replace(scratch + "/", ""))
        return result

    with open(path, "rb") as stream:
        before = hashlib.sha256(stream.read()).hexdigest()
    listing = sorted(os.listdir(folder))
    failures = []

    def expect(result, status, fragment):
        if result.returncode != status or fragment not in (result.stdout + result.stderr):
            failures.append(f"expected exit {status} and “{fragment}”")

    expect(run("set", path, "TIP-P1-01", "--law", "full"), 1, "The folder holding the file is read-only")
    expect(run("participant", "add", path, "--name", "Ana"), 1, "The folder holding the file is read-only")
    expect(run("show", path), 0, "Arcadia")
    expect(run("report", path, "-o", os.path.join(folder, "report.pdf")), 1, "Cannot write in the folder")
    expect(run("export", path, "--format", "csv", "-o", os.path.join(folder, "answers.csv")), 1,
           "Cannot write in the folder")
    expect(run("report", path, "-o", os.path.join(elsewhere, "report.pdf")), 0, "Wrote")

    with open(path, "rb") as stream:
        if hashlib.sha256(stream.read()).hexdigest() != before:
            failures.append("the assessment changed")
    if sorted(os.listdir(folder)) != listing:
        failures.append(f"the folder changed: {sorted(os.listdir(folder))}")

    os.chmod(folder, 0o755)
    for failure in failures:
        print("FAILED: " + failure, file=sys.stderr)
    if failures:
        print(f"the files are kept in {scratch}", file=sys.stderr)
        return 1
    shutil.rmtree(scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
