#!/usr/bin/env python3
"""Regenerates stats/src/main/resources/tally/places/countries.tsv from the world-countries data set.

Usage: npm pack world-countries && tar xzf world-countries-*.tgz
       python3 tools/build-countries-tsv.py package/countries.json > stats/src/main/resources/tally/places/countries.tsv

world-countries (https://github.com/mledoze/countries) is licensed under ODbL 1.0; the derived
file keeps that credit in its header. Only names, capitals and English demonyms are taken.
"""
import json
import sys


# Alternative spellings that are ordinary English words ("Island" is Iceland in Icelandic).
ENGLISH_WORDS = {"Island"}


def plural(demonym):
    # English demonyms used as nouns: "Mexicans", "Afghans"; -ese/-ish/-ch/-s forms do not inflect.
    if demonym.endswith(("ese", "ish", "ch", "ss", "s", "sh")):
        return None
    return demonym + "s"


def main(path):
    countries = json.load(open(path, encoding="utf-8"))
    # A demonym shared by two countries (Congolese, Dominican) goes to the larger one.
    owner = {}
    for c in sorted(countries, key=lambda c: c.get("area", 0)):
        for form in set((c.get("demonyms", {}).get("eng") or {}).values()):
            if form:
                owner[form] = c["cca2"]
    print("# Country names, capitals and demonyms for every ISO 3166-1 country.")
    print("# Derived from world-countries 5.1.0 (https://github.com/mledoze/countries), ODbL 1.0,")
    print("# by tools/build-countries-tsv.py. Columns: iso2, kind (name|capital|demonym), lang, term.")
    rows = set()
    for c in countries:
        iso = c["cca2"]
        names = {c["name"]["common"], c["name"]["official"]}
        names.update(a for a in c.get("altSpellings", []) if len(a) > 3 and a.isascii() or (len(a) > 3 and any(ch.isalpha() for ch in a) and all(ord(ch) < 0x250 for ch in a)))
        for n in names - ENGLISH_WORDS:
            rows.add((iso, "name", "en", n))
        spa = c.get("translations", {}).get("spa")
        if spa:
            rows.add((iso, "name", "es", spa["common"]))
            rows.add((iso, "name", "es", spa["official"]))
        for cap in c.get("capital", []):
            rows.add((iso, "capital", "en", cap))
        for form in set((c.get("demonyms", {}).get("eng") or {}).values()):
            if form and owner.get(form) == iso:
                rows.add((iso, "demonym", "en", form))
                p = plural(form)
                if p:
                    rows.add((iso, "demonym", "en", p))
    for r in sorted(rows):
        print("\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1])
