#!/usr/bin/env python3
"""Checks and assembles the mirror set (realnews/README.md, "Mirror set").

A mirror item is an article written in the team's own words after a real one read through the search tool: the same
constructions, sentence by sentence, with other names, places, numbers and dates. Its text is ours, so it is
committed with its gold (realnews/mirror/<lang>.jsonl). Every third item of a file (0-based index % 3 == 2) is held:
it is measured, never tuned on.

Usage: python3 tools/mirror.py check FILE...
       python3 tools/mirror.py [--root DIR] assemble     # writes realnews/build/mirror-<lang>-{dev,held}.jsonl
       python3 tools/mirror.py overlap FILE ID [--words N] < real-excerpt   # the real text on stdin, never a file
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realnews  # noqa: E402  (same folder: the figure checks are the development set's)

ITEM_FIELDS = {"id", "mirrors", "source", "published", "lang", "countries", "form", "text", "expect", "note"}
ID = re.compile(r"^mr-(en|es)-[a-z0-9]+-\d+$")


def check_item(where, item, problems):
    unknown = set(item) - ITEM_FIELDS
    if unknown:
        problems.append(f"{where}: unknown fields {sorted(unknown)}")
    item_id = item.get("id")
    if not isinstance(item_id, str) or not ID.match(item_id):
        problems.append(f"{where}: id {item_id!r} is not mr-<lang>-<name>-NN")
    if item.get("lang") not in realnews.LANGS:
        problems.append(f"{where}: lang {item.get('lang')!r}")
    elif isinstance(item_id, str) and not item_id.startswith("mr-" + item["lang"] + "-"):
        problems.append(f"{where}: id {item_id!r} does not match lang {item['lang']}")
    if not isinstance(item.get("mirrors"), str) or not item["mirrors"].startswith("http"):
        problems.append(f"{where}: mirrors {item.get('mirrors')!r} is not the real article's url")
    if not isinstance(item.get("source"), str) or not item["source"].strip():
        problems.append(f"{where}: no source")
    if realnews.parse_date(item.get("published")) is None:
        problems.append(f"{where}: published {item.get('published')!r}")
    countries = item.get("countries")
    if not isinstance(countries, list) or not all(isinstance(c, str) and realnews.ISO2.match(c) for c in countries):
        problems.append(f"{where}: countries {countries!r}")
    if item.get("form") not in realnews.FORMS:
        problems.append(f"{where}: form {item.get('form')!r}")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: no text")
        text = None
    realnews.check_figures(where, item, text, problems)


def load(path, problems):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not JSON ({e.msg})")
                continue
            check_item(where, item, problems)
            items.append(item)
    return items


def check(paths):
    problems, items, seen = [], [], {}
    for path in paths:
        for item in load(path, problems):
            items.append(item)
            for key, what in ((item.get("id"), "id"), (realnews.article_key(item.get("mirrors")), "mirrored url")):
                if key in seen:
                    problems.append(f"{path}: {what} {key!r} again (first in {seen[key]})")
                seen.setdefault(key, item.get("id"))
    for p in problems:
        print(p)
    figures = sum(len(i.get("expect") or []) for i in items)
    countries = {c for i in items for c in i.get("countries") or []}
    pages = sum(1 for i in items if i.get("form") == "page")
    print(f"{len(items)} items, {figures} figures, {len(countries)} countries, {pages} pages; {len(problems)} problems")
    return 1 if problems else 0


def assemble(root):
    problems = []
    os.makedirs(os.path.join(root, "build"), exist_ok=True)
    for lang in sorted(realnews.LANGS):
        path = os.path.join(root, "mirror", lang + ".jsonl")
        if not os.path.exists(path):
            continue
        splits = {"dev": [], "held": []}
        for index, item in enumerate(load(path, problems)):
            gold = {"id": item["id"], "published": item["published"], "lang": lang, "form": item["form"],
                    "url": item["mirrors"], "text": item["text"],
                    "expect": [{k: v for k, v in f.items() if k != "note"} for f in item["expect"]]}
            splits["held" if index % 3 == 2 else "dev"].append(gold)
        for split, items in splits.items():
            out = os.path.join(root, "build", f"mirror-{lang}-{split}.jsonl")
            with open(out, "w", encoding="utf-8") as f:
                for gold in items:
                    f.write(json.dumps(gold, ensure_ascii=False) + "\n")
            print(f"{out}: {len(items)} items, {sum(len(g['expect']) for g in items)} figures")
    for p in problems:
        print(p)
    return 1 if problems else 0


def words(text):
    return re.findall(r"[^\W\d_]+", text.lower())


def overlap(path, item_id, n, real):
    """Prints each sentence of mirror item ID that shares a run of N words (numbers and punctuation aside) with the
    real text: what a distance review rewords, unless the run is the figure's own construction."""
    grams = set(zip(*(words(real)[i:] for i in range(n))))
    item = next((i for i in load(path, []) if i.get("id") == item_id), None)
    if item is None:
        print(f"{path}: no item {item_id}")
        return 1
    hits = 0
    for sentence in re.split(r"(?<=[.!?\n])\s+", item["text"]):
        shared = [" ".join(g) for g in zip(*(words(sentence)[i:] for i in range(n))) if g in grams]
        if shared:
            hits += 1
            print(f"- {sentence.strip()[:160]}\n    shared: {shared[:4]}")
    print(f"{item_id}: {hits} sentences share a run of {n}+ words with the real text")
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=realnews.default_root())
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check").add_argument("files", nargs="+")
    sub.add_parser("assemble")
    p = sub.add_parser("overlap")
    p.add_argument("file")
    p.add_argument("id")
    p.add_argument("--words", type=int, default=6)
    args = parser.parse_args(argv)
    if args.command == "overlap":
        return overlap(args.file, args.id, args.words, sys.stdin.read())
    return check(args.files) if args.command == "check" else assemble(args.root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
