#!/usr/bin/env python3
"""Regenerates ingest/src/main/resources/tally/lexicon/person-nouns-{en,es}.tsv from WordNet (and Apertium for Spanish).

Usage: apt-get install wordnet-base apertium-eng-spa lttoolbox wspanish   (Debian's WordNet 3.0; Apertium's
       English-Spanish dictionary and its lt-proc; a Spanish word list; or `apt-get download` them and `dpkg -x` each, with LD_LIBRARY_PATH set to the
       extracted liblttoolbox3)
       python3 tools/build-person-nouns-tsv.py en /usr/share/wordnet > ingest/src/main/resources/tally/lexicon/person-nouns-en.tsv
       python3 tools/build-person-nouns-tsv.py es /usr/share/wordnet /usr/share/apertium/apertium-eng-spa \\
           /usr/share/dict/spanish [lt-proc] \\
           > ingest/src/main/resources/tally/lexicon/person-nouns-es.tsv

The linking rules count people: a number followed by a noun of people ("14 villagers", "three firefighters") may be a
figure when a verb or noun of violence or migration governs it, and nothing else. The hand-written [noun] entries of
en.lex know a few hundred such nouns; real reporting names many more. A row is a common noun whose most frequent sense
(WordNet orders senses by frequency) has person.n.01 among its hypernyms, with its plural (noun.exc for irregular ones);
names (capitalized lemmas), kin (relative.n.01: left to en.lex), nouns whose first sense is something else ("hand", "head", "star"), words used as often as
verbs or adjectives in WordNet's tagged corpus ("have", "domestic", "deceased") are left out, as are
the words of EXCLUDE, whose counts the annotation guide rules out. The hand-written entries keep their meaning: the
lexicon adds these rows after them ("victims", "migrants", "deportees" stay what en.lex says).
"""
import glob
import re
import subprocess
import sys
from collections import defaultdict

# WordNet's license asks that its notice appear on all copies, this derived table included.
LICENSE = """
Derived from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and
without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and
statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal use or for distribution.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS
OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of
the software and/or database.  Title to copyright in this software, database and any associated documentation shall at
all times remain with Princeton University and LICENSEE agrees to preserve same.
"""
PERSON = "00007846"  # person.n.01 in WordNet 3.0
PLACES = "stats/src/main/resources/tally/places"  # read from the repository's root
# relative.n.01: kin ("grandsons", "nieces", "in-laws") are mostly one family's loss in the news ("a grandmother who lost
# two grandsons"), not a statistic; which kin nouns count is left to the hand-written lexicon.
RELATIVE = "10235549"
# inhabitant.n.01 and native.n.01: a people's members are Spanish demonyms ("nepalés", "vasco"), places' business, not ours;
# "Scorpio" is a person born under the sign
GROUPS_LEFT = ("09620078", "09620794", "09753204")
# "casualties" mixes the dead and the wounded (realnews/README.md, "What is not a figure").
EXCLUDE = {"casualty"}
# Spanish translations that are no people in Spanish news, read one by one in the generated table: machines and tools
# (WordNet's first sense of "printer" or "calculator" is a person), animals and plants, groups, abstractions, and words of
# other use ("presa" is also a dam, "cura" a cure; "cruzado", "enviado", "muerto" are participles or adjectives that
# follow a noun: "migrantes cruzados").
EXCLUDE_ES = {"calculadora", "excavadora", "impresora", "afeitadora", "tostadora", "espumadera", "ventosa", "percha",
              "aceitera", "descodificador", "salvia", "avestruz", "musaraña", "tigre", "ballena", "comadreja", "zorra",
              "momia", "esfinge", "criatura", "anatema", "apoteosis", "abominación", "encarnación", "reencarnación",
              "personificación", "descendencia", "juventud", "guerrilla", "presa",
              "cruzado", "enviado", "criado", "encargado",
              "impresor", "navegador", "servidor", "zorro", "cura", "muerto", "parado", "sátiro"}


def english_rows(wordnet_dir, groups=False):
    """
    Each English person noun with its plurals; with groups, instead, the capitalized ones alone, members of a faith or
    party ("Christian", "Marxist"): English reads those as names, Spanish writes them in lower case.
    """
    hypernyms = defaultdict(list)
    names = {}
    for line in open(f"{wordnet_dir}/data.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        offset, count = f[0], int(f[3], 16)
        for w in f[4:4 + 2 * count:2]:
            w = w.split("(")[0]
            if w != w.lower():
                names[(offset, w.lower())] = w
        i = 4 + 2 * count
        for p in range(int(f[i])):
            if f[i + 1 + 4 * p] == "@":
                hypernyms[offset].append(f[i + 2 + 4 * p])
    memo = {}

    def under(offset, top):
        key = (offset, top)
        if key not in memo:
            memo[key] = False  # WordNet's noun hierarchy has no cycles; this only guards the recursion
            memo[key] = offset == top or any(under(h, top) for h in hypernyms[offset])
        return memo[key]

    other_uses = defaultdict(int)  # a word's tagged uses as a verb or adjective, the most of the two
    for pos in ("verb", "adj"):
        for line in open(f"{wordnet_dir}/index.{pos}", encoding="latin-1"):
            if not line.startswith("  "):
                f = line.split()
                other_uses[f[0]] = max(other_uses[f[0]], int(f[-int(f[2]) - 1]))
    plurals = defaultdict(list)
    for line in open(f"{wordnet_dir}/noun.exc", encoding="latin-1"):
        plural, singular = line.split()[:2]
        plurals[singular].append(plural)
    rows = []
    for line in open(f"{wordnet_dir}/index.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        lemma, first, uses = f[0], f[-int(f[2])], int(f[-int(f[2]) - 1])
        words = lemma.split("_")
        if (lemma in EXCLUDE or len(words) > 2 or len(lemma) < 3 or not under(first, PERSON) or under(first, RELATIVE)
                or not lemma.replace("_", "").replace("-", "").isalpha()):
            continue
        if groups:
            if (first, lemma) in names and len(words) == 1 and not any(under(first, g) for g in GROUPS_LEFT):
                rows.append([names[(first, lemma)]])
            continue
        if (lemma in other_uses and other_uses[lemma] >= uses) or (first, lemma) in names:
            continue
        rows.append([w.replace("_", " ") for w in [lemma] + (plurals.get(lemma) or [regular_plural(lemma)])])
    return rows


def spanish_rows(english, groups, apertium_dir, lt_proc, wordlist):
    """
    Spanish nouns of people, both ways through Apertium's English-Spanish dictionary, in every gender and number:
    the translations of the one-word English rows that the dictionary gives a gender of people to (masculine and
    feminine forms, or one form for both: "bombero", "manifestante", "abadesa"), and the nouns of a Spanish word list
    whose translation is an English row and that have a form of the other gender or one for both ("pistolero",
    "recluso", "testigo"). A masculine-only or feminine-only noun is as often a thing ("acumulador", "badajo").
    Members of a faith or party translate too ("cristianos", "musulmanes"), but neither inhabitants of a place nor a
    term of the place tables: "mexicanos" is a demonym, which places its figure.
    """
    def run(flags, binary, text):
        return subprocess.run([lt_proc, *flags, f"{apertium_dir}/{binary}"], capture_output=True, text=True, check=True,
                              input=text).stdout

    wanted = {}  # lemma -> its genders
    lemmas = [r[0] for r in english + groups if " " not in r[0]]
    for line in run(["-b"], "eng-spa.autobil.bin", "".join(f"^{w}<n><sg>$\n" for w in lemmas)).splitlines():
        m = re.fullmatch(r"\^[^/]*/([^<#@/ ]+)<n><(GD|mf|f)><sg>\$", line.strip())
        if m and m.group(1).islower():  # "heir" and "heiress" both give "heredero": the genders add up
            wanted.setdefault(m.group(1), set()).update(["m", "f"] if m.group(2) == "GD" else [m.group(2)])
    genders = defaultdict(set)  # every noun of the word list, with the genders the analyser gives it
    for lemma, gender in re.findall(r"/([^/<$]+)<n><(m|f|mf)>", run([], "spa-eng.automorf.bin", open(wordlist, encoding="utf-8").read())):
        genders[lemma].add(gender)
    people = {r[0] for r in english}
    nouns = "".join(f"^{w}<n><{g}><sg>$\n" for w in sorted(genders) for g in sorted(genders[w]))
    translated = set(wanted)
    for line in run(["-b"], "spa-eng.autobil.bin", nouns).splitlines():
        m = re.fullmatch(r"\^([^<]+)<n><(m|f|mf)><sg>/([^<#@/]+)<n>.*\$", line.strip())
        if m and m.group(3) in people and m.group(1) not in translated:
            lemma, gender = m.group(1), m.group(2)
            if gender == "mf" or genders[lemma] >= {"m", "f"} or partner(lemma, genders):
                wanted.setdefault(lemma, set()).add(gender)  # "alumno" as <f> ("alumna") and as <m> ("alumno")
    requests = [[f"^{w}<n><{g}><{n}>$" for g in sorted(gs, reverse=True) for n in ("sg", "pl")] for w, gs in wanted.items() if w not in EXCLUDE_ES]
    places = set()
    for table in glob.glob(f"{PLACES}/*.tsv"):
        places.update(line.rstrip("\n").split("\t")[3] for line in open(table, encoding="utf-8") if line.strip() and not line.startswith("#"))
    rows = []
    for forms in run(["-g"], "eng-spa.autogen.bin", "".join(" ".join(r) + "\n" for r in requests)).splitlines():
        row = [w for w in dict.fromkeys(forms.split()) if not w.startswith(("#", "@", "*"))]
        if row and row not in rows and not places.intersection(row):
            rows.append(row)
    return rows


def partner(lemma, genders):
    """The noun's form of the other gender in the word list ("recluso", "reclusa"; "pescador", "pescadora")."""
    for own, other in (("o", "a"), ("a", "o"), ("or", "ora"), ("ora", "or"), ("ón", "ona"), ("és", "esa"), ("án", "ana"),
                       ("ín", "ina"), ("e", "a")):
        if lemma.endswith(own) and lemma[:-len(own)] + other in genders:
            return lemma[:-len(own)] + other
    return None


def main(lang, wordnet_dir, apertium_dir=None, wordlist="/usr/share/dict/spanish", lt_proc="lt-proc"):
    rows = english_rows(wordnet_dir)
    source = "WordNet 3.0 (Debian's wordnet-base)"
    if lang == "es":
        rows = spanish_rows(rows, english_rows(wordnet_dir, groups=True), apertium_dir, lt_proc, wordlist)
        source += " through Apertium's English-Spanish dictionary (Debian's apertium-eng-spa, GPL 2) and wspanish's word list"
    print(f"# Nouns of people, from {source} by tools/build-person-nouns-tsv.py: every form of a noun on one line.")
    print("# " + LICENSE.strip().replace("\n", "\n# "))
    for row in rows:
        print("\t".join(row))


def regular_plural(word):
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man") and not word.endswith(("human", "shaman", "caiman", "talisman", "german")):
        return word[:-3] + "men"
    return word + "s"


if __name__ == "__main__":
    main(*sys.argv[1:])
