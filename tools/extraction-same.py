#!/usr/bin/env python3
"""Tells whether a change left extraction's output identical (for performance work).

    python3 tools/extraction-same.py dump DIR      # everything extraction makes of the inputs below, into DIR
    python3 tools/extraction-same.py compare A B   # 0 when the two dumps are byte for byte the same

Run `dump` before the change (after `mvn -B -o -q package -DskipTests` once) and again after it
(`mvn -B -o -q compile -pl stats,ingest` is enough: the classes come first on the class path), then
`compare`. The inputs: the team's gold sets, the samples, the seed articles (../shared/seeds, if
present), the real set's assembled files (realnews/build/*.jsonl, after `python3 tools/realnews.py
assemble`) and the first 3,000 articles of the JMH benchmark's generated news. Holdout and fresh
items of the real set are dumped as one hash per item and never shown: `compare` names only which
of their items differ.
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSPATH = ":".join(os.path.join(ROOT, p) for p in ("ingest/target/classes", "stats/target/classes", "app/target/tally.jar"))


def inputs():
    found = sorted(glob.glob("ingest/src/test/resources/gold/*.jsonl", root_dir=ROOT))
    found.append("samples")
    seeds = os.path.join(os.path.dirname(ROOT), "shared", "seeds")
    if os.path.isdir(seeds):
        found.append(seeds)
    found += sorted(glob.glob("realnews/build/*.jsonl", root_dir=ROOT))
    found.append("synthetic:3000")
    return found


def sealed(name):
    return "realnews" in name and ("holdout" in name or "fresh" in name)


def dump(out):
    if not os.path.exists(os.path.join(ROOT, "app/target/tally.jar")):
        sys.exit("extraction-same: build first: mvn -B -o -q package -DskipTests")
    if not glob.glob("realnews/build/*-dev.jsonl", root_dir=ROOT):
        print("extraction-same: no realnews/build/*-dev.jsonl (copy the texts and run tools/realnews.py assemble); dumping without them",
              file=sys.stderr)
    subprocess.run(["java", "-cp", CLASSPATH, os.path.join(ROOT, "tools/ExtractionDump.java"), os.path.abspath(out)] + inputs(),
                   cwd=ROOT, check=True)


def compare(a, b):
    names = sorted(set(os.listdir(a)) | set(os.listdir(b)))
    differing = 0
    for name in names:
        pa, pb = os.path.join(a, name), os.path.join(b, name)
        if not (os.path.exists(pa) and os.path.exists(pb)):
            print(f"{name}: only in {a if os.path.exists(pa) else b}")
            differing += 1
            continue
        la, lb = open(pa, encoding="utf-8").read().splitlines(), open(pb, encoding="utf-8").read().splitlines()
        if la == lb:
            print(f"{name}: identical ({len(la)} lines)")
            continue
        differing += 1
        if sealed(name):
            ids = sorted({x.split(" ")[0] for x in set(la) ^ set(lb)})
            print(f"{name}: DIFFERS in {len(ids)} items: {' '.join(ids)}")
            continue
        print(f"{name}: DIFFERS ({len(la)} lines against {len(lb)}); first differences:")
        shown = 0
        for x, y in zip(la + [""] * (len(lb) - len(la)), lb + [""] * (len(la) - len(lb))):
            if x != y and shown < 5:
                print(f"  - {x[:300]}\n  + {y[:300]}")
                shown += 1
    print("identical" if differing == 0 else f"{differing} file(s) differ")
    return 0 if differing == 0 else 1


def main(args):
    if len(args) == 2 and args[0] == "dump":
        dump(args[1])
        return 0
    if len(args) == 3 and args[0] == "compare":
        return compare(args[1], args[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
