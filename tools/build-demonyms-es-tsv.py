#!/usr/bin/env python3
"""Regenerates stats/src/main/resources/tally/places/demonyms-es.tsv: Spanish demonyms of every country.

Usage: npm pack i18n-nationality@1.4.0 && tar xzf i18n-nationality-1.4.0.tgz
       python3 tools/build-demonyms-es-tsv.py package/langs/es.json > stats/src/main/resources/tally/places/demonyms-es.tsv

world-countries (countries.tsv) has demonyms in English and French only, so Spanish text could not read
"israelíes", "palestinos" or "sudaneses". i18n-nationality (https://github.com/sourcecode911/i18n-nationality,
MIT) gives one Spanish nationality adjective for each ISO 3166-1 code, capitalized and masculine singular; this
script writes them lower case, as Spanish writes them, with the feminine and plural forms Spanish grammar gives
each ending (-o: -a, -os, -as; -és: -esa, -eses, -esas; -án, -ón, -ol: -a, -es, -as; -í: -íes; -e, -a: -s).

FIXES corrects the data set where it misspells a form or gives the country's name instead of its demonym, after
the Real Academia Española's Diccionario panhispánico de dudas (2005), appendix 5, "Lista de países y capitales,
con sus gentilicios". SKIP leaves out codes whose adjective is an ordinary word or given name more often than a
nationality ("navideño" is of Christmas, "granadino" of Granada in Spain, "caribeño" of the whole Caribbean,
"indio" of the Americas' native peoples, "luciano" a given name), territories that share another country's
adjective, and codes with no one-word adjective. An adjective of two countries goes to the first code in OWNER.
places-extra.tsv is read after this file and refines it.
"""
import json
import sys

FIXES = {
    "SD": "sudanés", "IR": "iraní", "IQ": "iraquí", "KW": "kuwaití", "QA": "catarí", "PK": "pakistaní",
    "ZA": "sudafricano", "TW": "taiwanés", "NE": "nigerino", "ML": "maliense", "SS": "sursudanés", "GH": "ghanés",
    "SL": "sierraleonés", "BA": "bosnio", "TT": "trinitense", "KN": "sancristobaleño",
    "CD": "congoleño", "DO": "dominicano", "GE": "georgiano", "US": "estadounidense", "FR": "francés",
    "TR": "turco", "IS": "islandés",
}
# Second forms the data set lacks (same source).
EXTRA = {"SA": ["saudita"], "CI": ["marfileño"]}
SKIP = {
    "CX", "GD", "BQ", "IN", "LC", "VA", "MN", "EH", "PM", "RE", "CW", "GG", "JE", "NC", "PR", "HM", "IO", "MF",
    "SX", "BL", "SH", "NF", "AX", "BV", "UM", "PF", "TF", "TC", "GS", "VG", "VI", "CG", "DM", "GF", "GP", "MQ",
    "YT", "WF", "CC", "CK", "NU", "TK", "PN", "SJ", "FK", "MS", "KY", "BM", "GI", "GL", "FO", "GU", "MP", "MO",
    "HK", "AS", "AI", "VC", "LK",
}


def forms(adjective):
    """The masculine and feminine, singular and plural forms of a Spanish nationality adjective."""
    a = adjective
    if a.endswith("o"):
        return [a, a[:-1] + "a", a + "s", a[:-1] + "as"]
    if a.endswith("í"):
        return [a, a + "es"]
    for stressed, plain in (("és", "es"), ("án", "an"), ("ón", "on")):
        if a.endswith(stressed):
            stem = a[:-2] + plain
            return [a, stem + "a", stem + "es", stem + "as"]
    if a.endswith("ol"):
        return [a, a + "a", a + "es", a + "as"]
    if a.endswith(("e", "a")):
        return [a, a + "s"]
    return [a]


def main(path):
    data = json.load(open(path, encoding="utf-8"))["nationalities"]
    rows = []
    owner = {}
    for code in sorted(data):
        if code in SKIP:
            continue
        adjective = FIXES.get(code, data[code].strip()).lower()
        if " " in adjective or "(" in adjective or "-" in adjective:
            continue
        for form in forms(adjective) + EXTRA.get(code, []):
            if form in owner:
                continue
            owner[form] = code
            rows.append((code, "demonym", "es", form))
    print("# Spanish demonyms of every country, lower case with their feminine and plural forms.")
    print("# Derived from i18n-nationality 1.4.0 (https://github.com/sourcecode911/i18n-nationality), MIT,")
    print("# by tools/build-demonyms-es-tsv.py (its FIXES after the RAE's Diccionario panhispánico de dudas,")
    print("# appendix 5). Columns as countries.tsv: iso2, kind, lang, term. places-extra.tsv refines it.")
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1])
