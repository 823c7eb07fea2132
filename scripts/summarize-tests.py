#!/usr/bin/env python3
"""Prints 'tests: N passed, N failed, N skipped' from meson's test log.

A TAP program counts once per test case it reports; any other program
counts once.
"""
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        record = json.loads(line)
        result = record.get("result")
        output = record.get("stdout") or ""
        cases = re.findall(r"^(ok|not ok)\b[^#\n]*(#\s*(SKIP|TODO))?", output, re.MULTILINE)
        if record.get("protocol") == "TAP" or cases:
            for status, _, directive in cases:
                if directive == "SKIP":
                    skipped += 1
                elif status == "ok":
                    passed += 1
                else:
                    failed += 1
            if result not in ("OK", "SKIP", "EXPECTEDFAIL") and not any(s == "not ok" for s, _, _ in cases):
                failed += 1
        elif result == "SKIP":
            skipped += 1
        elif result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        else:
            failed += 1

print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
