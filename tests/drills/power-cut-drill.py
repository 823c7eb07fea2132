#!/usr/bin/env python3
"""power-cut-drill.py — kills lacuna-cli at random moments of a long session

One assessment is edited the way a team does over weeks, through the
command line: answers set one by one, laws and participants added, answers
imported from CSV and JSON exports, the work done on a copy merged back,
reports written. Each command may be killed with SIGKILL at a random
instant, as a power cut would stop it. After every kill the drill checks
that:

  - the assessment opens ("lacuna-cli show" succeeds);
  - SQLite's PRAGMA integrity_check says "ok";
  - every edit acknowledged before the kill (exit status 0) is in the file,
    and the killed command took effect wholly or not at all;
  - the next edit succeeds, and afterwards no lock, journal or temporary
    file is left beside the assessment;
  - no half-written report and no temporary file is left beside it.

Usage: power-cut-drill.py --cli LACUNA_CLI [--rounds N] [--seed S] [--keep]
A round ends with one command killed mid-way. Exit status 0 when every check
passed, 1 otherwise (the folder is then kept for a post-mortem).
"""
import argparse
import contextlib
import csv
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

LEVELS = ["none", "partial", "largely", "full", "unknown"]


class DrillFailure(Exception):
    pass


class Drill:
    def __init__(self, cli, workdir, rng):
        self.cli = cli
        self.rng = rng
        self.home = os.path.join(workdir, "assessment")
        self.reports = os.path.join(workdir, "reports")
        self.scratch = os.path.join(workdir, "scratch")
        for folder in (self.home, self.reports, self.scratch):
            os.makedirs(folder)
        self.path = os.path.join(self.home, "drill.lacuna")
        self.report = os.path.join(self.reports, "drill.pdf")
        self.answers = {}          # measure id -> (law, practice, notes)
        self.instruments = set()   # titles
        self.participants = set()  # names
        self.durations = {}        # kind -> seconds, a running average
        self.counter = 0
        self.stats = {"commands": 0, "acknowledged": 0, "edits": 0, "kills": 0,
                      "kills_mid_command": 0, "applied_when_killed": 0, "verified_edits": 0}

    # -- running the command line ------------------------------------------------

    def run(self, *args, check=True):
        result = subprocess.run([self.cli, *args], capture_output=True, text=True)
        if check and result.returncode != 0:
            raise DrillFailure(f"lacuna-cli {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
        return result

    def run_killable(self, kind, args, kill):
        """Runs a command, killing it at a random instant when kill is set.
        Returns (finished, returncode, stderr)."""
        expected = self.durations.get(kind, 0.15)
        # Most kills land late, where the writing happens; some early.
        delay = expected * (self.rng.uniform(0.5, 1.1) if self.rng.random() < 0.8 else self.rng.uniform(0.0, 0.5))
        start = time.monotonic()
        child = subprocess.Popen([self.cli, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.stats["commands"] += 1
        finished = True
        if kill:
            try:
                child.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                child.send_signal(signal.SIGKILL)
                finished = False
        _, stderr = child.communicate()
        if finished:
            elapsed = time.monotonic() - start
            self.durations[kind] = elapsed if kind not in self.durations else 0.7 * self.durations[kind] + 0.3 * elapsed
        if kill:
            self.stats["kills"] += 1
            if not finished:
                self.stats["kills_mid_command"] += 1
        return finished, child.returncode, stderr

    def tag(self):
        self.counter += 1
        return f"drill-{self.counter}"

    # -- reading the file --------------------------------------------------------

    def read_state(self):
        document = json.loads(self.run("export", self.path, "--format", "json").stdout)
        answers = {a["measure_id"]: (a["law"], a["practice"], a["notes"]) for a in document["answers"]}
        instruments = {i["title"] for i in document["instruments"]}
        participants = {p["name"] for p in document["participants"]}
        return answers, instruments, participants

    def answer(self, answers, measure):
        return answers.get(measure, (None, None, None))

    # -- the edits ---------------------------------------------------------------

    def edit_set(self, tag):
        measure = self.rng.choice(self.measures)
        old_law, old_practice, _ = self.answer(self.answers, measure)
        law = self.rng.choice(LEVELS) if "legal-basis" in self.dimensions[measure] else old_law
        practice = self.rng.choice(LEVELS) if "practice" in self.dimensions[measure] else old_practice
        args = ["set", self.path, measure, "--notes", tag, "--by", "drill"]
        if "legal-basis" in self.dimensions[measure]:
            args += ["--law", law]
        if "practice" in self.dimensions[measure]:
            args += ["--practice", practice]
        return "set", args, {("answer", measure): (law, practice, tag)}

    def edit_instrument(self, tag):
        measure = self.rng.choice(self.measures)
        return "instrument", ["instrument", "add", self.path, "--title", tag, "--measure", measure, "--by", "drill"], \
            {("instrument", tag): True}

    def edit_participant(self, tag):
        return "participant", ["participant", "add", self.path, "--name", tag, "--institution", "Ministry of Drills",
                               "--by", "drill"], {("participant", tag): True}

    def edit_import_csv(self, tag):
        chosen = self.rng.sample(self.both, self.rng.randint(5, 40))
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(["measure_id", "law", "practice", "notes"])
        changes = {}
        for number, measure in enumerate(chosen):
            law, practice, notes = self.rng.choice(LEVELS[:4]), self.rng.choice(LEVELS[:4]), f"{tag}/{number}"
            writer.writerow([measure, law, practice, notes])
            changes[("answer", measure)] = (law, practice, notes)
        source = os.path.join(self.scratch, tag + ".csv")
        with open(source, "w", encoding="utf-8") as stream:
            stream.write(text.getvalue())
        return "import-csv", ["import", self.path, source, "--by", "drill"], changes

    def edit_import_json(self, tag):
        document = json.loads(self.run("export", self.path, "--format", "json").stdout)
        by_id = {a["measure_id"]: a for a in document["answers"]}
        changes = {}
        for number, measure in enumerate(self.rng.sample(self.both, self.rng.randint(3, 30))):
            law, practice, notes = self.rng.choice(LEVELS[:4]), self.rng.choice(LEVELS[:4]), f"{tag}/{number}"
            entry = by_id.get(measure)
            if entry is None:
                entry = {"measure_id": measure}
                document["answers"].append(entry)
            entry.update(law=law, practice=practice, notes=notes)
            changes[("answer", measure)] = (law, practice, notes)
        source = os.path.join(self.scratch, tag + ".json")
        with open(source, "w", encoding="utf-8") as stream:
            json.dump(document, stream)
        return "import-json", ["import", self.path, source, "--by", "drill"], changes

    def edit_merge(self, tag):
        # Another ministry works on a copy; nothing changes here meanwhile,
        # so the merge has no conflicts.
        copy = os.path.join(self.scratch, tag + ".lacuna")
        shutil.copyfile(self.path, copy)
        changes = {}
        for number, measure in enumerate(self.rng.sample(self.both, self.rng.randint(1, 6))):
            law, practice, notes = self.rng.choice(LEVELS[:4]), self.rng.choice(LEVELS[:4]), f"{tag}/{number}"
            self.run("set", copy, measure, "--law", law, "--practice", practice, "--notes", notes, "--by", "ministry")
            changes[("answer", measure)] = (law, practice, notes)
        return "merge", ["merge", self.path, copy, "--by", "drill"], changes

    def edit_report(self, tag):
        return "report", ["report", self.path, "-o", self.report], {}

    # -- checks ------------------------------------------------------------------

    def model_value(self, key):
        kind, name = key
        if kind == "answer":
            return self.answer(self.answers, name)
        return name in (self.instruments if kind == "instrument" else self.participants)

    def actual_value(self, key, state):
        answers, instruments, participants = state
        kind, name = key
        if kind == "answer":
            return self.answer(answers, name)
        return name in (instruments if kind == "instrument" else participants)

    def apply(self, changes):
        for (kind, name), value in changes.items():
            if kind == "answer":
                self.answers[name] = value
            elif value:
                (self.instruments if kind == "instrument" else self.participants).add(name)

    def check_integrity(self):
        sqlite = shutil.which("sqlite3")
        if sqlite is not None:
            result = subprocess.run([sqlite, "-readonly", self.path, "PRAGMA integrity_check"],
                                    capture_output=True, text=True)
            verdict = (result.stdout + result.stderr).strip()
        else:
            with contextlib.closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as db:
                verdict = "\n".join(row[0] for row in db.execute("PRAGMA integrity_check"))
        if verdict != "ok":
            raise DrillFailure(f"integrity_check says: {verdict}")

    def check_report(self):
        left = sorted(os.listdir(self.reports))
        if left not in ([], ["drill.pdf"]):
            raise DrillFailure(f"beside the report: {left}")
        if left:
            with open(self.report, "rb") as stream:
                data = stream.read()
            if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
                raise DrillFailure(f"the report is half-written ({len(data)} bytes)")

    def check_beside(self, when):
        left = sorted(os.listdir(self.home))
        if left != ["drill.lacuna"]:
            raise DrillFailure(f"{when}, beside the assessment: {left}")

    def verify_after_kill(self, changes):
        result = self.run("show", self.path, check=False)
        if result.returncode != 0:
            raise DrillFailure(f"after the kill the assessment does not open: {result.stderr.strip()}")
        self.check_integrity()
        state = self.read_state()

        touched = set(changes)
        new = old = 0
        for key, value in changes.items():
            actual = self.actual_value(key, state)
            before = self.model_value(key)
            if actual == value and actual != before:
                new += 1
            elif actual == before and actual != value:
                old += 1
            elif actual != value:
                raise DrillFailure(f"{key}: the file holds {actual}, neither {before} (before) nor {value} (the edit)")
        if new and old:
            raise DrillFailure(f"the killed command was applied in part: {new} changes in, {old} not")
        if new:
            self.stats["applied_when_killed"] += 1

        answers, instruments, participants = state
        for measure in set(self.answers) | set(answers):
            if ("answer", measure) in touched:
                continue
            if self.answer(answers, measure) != self.answer(self.answers, measure):
                raise DrillFailure(f"{measure}: acknowledged {self.answer(self.answers, measure)}, "
                                   f"file holds {self.answer(answers, measure)}")
        for kind, model, actual in (("instrument", self.instruments, instruments),
                                    ("participant", self.participants, participants)):
            lost = {name for name in model if name not in actual}
            extra = {name for name in actual if name not in model and (kind, name) not in touched}
            if lost or extra:
                raise DrillFailure(f"{kind}s lost {sorted(lost)}, appeared {sorted(extra)}")
        self.stats["verified_edits"] += len(self.answers) + len(self.instruments) + len(self.participants)

        # The file now holds exactly what it should: adopt it.
        self.answers = dict(answers)
        self.instruments = set(instruments)
        self.participants = set(participants)
        self.check_report()

        # The next person to edit takes the stale lock over, and leaves
        # nothing behind when done.
        _, args, probe = self.edit_set(self.tag())
        result = self.run(*args, check=False)
        if result.returncode != 0:
            raise DrillFailure(f"the first edit after the kill failed: {result.stderr.strip()}")
        self.apply(probe)
        self.check_beside("after the next edit")

    # -- the session -------------------------------------------------------------

    def setup(self):
        self.run("new", self.path, "--country", "XA", "--country-name", "Arcadia", "--title", "Power-cut drill",
                 "--by", "drill")
        shown = json.loads(self.run("show", self.path, "--json").stdout)
        self.dimensions = {m["id"]: m["dimensions"] for m in shown["measures"]}
        self.measures = sorted(self.dimensions)
        self.both = [m for m in self.measures if "legal-basis" in self.dimensions[m] and "practice" in self.dimensions[m]]
        self.answers, self.instruments, self.participants = self.read_state()

    def pick(self):
        kinds = [(self.edit_set, 40), (self.edit_instrument, 8), (self.edit_participant, 8),
                 (self.edit_import_csv, 14), (self.edit_import_json, 8), (self.edit_merge, 12), (self.edit_report, 10)]
        make = self.rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        return make(self.tag())

    def step(self, edit, kill):
        """Runs one edit; returns False when it was killed before finishing."""
        kind, args, changes = edit
        finished, code, stderr = self.run_killable(kind, args, kill)
        if finished and code != 0:
            raise DrillFailure(f"lacuna-cli {' '.join(args)} failed ({code}): {stderr.strip()}")
        if finished:
            self.stats["acknowledged"] += 1
            self.stats["edits"] += len(changes)
            self.apply(changes)
        return finished

    def round(self):
        # A few commands that run to the end, then commands that may be
        # killed, until one is.
        for _ in range(self.rng.randint(0, 3)):
            self.step(self.pick(), kill=False)
        for _ in range(20):
            edit = self.pick()
            if not self.step(edit, kill=True):
                self.verify_after_kill(edit[2])
                return

    def finish(self):
        self.verify_after_kill({})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True, help="the lacuna-cli to drill")
    parser.add_argument("--rounds", type=int, default=20, help="how many commands to kill (default 20)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--workdir", default=None, help="where to work (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the folder even when every check passes")
    options = parser.parse_args()

    seed = options.seed if options.seed is not None else int(time.time() * 1000) % 1000000
    rng = random.Random(seed)
    workdir = tempfile.mkdtemp(prefix="power-cut-drill-", dir=options.workdir)
    # The drill's own leaks are not under test, and a killed process has
    # no chance to report any.
    os.environ.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    print(f"power-cut drill: {options.rounds} rounds, seed {seed}, in {workdir}", flush=True)

    drill = Drill(options.cli, workdir, rng)
    started = time.monotonic()
    number = 0
    try:
        drill.setup()
        for number in range(1, options.rounds + 1):
            drill.round()
        drill.finish()
    except DrillFailure as failure:
        print(f"FAILED in round {number} (seed {seed}): {failure}", file=sys.stderr)
        print(f"the files are kept in {workdir}", file=sys.stderr)
        return 1
    stats = drill.stats
    print(f"{stats['commands']} commands, {stats['acknowledged']} acknowledged carrying {stats['edits']} edits; "
          f"{stats['kills_mid_command']} killed mid-way ({stats['applied_when_killed']} had already committed); "
          f"{stats['verified_edits']} saved items checked after kills; {time.monotonic() - started:.1f} s")
    if not options.keep:
        shutil.rmtree(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
