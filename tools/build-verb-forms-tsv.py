#!/usr/bin/env python3
"""Regenerates ingest/src/main/resources/tally/lexicon/verb-forms-es.tsv: the other tenses and numbers of the Spanish
lexicon's verbs, so that a verb written by hand in one form ("asesinaron") is read in every form a report uses
("asesinó", "asesinaban", "asesina"), and a participle in every gender and number.

Usage (Debian packages apertium-eng-spa, lttoolbox; unpacked with `dpkg -x` where they cannot be installed):
    python3 tools/build-verb-forms-tsv.py /usr/share/apertium/apertium-eng-spa [LT_PROC] \\
        > ingest/src/main/resources/tally/lexicon/verb-forms-es.tsv
Rerun after adding verbs to es.lex: VerbFormsTest fails when an entry a generated form came from is gone or changed.

Apertium's Spanish analyser (spa-eng.automorf.bin) tells each hand entry's first word apart: a finite verb of the
third person or a participle (a word it also reads as a noun or an adjective is left alone). Its generator
(eng-spa.autogen.bin) gives the siblings: a finite form's third person singular and plural in the present, preterite
and imperfect (the rest of the phrase kept: "ejecutaron a balazos" -> "ejecutaban a balazos"; only plurals when a
plural word after the verb agrees with it, "resultaron heridas"); a one-word participle's four genders and numbers.
A generated form that the analyser reads as anything but a verb ("cobro", "secuestro") or that is already an entry of
the section is left out. Only the sections where a verb says what is counted are
inflected (SECTIONS): tense-bound sections ([current], [forecast], [stock], [attribution]) and verbs of movement keep
their hand forms, and so do verbs of migrants and apprehensions (SAID_OF_PLACES). No future or conditional: "deportará"
is a plan.
Columns: section, phrase, value (as in the lexicon), the hand entry it was made from.
"""
import re
import subprocess
import sys
import os

SECTIONS = ["verb", "lives verb", "harm verb", "deportee return"]
# Verbs of movement and of apprehension stay as written by hand: what they count depends on the coast they are said of
# ("rescatados" are Mexico's apprehensions, Spain's arrivals), and their forms ("llegados", "arribadas") make a sentence
# one about migration, which turns its deaths into migrant deaths.
SAID_OF_PLACES = {"apprehensions", "migrants", "-"}
TENSES = ["pri", "ifi", "pii"]  # not the future or conditional: plans and forecasts, no counts


def lexicon(path):
    section, entries = None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^\[(.*)\]$", line)
        if m:
            section = m.group(1)
            continue
        if not line.strip() or line.startswith("#"):
            continue
        phrase, _, value = line.partition(" -> ")
        entries.append((section, phrase.strip(), value.strip()))
    return entries


def run(lt_proc, binary, words, generate=False):
    args = [lt_proc] + (["-g"] if generate else []) + [binary]
    out = subprocess.run(args, input="\n".join(words) + "\n", capture_output=True, text=True, check=True).stdout
    return out.split("\n")[:len(words)]


def readings(line):
    m = re.match(r"^\^([^/]*)/(.*)\$$", line.strip())
    return m.group(2).split("/") if m else []


def main(apertium, lt_proc="lt-proc"):
    analyser = os.path.join(apertium, "spa-eng.automorf.bin")
    generator = os.path.join(apertium, "eng-spa.autogen.bin")
    entries = [e for e in lexicon("ingest/src/main/resources/tally/lexicon/es.lex") if e[0] in SECTIONS]
    firsts = sorted({p.split()[0].lower() for _, p, _ in entries if p.split()[0].isalpha()})
    analysis = dict(zip(firsts, (readings(l) for l in run(lt_proc, analyser, firsts))))
    wanted = []  # (section, rest of phrase, value, source, tags to generate)
    for section, phrase, value in entries:
        if value.split()[:1] and value.split()[0] in SAID_OF_PLACES:
            continue
        words = phrase.split()
        rs = analysis.get(words[0].lower(), [])
        if not rs or any("<vblex>" not in r for r in rs):
            continue
        lemma = rs[0].split("<")[0]
        if any(r.split("<")[0] != lemma for r in rs):
            continue
        tags = [re.findall(r"<([^>]+)>", r) for r in rs]
        rest = " ".join(words[1:])
        if any(t[1:2] and t[1] in TENSES and "p3" in t for t in tags):
            # a plural word after the verb agrees with it ("resultaron heridas"): its singulars are no Spanish
            numbers = ("pl",) if any(w.endswith("s") for w in words[1:]) and any("pl" in t for t in tags) else ("sg", "pl")
            for tense in TENSES:
                for number in numbers:
                    wanted.append((section, rest, value, phrase, f"^{lemma}<vblex><{tense}><p3><{number}>$"))
        elif any(t[1:2] == ["pp"] for t in tags) and not rest:
            for gender in ("m", "f"):
                for number in ("sg", "pl"):
                    wanted.append((section, rest, value, phrase, f"^{lemma}<vblex><pp><{gender}><{number}>$"))
    forms = run(lt_proc, generator, [w[4] for w in wanted], generate=True)
    generated = [f.strip() for f in forms]
    checks = dict(zip(sorted(set(generated)), (readings(l) for l in run(lt_proc, analyser, sorted(set(generated))))))
    taken = {(s, p.lower()) for s, p, _ in lexicon("ingest/src/main/resources/tally/lexicon/es.lex")}
    print("# Other tenses and numbers of the Spanish lexicon's verbs, generated by tools/build-verb-forms-tsv.py (source,")
    print("# filters and refresh steps in its header) with Apertium's Spanish analyser and generator (apertium-eng-spa,")
    print("# GPL 2; only inflected forms of ordinary Spanish verbs are kept). Columns: section, phrase, value, hand entry.")
    seen = set()
    for (section, rest, value, source, _), form in zip(wanted, generated):
        if not form or not form.isalpha() or "#" in form or "*" in form:
            continue
        rs = checks.get(form, [])
        if not rs or any("<vblex>" not in r for r in rs):
            continue
        phrase = (form + " " + rest).strip()
        key = (section, phrase.lower())
        if key in taken or key in seen:
            continue
        seen.add(key)
        print(f"{section}\t{phrase}\t{value}\t{source}")


if __name__ == "__main__":
    main(*sys.argv[1:])
