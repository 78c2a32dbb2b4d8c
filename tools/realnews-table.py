#!/usr/bin/env python3
"""Prints the real-news measurement table that BENCHMARKS.md records, one markdown row per assembled split.

Each split's build file (realnews/build/<split>.jsonl, after `python3 tools/realnews.py assemble`) is scored with
`tally evaluate`; a row gives precision, recall, F1, the share of gold figures with all fields right, the field
scores on matched figures (place, period, kind, definition) and the gold figure count. Scores only: no miss is
printed, so it is safe on the holdout and fresh splits.

Usage: python3 tools/realnews-table.py [--classpath CP] [SPLIT ...]
       (default splits: every {en,es,all}-{holdout,fresh,freshN} file present, then {en,es,all}-unseen, all of
       those of a language together, then en-dev and es-dev)
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = (("precision", r"precision ([\d.]+)"), ("recall", r"recall ([\d.]+)"), ("F1", r"F1 ([\d.]+)"),
          ("all right", r"all fields right ([\d.]+)"), ("place", r"place ([\d.]+)"), ("period", r"period ([\d.]+)"),
          ("kind", r"kind ([\d.]+)"), ("definition", r"definition ([\d.]+)"), ("gold figures", r"expected (\d+)"))


def default_splits(build):
    names = [os.path.basename(p)[:-len(".jsonl")] for p in glob.glob(os.path.join(build, "*.jsonl"))]
    unseen = sorted(n for n in names if re.fullmatch(r"(en|es|all)-(holdout|fresh\d*)", n))
    unseen.sort(key=lambda n: (n.split("-", 1)[1], ("en", "es", "all").index(n.split("-", 1)[0])))
    together = [f"{lang}-unseen" for lang in ("en", "es", "all") if any(n.startswith(lang + "-") for n in unseen)]
    return unseen + together + [n for n in ("en-dev", "es-dev") if n in names]


def split_file(build, split, scratch):
    """A split's build file; "<lang>-unseen" joins the language's holdout and fresh files into one."""
    if not split.endswith("-unseen"):
        return os.path.join(build, split + ".jsonl")
    lang = split[:-len("-unseen")]
    parts = sorted(p for p in glob.glob(os.path.join(build, f"{lang}-*.jsonl"))
                   if re.fullmatch(rf"{lang}-(holdout|fresh\d*)", os.path.basename(p)[:-len(".jsonl")]))
    path = os.path.join(scratch, split + ".jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for part in parts:
            with open(part, encoding="utf-8") as f:
                out.write(f.read())
    return path


def row(classpath, path):
    out = subprocess.run(["java", "-cp", classpath, "tally.cli.Tally", "evaluate", path], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"tally evaluate {path} failed: {out.stderr.strip()}")
    cells = []
    for _, pattern in FIELDS:
        m = re.search(pattern, out.stdout)
        cells.append(m.group(1) if m else "")
    return cells


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--classpath", default=os.path.join(ROOT, "app", "target", "tally.jar"))
    ap.add_argument("splits", nargs="*")
    args = ap.parse_args()
    build = os.path.join(ROOT, "realnews", "build")
    splits = args.splits or default_splits(build)
    if not splits:
        sys.exit("no assembled split in realnews/build (python3 tools/realnews.py assemble)")
    print("| split | " + " | ".join(name for name, _ in FIELDS) + " |")
    print("| --- " * (len(FIELDS) + 1) + "|")
    with tempfile.TemporaryDirectory() as scratch:
        for split in splits:
            print(f"| `{split}` | " + " | ".join(row(args.classpath, split_file(build, split, scratch))) + " |")


if __name__ == "__main__":
    main()
