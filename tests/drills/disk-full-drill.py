#!/usr/bin/env python3
"""disk-full-drill.py — edits and reports on a disk with no room left

An assessment sits on a small file system (a 2 MiB tmpfs, when this process
may mount one) that is filled to within a few kilobytes; where mounting is
not allowed, the commands run under a file size limit instead (RLIMIT_FSIZE,
with SIGXFSZ ignored so that writes fail with EFBIG). Each kind of edit and
the report are tried at several levels of free space. Every command must
either succeed or fail with exit status 1 and a message that says the disk
is full (or the file may grow no larger); after each one the file must pass
PRAGMA integrity_check and hold every edit acknowledged so far, and nothing
may be left beside it: no journal, lock or temporary file, no report cut
short, and an earlier report not replaced by a broken one.

Usage: disk-full-drill.py --cli LACUNA_CLI [--mode auto|tmpfs|rlimit]
Exit status 0 passed, 1 failed, 77 skipped (neither way is possible here).
"""
import argparse
import contextlib
import csv
import io
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile

SKIP = 77
# What the person may be told; anything else is a failure of the drill.
EXPECTED = re.compile(r"disk is full|disk may be full|cannot grow any larger here|File too large")


class DrillFailure(Exception):
    pass


def try_mount(folder):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder], capture_output=True, text=True)
    return result.returncode == 0


class Drill:
    def __init__(self, cli, folder, mode):
        self.cli = cli
        self.folder = folder
        self.mode = mode
        self.path = os.path.join(folder, "drill.lacuna")
        self.report = os.path.join(folder, "drill.pdf")
        self.new_report = os.path.join(folder, "new.pdf")
        self.filler = os.path.join(folder, "filler")
        self.limit = None
        self.answers = {}
        self.instruments = set()
        self.participants = set()
        self.messages = {}      # message -> how many times
        self.outcomes = {}      # kind -> [succeeded, refused]
        self.counter = 0

    def limited(self):
        limit = self.limit

        def apply():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            if limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        return apply

    def run(self, *args, constrained=False):
        return subprocess.run([self.cli, *args], capture_output=True, text=True,
                              preexec_fn=self.limited() if constrained else None)

    def must(self, *args):
        result = self.run(*args)
        if result.returncode != 0:
            raise DrillFailure(f"lacuna-cli {' '.join(args)}: {result.stderr.strip()}")
        return result

    def read_state(self):
        document = json.loads(self.must("export", self.path, "--format", "json").stdout)
        return ({a["measure_id"]: (a["law"], a["practice"], a["notes"]) for a in document["answers"]},
                {i["title"] for i in document["instruments"]},
                {p["name"] for p in document["participants"]})

    # -- room on the disk ----------------------------------------------------

    def leave_free(self, free):
        if self.mode == "tmpfs":
            self.release()
            stats = os.statvfs(self.folder)
            available = stats.f_bavail * stats.f_frsize
            with open(self.filler, "wb") as stream:
                stream.write(b"\0" * max(0, available - free))
        else:
            self.limit = os.path.getsize(self.path) + free

    def release(self):
        if os.path.exists(self.filler):
            os.unlink(self.filler)
        self.limit = None

    # -- the edits -------------------------------------------------------------

    def tag(self):
        self.counter += 1
        return f"full-{self.counter}"

    def long_text(self, tag, size):
        return (tag + " " + "sufficient evidence of a functioning referral mechanism " * (size // 56 + 1))[:size]

    def edits(self):
        tag = self.tag()
        note = self.long_text(tag, 6000)
        yield "set", ["set", self.path, "TIP-P1-01", "--law", "largely", "--practice", "partial", "--notes", note,
                      "--by", "drill"], {("answer", "TIP-P1-01"): ("largely", "partial", note)}

        tag = self.tag()
        rows, changes = io.StringIO(), {}
        writer = csv.writer(rows, lineterminator="\r\n")
        writer.writerow(["measure_id", "law", "practice", "notes"])
        for number, measure in enumerate(self.measures[:60]):
            notes = self.long_text(f"{tag}/{number}", 2000)
            writer.writerow([measure, "partial", "none", notes])
            changes[("answer", measure)] = ("partial", "none", notes)
        source = os.path.join(self.scratch, tag + ".csv")
        with open(source, "w", encoding="utf-8") as stream:
            stream.write(rows.getvalue())
        yield "import", ["import", self.path, source, "--by", "drill"], changes

        tag = self.tag()
        yield "instrument", ["instrument", "add", self.path, "--title", self.long_text(tag, 3000), "--measure",
                             "TIP-P1-02", "--by", "drill"], {("instrument", self.long_text(tag, 3000)): True}
        tag = self.tag()
        yield "participant", ["participant", "add", self.path, "--name", tag, "--role", self.long_text(tag, 3000),
                              "--by", "drill"], {("participant", tag): True}
        yield "report", ["report", self.path, "-o", self.new_report], {}
        yield "report-replace", ["report", self.path, "-o", self.report], {}

    # -- checks ----------------------------------------------------------------

    def check(self, what, old_report):
        self.release()
        with contextlib.closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as db:
            verdict = "\n".join(row[0] for row in db.execute("PRAGMA integrity_check"))
        if verdict != "ok":
            raise DrillFailure(f"after {what}: integrity_check says {verdict}")
        answers, instruments, participants = self.read_state()
        if (answers, instruments, participants) != (self.answers, self.instruments, self.participants):
            lost = {m for m in self.answers if answers.get(m) != self.answers[m]}
            raise DrillFailure(f"after {what}: the file does not hold what was acknowledged "
                               f"(answers differing: {sorted(lost)[:5]})")
        left = sorted(set(os.listdir(self.folder)) - {"drill.lacuna", "drill.pdf", "new.pdf", "lost+found"})
        if left:
            raise DrillFailure(f"after {what}, left beside the assessment: {left}")
        for report in (self.report, self.new_report):
            if os.path.exists(report):
                with open(report, "rb") as stream:
                    data = stream.read()
                if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
                    raise DrillFailure(f"after {what}: {os.path.basename(report)} is cut short ({len(data)} bytes)")
        if what == "report-replace" and self.last_refused:
            with open(self.report, "rb") as stream:
                if stream.read() != old_report:
                    raise DrillFailure("a refused report replaced the earlier one")

    def attempt(self, kind, args, changes):
        with open(self.report, "rb") as stream:
            old_report = stream.read()
        if kind == "report" and os.path.exists(self.new_report):
            os.unlink(self.new_report)
        result = self.run(*args, constrained=True)
        outcome = self.outcomes.setdefault(kind, [0, 0])
        self.last_refused = result.returncode != 0
        if result.returncode == 0:
            outcome[0] += 1
            for (entity, name), value in changes.items():
                if entity == "answer":
                    self.answers[name] = value
                else:
                    (self.instruments if entity == "instrument" else self.participants).add(name)
        else:
            outcome[1] += 1
            message = result.stderr.strip()
            if result.returncode != 1 or not EXPECTED.search(message):
                raise DrillFailure(f"{kind} on a full disk: exit status {result.returncode}, said: {message!r}")
            # The folder differs between runs; the message does not.
            message = message.replace(self.folder + "/", "").replace(self.scratch + "/", "")
            message = re.sub(r"full-\d+", "full-N", message)
            self.messages[message] = self.messages.get(message, 0) + 1
        self.check(kind, old_report)

    def run_drill(self, scratch):
        self.scratch = scratch
        self.must("new", self.path, "--country", "XA", "--country-name", "Arcadia", "--title", "Disk-full drill",
                  "--by", "drill")
        shown = json.loads(self.must("show", self.path, "--json").stdout)
        self.measures = [m["id"] for m in shown["measures"] if "legal-basis" in m["dimensions"] and "practice" in m["dimensions"]]
        self.must("set", self.path, "TIP-P1-03", "--law", "full", "--practice", "full", "--notes", "before")
        self.must("report", self.path, "-o", self.report)
        self.answers, self.instruments, self.participants = self.read_state()

        # Room for all of the report but its last bytes: where a writer
        # that does not check its last write would leave a report cut short
        # that looks finished.
        probe = os.path.join(self.scratch, "probe.pdf")
        self.must("report", self.path, "-o", probe)
        size = os.path.getsize(probe)
        for cut in (1, 100, size % 4096 or 4096):
            for kind, target in (("report", self.new_report), ("report-replace", self.report)):
                if self.mode == "tmpfs":
                    self.leave_free(size - cut)
                else:
                    self.limit = size - cut
                self.attempt(kind, ["report", self.path, "-o", target], {})

        levels = [0, 4096, 16384, 65536, 131072] if self.mode == "tmpfs" else [0, 4096, 16384, 65536]
        for free in levels:
            for kind, args, changes in self.edits():
                if self.mode == "rlimit" and kind.startswith("report"):
                    # A report is smaller than the assessment: limit it below its size.
                    self.limit = 4096 + free
                else:
                    self.leave_free(free)
                self.attempt(kind, args, changes)
        self.release()

        # With room again, everything works.
        for kind, args, changes in self.edits():
            self.attempt(kind, args, changes)
            if self.last_refused:
                raise DrillFailure(f"{kind} still refused once there is room again")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--mode", choices=["auto", "tmpfs", "rlimit"], default="auto")
    options = parser.parse_args()
    os.environ.setdefault("ASAN_OPTIONS", "detect_leaks=0")

    scratch = tempfile.mkdtemp(prefix="disk-full-drill-")
    folder = os.path.join(scratch, "disk")
    os.makedirs(folder)
    mode = options.mode
    mounted = False
    if mode in ("auto", "tmpfs"):
        mounted = try_mount(folder)
        if mounted:
            mode = "tmpfs"
        elif mode == "tmpfs":
            print("cannot mount a tmpfs here (not root, or not allowed)")
            shutil.rmtree(scratch)
            return SKIP
        else:
            print("cannot mount a tmpfs here (not root, or not allowed): using a file size limit instead")
            mode = "rlimit"
    if mode == "rlimit":
        try:
            soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            if hard != resource.RLIM_INFINITY and hard < 1 << 20:
                raise OSError("the file size limit is already too low")
        except (OSError, ValueError) as problem:
            print(f"cannot limit file sizes here ({problem}): skipped")
            shutil.rmtree(scratch)
            return SKIP

    drill = Drill(options.cli, folder, mode)
    status = 0
    try:
        drill.run_drill(scratch)
    except DrillFailure as failure:
        print(f"FAILED ({mode}): {failure}", file=sys.stderr)
        status = 1
    finally:
        drill.release()
        if mounted:
            subprocess.run(["umount", folder])
    print(f"disk-full drill on {'a 2 MiB tmpfs' if mode == 'tmpfs' else 'a file size limit'}:")
    for kind, (succeeded, refused) in drill.outcomes.items():
        print(f"  {kind}: {succeeded} succeeded, {refused} refused")
    print("messages the user got:")
    for message, count in sorted(drill.messages.items()):
        print(f"  [{count}x] {message}")
    refused = {kind for kind, (_, r) in drill.outcomes.items() if r > 0}
    if status == 0 and refused != {"set", "import", "instrument", "participant", "report", "report-replace"}:
        print(f"FAILED: not every kind of command met the full disk (refused only: {sorted(refused)})", file=sys.stderr)
        status = 1
    if status == 0:
        shutil.rmtree(scratch)
    else:
        print(f"the files are kept in {scratch}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
