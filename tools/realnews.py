#!/usr/bin/env python3
"""Checks and assembles the real-news development set and fresh test set (realnews/README.md).

The gold annotations (realnews/gold/<lang>.jsonl, and the fresh test set's
realnews/gold/fresh-<lang>.jsonl) are committed; the texts they annotate
(realnews/text/<lang>/<id>.txt) are stored copies of news pages and stay out of git, so this
script checks the one against the other and joins them into the gold-set format that
`tally.jar evaluate` reads.

Usage: python3 tools/realnews.py [--root DIR] check [--allow-missing]
       python3 tools/realnews.py [--root DIR] assemble [--allow-missing]
"""

import argparse
import datetime
import json
import os
import re
import sys

VIOLENCE = {"deaths", "injuries", "kidnappings", "disappearances", "arrests"}
MIGRATION = {"migrants", "apprehensions", "deportations", "migrant_deaths", "asylum_claims"}
QUALIFIERS = {"exact", "approximately", "at_least", "at_most"}
BASES = {"total", "per_year"}
KINDS = {"flow", "stock", "cumulative", "incident"}
# Violence metrics say what kind of violence they count; migration metrics (migrant_deaths too) say who moves.
DEATH_DEFINITIONS = {"organized_crime", "homicide", "armed_conflict", "unspecified"}
# The values are tally.stats.Definition's JSON names (snake case), which evaluate reads.
MIGRANT_DEFINITIONS = {"irregular", "refugees", "internally_displaced", "returnees", "unspecified"}
FORMS = {"passage", "page"}
LANGS = {"en", "es"}
# The development set's files are <lang>.jsonl (split by position); the fresh test set's are
# fresh-<lang>.jsonl, every item in split "fresh", never tuned on and measured only at the end.
SETS = ("", "fresh-")
FRESH = "fresh"
# Fresh items are collected in batches, each annotated blind in its own round and measured on its own;
# an item without "batch" is in the first, whose build files keep their original names (-fresh).
FIRST_BATCH = 1
ISO2 = re.compile(r"^[A-Z]{2}$")
ITEM_FIELDS = {"id", "url", "source", "published", "lang", "countries", "form", "split", "expect", "note", "seen",
               "batch"}
FIGURE_FIELDS = {"metric", "value", "qualifier", "place", "period", "basis", "kind", "definition", "evidence",
                 "note"}
# Past ~12 words an evidence string stops being a pointer and starts being a copy of the article.
MAX_EVIDENCE_WORDS = 16


def default_root():
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "realnews")


def split_for(prefix, index, item=None):
    """The development set's deterministic split: every third item of a language file (0-based index % 3 == 2)
    is held out, unless the item says why it was seen (its gold read or tuned on): a seen item is dev, so
    the holdout stays untouched. Every item of a fresh file is in the fresh split."""
    if prefix == "fresh-":
        return FRESH
    return "holdout" if index % 3 == 2 and not (item or {}).get("seen") else "dev"


def batch_of(item):
    """A fresh item's batch: its "batch" field, else the first batch."""
    return item.get("batch", FIRST_BATCH)


def build_split(split, item):
    """The build file suffix an item goes to: its split, with a fresh item's batch after it from the second
    batch on (all-fresh.jsonl holds batch 1 only, all-fresh2.jsonl batch 2), so each batch is measured alone."""
    if split != FRESH or batch_of(item) == FIRST_BATCH:
        return split
    return f"{FRESH}{batch_of(item)}"


def check_batch(prefix, where, item, problems):
    """A batch is a whole number from 1, and only a fresh item has one (it names a build file)."""
    batch = item.get("batch", FIRST_BATCH)
    if ("batch" in item and not prefix) or not isinstance(batch, int) or isinstance(batch, bool) or batch < FIRST_BATCH:
        problems.append(f"{where}: batch {batch!r}: only a fresh item has a batch, a whole number from 1")


def id_pattern(prefix, lang):
    """rn-en-001 in the development set, rn-en-f001 in the fresh test set."""
    return rf"^rn-{lang}-{'f' if prefix else ''}\d{{3,}}$"


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def load_gold(root):
    """Every item of every gold file (development set, then fresh test set), in file order, with its
    file's prefix and its index in its own file."""
    items = []
    problems = []
    gold_dir = os.path.join(root, "gold")
    for prefix, lang in ((p, lang) for p in SETS for lang in sorted(LANGS)):
        path = os.path.join(gold_dir, prefix + lang + ".jsonl")
        if not os.path.exists(path):
            continue
        index = 0
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{path}:{n}: invalid JSON ({e})")
                    index += 1
                    continue
                items.append((prefix, lang, index, f"{path}:{n}", item))
                index += 1
    return items, problems


def text_path(root, item):
    return os.path.join(root, "text", item.get("lang", ""), str(item.get("id")) + ".txt")


def read_text(root, item):
    path = text_path(root, item)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read()


def check_figure(where, fig, text, problems):
    unknown = set(fig) - FIGURE_FIELDS
    if unknown:
        problems.append(f"{where}: unknown fields {sorted(unknown)}")
    metric = fig.get("metric")
    if metric not in VIOLENCE | MIGRATION:
        problems.append(f"{where}: metric {metric!r}")
    value = fig.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
        problems.append(f"{where}: value {value!r}")
    if fig.get("qualifier") not in QUALIFIERS:
        problems.append(f"{where}: qualifier {fig.get('qualifier')!r}")
    place = fig.get("place")
    if place is not None and not (isinstance(place, str) and ISO2.match(place)):
        problems.append(f"{where}: place {place!r}")
    period = fig.get("period")
    if period is not None:
        start = parse_date(period.get("from")) if isinstance(period, dict) else None
        end = parse_date(period.get("to")) if isinstance(period, dict) else None
        if start is None or end is None or start > end:
            problems.append(f"{where}: period {period!r}")
    if fig.get("basis") not in BASES:
        problems.append(f"{where}: basis {fig.get('basis')!r}")
    if fig.get("kind") not in KINDS:
        problems.append(f"{where}: kind {fig.get('kind')!r}")
    definitions = MIGRANT_DEFINITIONS if metric in MIGRATION else DEATH_DEFINITIONS
    if fig.get("definition") not in definitions:
        problems.append(f"{where}: definition {fig.get('definition')!r} for {metric}")
    evidence = fig.get("evidence")
    if not isinstance(evidence, str) or not evidence.strip():
        problems.append(f"{where}: no evidence")
    else:
        if len(evidence.split()) > MAX_EVIDENCE_WORDS:
            problems.append(f"{where}: evidence longer than {MAX_EVIDENCE_WORDS} words")
        if text is not None and evidence not in text:
            problems.append(f"{where}: evidence not in the text: {evidence!r}")


def check_item(prefix, lang, index, where, item, text, problems):
    unknown = set(item) - ITEM_FIELDS
    if unknown:
        problems.append(f"{where}: unknown fields {sorted(unknown)}")
    item_id = item.get("id")
    if not isinstance(item_id, str) or not re.match(id_pattern(prefix, lang), item_id):
        problems.append(f"{where}: id {item_id!r} is not rn-{lang}-{'f' if prefix else ''}NNN")
    if item.get("lang") != lang:
        problems.append(f"{where}: lang {item.get('lang')!r} in the {lang} file")
    if not isinstance(item.get("url"), str) or not item["url"].startswith("http"):
        problems.append(f"{where}: url {item.get('url')!r}")
    if not isinstance(item.get("source"), str) or not item["source"].strip():
        problems.append(f"{where}: no source")
    if parse_date(item.get("published")) is None:
        problems.append(f"{where}: published {item.get('published')!r}")
    countries = item.get("countries")
    # Empty when every figure is for a union or region (EU-wide asylum claims), not a country.
    if not isinstance(countries, list) or not all(
            isinstance(c, str) and ISO2.match(c) for c in countries):
        problems.append(f"{where}: countries {countries!r}")
    if item.get("form") not in FORMS:
        problems.append(f"{where}: form {item.get('form')!r}")
    if item.get("split") != split_for(prefix, index, item):
        problems.append(f"{where}: split {item.get('split')!r}, should be {split_for(prefix, index, item)} (index {index})")
    if "seen" in item and (not isinstance(item["seen"], str) or not item["seen"].strip() or prefix):
        problems.append(f"{where}: seen must say who saw the item and how, and only a development item can be seen")
    check_batch(prefix, where, item, problems)
    check_figures(where, item, text, problems)


def check_figures(where, item, text, problems):
    """Checks every figure of an item's `expect` list against the item's text (None: not present)."""
    expect = item.get("expect")
    if not isinstance(expect, list):
        problems.append(f"{where}: expect is not a list")
        return
    for k, fig in enumerate(expect):
        if not isinstance(fig, dict):
            problems.append(f"{where}: figure {k} is not an object")
            continue
        check_figure(f"{where} figure {k} ({item.get('id')})", fig, text, problems)


def load_page_labels(root):
    """The page labels of tools/pages.py (realnews/pages/<lang>.jsonl, and unseen-<lang>.jsonl for the holdout and fresh
    pages): item id -> {label: [line numbers]}."""
    labels = {}
    for name in sorted(LANGS) + ["unseen-" + lang for lang in sorted(LANGS)]:
        path = os.path.join(root, "pages", name + ".jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        entry = json.loads(line)
                        labels[entry.pop("id")] = entry
    return labels


def check_labels(where, labels, text, problems):
    """A rebuilt text must have the line layout that was labelled: a stored copy of the same url can
    differ (another crawl, another template), and then its labels would fall on other lines."""
    lines = text.split("\n")
    for label, numbers in sorted(labels.items()):
        for n in numbers:
            if n > len(lines) or not lines[n - 1].strip():
                problems.append(f"{where}: page label {label} on line {n}, blank or beyond the text ({len(lines)} lines)")


def article_key(url):
    """What makes two urls the same article: scheme, "www.", a fragment, a trailing slash and the query do not, unless
    the address has no path and the query is all that names the article."""
    if not isinstance(url, str):
        return url
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower()).split("#")[0]
    address, _, query = url.partition("?")
    address = address.rstrip("/")
    # A site that names its articles only by the query ("example.org/?p=123") keeps it.
    return address + "?" + query if "/" not in address and query else address


def check(root, allow_missing):
    items, problems = load_gold(root)
    labels = load_page_labels(root)
    missing = []
    seen = set()
    urls = {}
    for prefix, lang, index, where, item in items:
        if item.get("id") in seen:
            problems.append(f"{where}: duplicate id {item.get('id')}")
        seen.add(item.get("id"))
        # One article in two items is counted twice, and a dev copy of a holdout or fresh item leaks tuning into
        # the measurement that must stay unseen.
        same = urls.setdefault(article_key(item.get("url")), item.get("id"))
        if same != item.get("id"):
            problems.append(f"{where}: {item.get('id')} is the article of {same} ({item.get('url')})")
        text = read_text(root, item)
        if text is None:
            missing.append(text_path(root, item))
        elif item.get("id") in labels:
            check_labels(where, labels[item["id"]], text, problems)
        check_item(prefix, lang, index, where, item, text, problems)
    for p in problems:
        print("problem: " + p)
    for m in missing:
        print("missing text: " + m)
    development = [i for p, _, _, _, i in items if not p]
    fresh = [i for p, _, _, _, i in items if p]
    print(summary(development))
    if fresh:
        print("fresh test set (never tuned on):\n" + summary(fresh))
        batches = sorted({batch_of(i) for i in fresh if isinstance(batch_of(i), int)})
        if len(batches) > 1:
            for batch in batches:
                print(f"fresh batch {batch}:\n" + summary([i for i in fresh if batch_of(i) == batch]))
    if missing:
        print(f"{len(missing)} texts missing" + (" (allowed)" if allow_missing else ""))
    return 1 if problems or (missing and not allow_missing) else 0


def summary(items):
    figures = lambda subset: sum(len(i.get("expect") or []) for i in subset)  # noqa: E731
    rows = [f"items {len(items)}, figures {figures(items)}"]
    for label, key in (("language", "lang"), ("form", "form"), ("split", "split")):
        groups = {}
        for item in items:
            groups.setdefault(str(item.get(key)), []).append(item)
        rows.append(f"by {label}: " + ", ".join(
            f"{k} {len(v)} items / {figures(v)} figures" for k, v in sorted(groups.items())))
    countries = sorted({c for i in items for c in (i.get("countries") or []) if isinstance(c, str)})
    rows.append(f"distinct countries {len(countries)}: {' '.join(countries)}")
    return "\n".join(rows)


def assemble(root, allow_missing):
    items, problems = load_gold(root)
    out = {}
    missing = 0
    for prefix, lang, index, where, item in items:
        # The file and position decide the split, so a mislabelled fresh item can never land in a dev file.
        split = split_for(prefix, index, item)
        if item.get("split") != split:
            problems.append(f"{where}: split {item.get('split')!r}, should be {split} (index {index})")
        check_batch(prefix, where, item, problems)
        text = read_text(root, item)
        if text is None:
            missing += 1
            continue
        record = {"id": item["id"], "published": item["published"], "lang": item["lang"], "text": text,
                  "expect": item["expect"], "form": item["form"], "url": item["url"], "source": item["source"]}
        for name in (f"{lang}-{build_split(split, item)}", f"all-{build_split(split, item)}"):
            out.setdefault(name, []).append(record)
    for p in problems:
        print("problem: " + p)
    if problems or (missing and not allow_missing):
        print(f"not assembled: {len(problems)} problems, {missing} texts missing (run check)")
        return 1
    build = os.path.join(root, "build")
    os.makedirs(build, exist_ok=True)
    # The fresh files are written only when a fresh gold file exists (a batch's only when it has items), so a
    # checkout without them builds as before.
    fresh = [item for p, _, _, _, item in items if p]
    splits = ("dev", "holdout") + tuple(sorted({build_split(FRESH, item) for item in fresh}))
    for lang in sorted(LANGS) + ["all"]:
        for split in splits:
            name = f"{lang}-{split}"
            records = out.get(name, [])
            path = os.path.join(build, name + ".jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            print(f"{path}: {len(records)} items, {sum(len(r['expect']) for r in records)} figures")
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=default_root(), help="the realnews folder (default: next to tools/)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("check", "validate the gold files against the texts and print counts"),
                            ("assemble", "write build/{en,es,all}-{dev,holdout,fresh,fresh2..}.jsonl for `tally.jar evaluate`")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--allow-missing", action="store_true", help="texts may be missing (not an error)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.root, args.allow_missing)
    return assemble(args.root, args.allow_missing)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
