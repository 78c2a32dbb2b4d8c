#!/usr/bin/env python3
"""Measures what page chrome costs extraction on the real development set (issue 16, point 9).

Every dev item of form `page` is a text copy of a whole page. `realnews/pages/<lang>.jsonl` (committed)
says, line by line, what a reader sees on it: the headline (`title`), a headline (or a lede cut with "[...]") repeated by the page
(`repeat`), photo and video captions (`caption`), related links, teasers and tickers (`related`), and
menus, dates, bylines and comment boxes (`meta`); every other non-blank line is the article's body.
From it this script builds the page's clean copy, the text a clean feed would give (the headline once,
then the body, paragraphs as on the page), and measures:

- recall on the page against recall on its clean copy, over every gold figure and over the gold
  figures stated in the headline or the body (the ones a clean feed carries);
- every figure extracted from the page whose number stands on a chrome line (caption, related, meta,
  repeated headline): the acceptance asks that none does.

The copies go to realnews/build/pages/<lang>-<split>-{page,clean}[-article].jsonl (git-ignored; a folder of
their own, since a clean copy may join an evidence's lines, which the build test of realnews/build's own
files would refuse) and are scored with the jar's `evaluate`.

`--split holdout` (or `fresh`, `fresh2`, ...) measures an unseen split's pages the same way, from the labels in
`realnews/pages/unseen-<lang>.jsonl`, and also scores the whole split as the acceptance counts it: every item,
its pages' gold reduced to the figures of the headline and the body (`<lang>-<split>-article-set.jsonl`). It
prints scores only: `--list` is refused there, as nobody reads an unseen split's misses.

Usage: python3 tools/pages.py [--lang en] [--split dev] [--classpath CP] [--list]
"""

import argparse
import json
import os
import re
import subprocess
import sys

CHROME = ("caption", "related", "meta", "repeat")
LABELS = ("title",) + CHROME
# The collection wrote the crawl date in front of some pages' first line; it is no part of the page.
DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
SCORE = re.compile(r"precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)")
MATCHED = re.compile(r"expected (\d+), predicted (\d+), matched (\d+)")


def root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def line_labels(item, labels):
    """The label of every line of the page (1-based): a chrome class, 'title', 'body' or None (blank)."""
    lines = item["text"].split("\n")
    out = [None] * (len(lines) + 1)
    for n, line in enumerate(lines, 1):
        out[n] = "body" if line.strip() else None
    for label in LABELS:
        for n in labels.get(label, []):
            if n >= len(out) or out[n] is None:
                sys.exit(f"{item['id']}: line {n} labelled {label} is blank or beyond the text")
            out[n] = label
    return lines, out


class PageIndex:
    """The page's lines joined with single spaces, with the line of every character: quotes and
    evidence are found in it whatever the white space between them."""

    def __init__(self, lines):
        parts, owner = [], []
        for n, line in enumerate(lines, 1):
            words = " ".join(line.split())
            if not words:
                continue
            if parts:
                parts.append(" ")
                owner.append(n)
            parts.append(words)
            owner.extend([n] * len(words))
        self.text = "".join(parts)
        self.owner = owner

    def lines_at(self, phrase, upto):
        """The line of the character that ends the phrase's first `upto` characters, at each occurrence of the phrase."""
        phrase = " ".join(phrase.split())
        found, start = [], 0
        while phrase and upto > 0:
            i = self.text.find(phrase, start)
            if i < 0:
                return found
            found.append(self.owner[i + min(upto, len(phrase)) - 1])
            start = i + 1
        return found

    def lines_of(self, phrase):
        """The line at the end of each occurrence of a phrase, in page order."""
        return self.lines_at(phrase, len(phrase))


def clean_copy(lines, labels):
    """The headline once, then the body, with a paragraph break wherever a line was dropped."""
    out, gap = [], False
    title = next((n for n in range(1, len(lines) + 1) if labels[n] == "title"), None)
    if title:
        out += [DATE_PREFIX.sub("", lines[title - 1]).strip(), ""]
    for n, line in enumerate(lines, 1):
        if labels[n] == "body":
            if gap and out and out[-1] != "":
                out.append("")
            out.append(line)
            gap = False
        else:
            gap = True
    return "\n".join(out).strip() + "\n"


def figure_lines(item, index):
    """The page line of each gold figure: of the lines its evidence is on, the first that no earlier figure
    with the same metric and value took (a headline shown twice, a lede repeated as a teaser)."""
    claimed = set()
    result = []
    for e in item["expect"]:
        where = index.lines_of(e["evidence"])
        n = next((k for k in where if (e["metric"], e["value"], k) not in claimed), where[-1] if where else None)
        claimed.add((e["metric"], e["value"], n))
        result.append(n)
    return result


def run(cp, *args, problems_allowed=False):
    """Tally's output; a failure stops the script, except an extract whose articles had problems (said once)."""
    out = subprocess.run(["java", "-cp", cp, "tally.cli.Tally", *args], capture_output=True, text=True)
    if out.returncode != 0 and not (problems_allowed and out.stdout):
        sys.exit(f"tally {args[0]} failed: {out.stderr.strip()}")
    if out.returncode != 0:
        print("tally extract reported: " + " | ".join(out.stderr.strip().splitlines()))
    return out.stdout


def score(cp, path):
    text = run(cp, "evaluate", path)
    p, r, f = SCORE.search(text).groups()
    e, _, m = MATCHED.search(text).groups()
    return float(r), int(m), int(e)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en")
    ap.add_argument("--classpath", default=None,
                    help="where tally.cli.Tally is (default: the module classes, then app/target/tally.jar)")
    ap.add_argument("--split", default="dev", help="dev (default), holdout, fresh, fresh2, ...: an unseen split's pages")
    ap.add_argument("--list", action="store_true", help="print every figure taken from chrome, and every gold figure the page loses")
    args = ap.parse_args()
    unseen = args.split != "dev"
    if unseen and args.list:
        sys.exit("--list reads misses: never on an unseen split")
    base = root()
    cp = args.classpath or os.pathsep.join(os.path.join(base, p) for p in
                                           ("ingest/target/classes", "stats/target/classes", "app/target/tally.jar"))
    build = os.path.join(base, "realnews", "build")
    split_items = load_jsonl(os.path.join(build, f"{args.lang}-{args.split}.jsonl"))
    dev = {i["id"]: i for i in split_items}
    label_file = f"{'unseen-' if unseen else ''}{args.lang}.jsonl"
    pages = load_jsonl(os.path.join(base, "realnews", "pages", label_file))
    unlabelled = sorted(i for i, item in dev.items() if item.get("form") == "page" and i not in {p["id"] for p in pages})
    if unlabelled:
        sys.exit(f"{args.split} pages without line labels in realnews/pages/{label_file}: {', '.join(unlabelled)}")

    sets = {"page": [], "clean": [], "page-article": [], "clean-article": []}
    batch, where = [], {}
    gold_by_label = {}
    for p in pages:
        item = dev.get(p["id"])
        if item is None:
            continue  # a page of another split
        lines, labels = line_labels(item, p)
        index = PageIndex(lines)
        at = figure_lines(item, index)
        article = [e for e, n in zip(item["expect"], at) if n is not None and labels[n] in ("title", "body")]
        for e, n in zip(item["expect"], at):
            gold_by_label[labels[n] if n else "unplaced"] = gold_by_label.get(labels[n] if n else "unplaced", 0) + 1
        clean = dict(item, text=clean_copy(lines, labels), form="passage")
        sets["page"].append(item)
        sets["clean"].append(clean)
        sets["page-article"].append(dict(item, expect=article))
        sets["clean-article"].append(dict(clean, expect=article))
        batch.append({"id": item["id"], "published": item["published"], "lang": item["lang"], "text": item["text"]})
        where[item["id"]] = (index, labels, lines)

    if unseen:
        # The whole split as the acceptance counts it: chrome's gold figures are no figure to find.
        article_gold = {it["id"]: it["expect"] for it in sets["page-article"]}
        sets["article-set"] = [dict(it, expect=article_gold.get(it["id"], it["expect"])) for it in split_items]
    paths = {}
    out_dir = os.path.join(build, "pages")
    os.makedirs(out_dir, exist_ok=True)
    for name, items in sets.items():
        paths[name] = os.path.join(out_dir, f"{args.lang}-{args.split}-{name}.jsonl")
        with open(paths[name], "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    # Each page as the text file a user would give `extract` (read as a page; a JSON Lines batch is read as
    # clean text), dated by the header line the reader takes out.
    page_dir = os.path.join(out_dir, f"{args.lang}-{args.split}-pages")
    os.makedirs(page_dir, exist_ok=True)
    for old in os.listdir(page_dir):
        os.remove(os.path.join(page_dir, old))
    for b in batch:
        with open(os.path.join(page_dir, b["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(f"Published: {b['published']}\n{b['text']}")

    print(f"{len(sets['page'])} {args.split} pages; gold figures by line: "
          + ", ".join(f"{k} {v}" for k, v in sorted(gold_by_label.items())))
    print(f"{'gold figures':28} {'page recall':>14} {'clean recall':>14} {'loss':>6}")
    for label, (pg, cl) in (("all", ("page", "clean")), ("headline and body", ("page-article", "clean-article"))):
        rp, mp, e = score(cp, paths[pg])
        rc, mc, _ = score(cp, paths[cl])
        print(f"{label + f' ({e})':28} {rp:8.3f} ({mp:3}) {rc:8.3f} ({mc:3}) {100 * (rc - rp):+6.1f}")

    if unseen:
        text = run(cp, "evaluate", paths["article-set"])
        print(f"whole {args.split} split, pages scored on headline and body ({len(split_items)} items): "
              + " ".join(text.splitlines()[1:4]))

    leaks = {}
    claimed = set()
    for line in run(cp, "extract", "--lang", args.lang, page_dir, problems_allowed=True).splitlines():
        fig = json.loads(line)
        # A file's figures carry no id of it: the sentence up to the number is found in the pages instead.
        head = fig["quote"][:fig["mention"]["end"] - fig["span"]["start"]]
        upto = len(" ".join(head.split()))
        # The whole sentence first (a head as short as "Cuatro" stands in other pages too), then its head.
        ref, found = next(((ref, found) for ref, (index, _, _) in where.items()
                           for found in (index.lines_at(fig["quote"], upto),) if found), (None, None))
        if ref is None:
            ref, found = next(((ref, found) for ref, (index, _, _) in where.items()
                               for found in (index.lines_of(head) or index.lines_of(head[-40:]),) if found), (None, None))
        n = None
        if ref:
            # Text a page shows twice (a lede repeated as a teaser) counts as chrome only beyond its copies in
            # the article: each figure takes the first of its lines, headline and body before chrome, that no
            # earlier figure with the same metric and value took.
            key = (ref, fig["metric"], fig["value"])
            labels, lines = where[ref][1], where[ref][2]
            # A line the page shows twice may give its figure from either copy (a copy run into its neighbours).
            copies = {" ".join(lines[k - 1].split()) for k in found}
            found += [k for k in range(1, len(lines) + 1) if k not in found and " ".join(lines[k - 1].split()) in copies]
            found = sorted(found, key=lambda k: labels[k] in CHROME)
            n = next((k for k in found if key + (k,) not in claimed), found[-1])
            claimed.add(key + (n,))
        label = where[ref][1][n] if ref else "unplaced"
        if label in CHROME or label == "unplaced":
            text = where[ref][2][n - 1] if ref else fig["quote"]
            leaks.setdefault(label, []).append((ref, n, fig["metric"], fig["value"], text))
    total = sum(len(v) for v in leaks.values())
    print(f"figures taken from chrome lines: {total}"
          + (" (" + ", ".join(f"{k} {len(v)}" for k, v in sorted(leaks.items())) + ")" if total else ""))
    if args.list:
        for label, figs in sorted(leaks.items()):
            for ref, n, metric, value, text in figs:
                print(f"  {label:8} {ref} line {n}: {metric} {value:g} :: {' '.join(text.split())[:110]}")
        print("written: " + ", ".join(os.path.relpath(p, base) for p in paths.values()))


if __name__ == "__main__":
    main()
