package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/** Reads the {@link NounPhrase} after a number: modifiers, demonyms, "and", then a head noun and adjectives after it. */
final class NounPhrases {

    /** The most words a noun phrase after a number spans. */
    private static final int MAX_WORDS = 6;
    /** How far "and" may stand before the noun it joins ("and foreign workers"). */
    private static final int NOUN_AFTER_AND = 3;

    private final Lexicon lex;

    NounPhrases(Lexicon lex) {
        this.lex = lex;
    }

    NounPhrase at(SentenceAnalysis s, int from) {
        List<Token> t = s.tokens();
        Lexicon.Noun head = null;
        int headEnd = from;
        boolean unknown = false;
        String demonym = null;
        int j = from;
        while (j < t.size() && j < from + MAX_WORDS) {
            Token tok = t.get(j);
            if (tok.is("-") && j == from && j > 0 && (j + 1 < t.size() && t.get(j + 1).is("-") || tok.start() > t.get(j - 1).end())) {
                break; // "a toll of 25 -- one policeman and 24 suspects --": a dash set apart opens an aside, not the noun
            }
            if (tok.is("-") || Grammar.isQuote(tok) && head == null) {
                j++; // "Three “terrorists”": a quote before the head, or its closing quote
                continue;
            }
            if (head == null && j == from && opensSingleQuote(t, j)) {
                j++; // "more than 2M 'encounters'": a single quote opening the head, never an apostrophe
                continue;
            }
            int series = tok.is(",") && head != null
                    && (head.kind() == Lexicon.Noun.Kind.PERSON || head.kind() == Lexicon.Noun.Kind.MIGRANT) ? seriesEnd(s, j) : -1;
            if (series > j) {
                j = series; // "139,452 Guatemalans, Salvadorans, and Hondurans were deported": a series of people closed by "and"
                headEnd = j;
                continue;
            }
            if (tok.isPunct() || tok.isNumber()) {
                break;
            }
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, j);
            if (noun != null && head != null && head.kind() == Lexicon.Noun.Kind.THING && noun.length() == 1
                    && lex.participleShaped(tok)) {
                j++; // "120 embarcaciones llegadas a Canarias": the participle says what befell the boats, which are counted
                headEnd = j;
                continue;
            }
            if (noun != null) {
                head = noun.value();
                j += noun.length();
                headEnd = j;
                continue;
            }
            PlaceMention demonymHere = s.demonymAt(j);
            if (demonymHere != null) {
                demonym = demonymHere.country();
                // A demonym is the head ("15,273 Mexicans") unless a noun follows ("Afghan civilians") or stands
                // before it ("migrantes venezolanos").
                if (head == null) {
                    head = new Lexicon.Noun(Lexicon.Noun.Kind.PERSON, null);
                }
                j = demonymHere.end();
                headEnd = j;
                continue;
            }
            PlaceMention placeBefore = head == null ? s.placeAt(j, null) : null;
            if (placeBefore != null && isPeopleNoun(t, placeBefore.end())) {
                demonym = placeBefore.country(); // "11 Sagaing civilians", "five Kandahar policemen": the place names them
                j = placeBefore.end();
                continue;
            }
            PhraseTable.Match<Boolean> modifier = lex.modifiers.at(t, j);
            if (modifier != null) {
                j += modifier.length();
                continue;
            }
            if (head != null && head.kind() == Lexicon.Noun.Kind.PERSON && lex.adjectivesAfter.contains(tok)) {
                j++; // "210 policías municipales fueron asesinados": the adjective ends the phrase
                headEnd = j;
                continue;
            }
            PhraseTable.Match<Boolean> and = lex.conjunctions.at(t, j);
            if (and != null && startsNoun(s, j + and.length())) {
                j += and.length(); // "social leaders and activists", "Central and South American migrants"
                continue;
            }
            if (head != null || lex.stopwords.contains(tok) || lex.verbs.at(t, j) != null || lex.breakdownVerbs.at(t, j) != null
                    || lex.toVerb.at(t, j) != null // "otras dos continúan hospitalizadas": an auxiliary opens the verb, not the noun
                    || lex.verbShaped(tok) // "Otras 1.223 alcanzaron las islas": a verb the lexicon does not know
                    || s.startsTime(j) || s.placeAt(j, null) != null || lex.comparisons.at(t, j) != null
                    || lex.nounTrailers.contains(tok)) { // "39.347 procedentes de Estados Unidos": what follows the counted, not a noun of things
                break;
            }
            unknown = true;
            j++;
        }
        return new NounPhrase(head, head == null ? from : headEnd, head == null && unknown, demonym,
                head == null ? null : t.get(headEnd - 1).lower());
    }

    /**
     * The noun phrase of a partitive right after a count with no noun of its own ("nueve de esos incidentes", "dos de las
     * cuatro prisiones": past the article and a number), or null: no partitive, or one of the sentence's own counted
     * ("329 de los cuales", "940 of them").
     */
    NounPhrase partitive(SentenceAnalysis s, int from) {
        List<Token> t = s.tokens();
        int k = from;
        if (k >= t.size() || !lex.partitive.contains(t.get(k)) || lex.partOfThem.at(t, k) != null) {
            return null;
        }
        k++;
        while (k < t.size() && lex.stopwords.contains(t.get(k))) {
            k++; // "de las", "of the"
        }
        if (k < t.size() && s.numberAt(k) != null) {
            k = s.numberAt(k).end(); // "dos de las cuatro prisiones"
        }
        return at(s, k);
    }

    /** A single quote set apart before it and glued to the word after it: it opens a quotation. */
    private static boolean opensSingleQuote(List<Token> t, int j) {
        Token tok = t.get(j);
        return (tok.is("'") || tok.is("\u2018")) && j > 0 && tok.start() > t.get(j - 1).end()
                && j + 1 < t.size() && t.get(j + 1).isWord() && t.get(j + 1).start() == tok.end();
    }

    private boolean isPeopleNoun(List<Token> t, int i) {
        PhraseTable.Match<Lexicon.Noun> noun = i < t.size() ? lex.nouns.at(t, i) : null;
        return noun != null && (noun.value().kind() == Lexicon.Noun.Kind.PERSON || noun.value().kind() == Lexicon.Noun.Kind.MIGRANT);
    }

    /** How many members a series of people joined by commas may have. */
    private static final int SERIES_MEMBERS = 6;

    /**
     * Where the series ends that the comma at i goes on with, or -1: a series of demonyms or nouns of people that a
     * conjunction closes ("Guatemalans, Salvadorans, and Hondurans", "nicaragüenses, cubanos y haitianos"), each member one
     * demonym or noun of people, nothing else between them. A comma before anything else ends the noun phrase ("12 Afghans,
     * Pakistani officials said"), and so does one after a metric noun ("25 bodies, women and children among them": the
     * bodies are what is counted; the caller asks only after people).
     */
    private int seriesEnd(SentenceAnalysis s, int i) {
        List<Token> t = s.tokens();
        int k = i;
        for (int members = 0; members < SERIES_MEMBERS && k < t.size(); members++) {
            boolean closing = false;
            if (t.get(k).is(",")) {
                k++;
            }
            PhraseTable.Match<Boolean> and = k < t.size() ? lex.conjunctions.at(t, k) : null;
            if (and != null) {
                k += and.length();
                closing = true;
            }
            int end = peopleMemberEnd(s, k);
            if (end < 0) {
                return -1;
            }
            k = end;
            if (closing) {
                return k;
            }
            if (k >= t.size() || !t.get(k).is(",") && lex.conjunctions.at(t, k) == null) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of one demonym or noun of people at i, or -1. */
    private int peopleMemberEnd(SentenceAnalysis s, int i) {
        if (i >= s.tokens().size()) {
            return -1;
        }
        PlaceMention demonym = s.demonymAt(i);
        if (demonym != null) {
            return demonym.end();
        }
        return isPeopleNoun(s.tokens(), i) ? i + lex.nouns.at(s.tokens(), i).length() : -1;
    }

    /** A noun of people starts at i, perhaps after one modifier ("and foreign workers"). */
    private boolean startsNoun(SentenceAnalysis s, int i) {
        for (int k = i; k < Math.min(i + NOUN_AFTER_AND, s.tokens().size()); k++) {
            if (s.tokens().get(k).isPunct() || s.tokens().get(k).isNumber()) {
                return false;
            }
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(s.tokens(), k);
            if (noun != null) {
                return noun.value().kind() == Lexicon.Noun.Kind.PERSON || noun.value().kind() == Lexicon.Noun.Kind.MIGRANT;
            }
            if (s.demonymAt(k) != null) {
                return true;
            }
        }
        return false;
    }
}
