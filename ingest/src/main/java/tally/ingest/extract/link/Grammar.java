package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.analysis.ClauseOpening;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/** The word-order tests that several link rules share. */
final class Grammar {

    /** How far a place after "in" may stand, past words such as "the northern state of". */
    private static final int PLACE_PREFIX_REACH = 5;

    final Lexicon lex;
    final NotACount notACount;
    final NounPhrases nounPhrases;
    final ClauseOpening clauseOpening;

    Grammar(Lexicon lex, NotACount notACount) {
        this.lex = lex;
        this.notACount = notACount;
        this.nounPhrases = new NounPhrases(lex);
        this.clauseOpening = new ClauseOpening(lex, 1);
    }

    /** How many words the name of an area may have before its count ("Quezon City Police District, 59"). */
    private static final int AREA_WORDS = 5;

    /**
     * Where the area naming a list item starts, when the count is the item's and follows its area and a comma ("La Paz,
     * 21 víctimas;", "Bicol Region, 34 and"), and the item ends after its count: a place the extractor knows, or
     * capitalized words ending in an area noun ("Region", "District"), so a list of people with their ages ("Mary Jones,
     * 53") and "Kumbo, 12 people were killed" are none. -1 when there is none.
     */
    int areaItemStart(LinkQuery q) {
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        int start = q.mentionStart();
        int after = q.np().end();
        if (start < 3 || !t.get(start - 1).is(",") || after < t.size() && !t.get(after).isPunct() && lex.conjunctions.at(t, after) == null) {
            return -1;
        }
        int end = start - 1;
        PlaceMention place = s.placeEndingAt(end);
        if (place != null && place.start() < end) {
            return place.start();
        }
        if (!t.get(end - 1).isCapitalized() || !lex.areaNouns.contains(t.get(end - 1))) {
            return -1;
        }
        int label = end - 1;
        while (label > 0 && end - label < AREA_WORDS && t.get(label - 1).isCapitalized() && t.get(label - 1).isWord()) {
            label--;
        }
        return label;
    }

    /** Scare quotes are no boundary: "Three “terrorists” were killed", "131 people were “arbitrarily executed”". */
    static int skipQuotes(List<Token> t, int j) {
        while (j < t.size() && isQuote(t.get(j))) {
            j++;
        }
        return j;
    }

    static boolean isQuote(Token tok) {
        return tok.isPunct() && (tok.is("\"") || tok.is("\u201c") || tok.is("\u201d") || tok.is("\u00ab") || tok.is("\u00bb"));
    }

    /**
     * The metric of a verb of its own right after a count, past a word of difference and auxiliaries ("and one other
     * was injured", "y cinco más resultaron heridas", "while four others were hospitalised"): what befell these
     * people, which a count going on with the figure before must not overrule with that figure's metric; null when
     * no verb of a metric follows.
     */
    Metric ownVerb(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int j = q.np().end();
        if (j < t.size() && lex.differences.contains(t.get(j))) {
            j++;
        }
        boolean passive = false;
        PhraseTable.Match<Boolean> aux;
        while (j < t.size() && (aux = lex.toVerb.at(t, j)) != null && lex.verbs.at(t, j) == null) {
            for (int k = j; k < j + aux.length(); k++) {
                passive |= lex.passive.contains(t.get(k).lower());
            }
            j += aux.length();
        }
        PhraseTable.Match<Lexicon.Verb> verb = j < t.size() ? lex.verbs.at(t, j) : null;
        for (int k = j; verb != null && k < j + verb.length(); k++) {
            passive |= lex.passive.contains(t.get(k).lower()); // "resultaron heridas" is one verb of the lexicon
        }
        if (verb == null || verb.value().transitive() && !passive) {
            return null;
        }
        return metricFor(verb.value(), q.head(), q.aboutMigration());
    }

    int skipFillers(List<Token> t, int k) {
        PhraseTable.Match<Boolean> filler;
        while ((filler = lex.fillers.endingAt(t, k)) != null) {
            k -= filler.length();
        }
        return k;
    }

    /**
     * Fillers, a time expression ("detuvo el domingo a 38 personas") and a manner adverb ({@code [adverb ending]}: "habían
     * entrado irregularmente 14.426 personas", "acogen aproximadamente a unos 2,7 millones") between a verb and its object.
     */
    int skipToVerb(SentenceAnalysis s, int k) {
        int before;
        do {
            before = k;
            k = skipFillers(s.tokens(), k);
            TimeMention time = s.timeEndingAt(k);
            if (time != null && time.start() < k) {
                k = time.start();
            }
            if (k > 0 && lex.adverbShaped(s.tokens().get(k - 1))) {
                k--;
            }
        } while (k != before);
        return k;
    }

    /** After a verb, a number with no noun stands for people when nothing that could be an object follows. */
    boolean objectEndsHere(SentenceAnalysis s, int i) {
        List<Token> t = s.tokens();
        if (i >= t.size()) {
            return true;
        }
        Token next = t.get(i);
        return next.isPunct() || lex.stopwords.contains(next) || s.startsTime(i)
                || lex.locative.contains(next) || lex.destination.contains(next);
    }

    /** Whether a perfect-tense auxiliary stands right before token i ("have killed"). */
    boolean perfectBefore(List<Token> t, int i) {
        return i >= 0 && lex.perfect.contains(t.get(i));
    }

    /** No count (a number that is a count) stands in [from, to). */
    boolean noCountBetween(SentenceAnalysis s, int from, int to) {
        for (NumberMention m : s.numbers()) {
            if (m.start() >= from && m.end() <= to && !notACount.isNotACount(s, m)) {
                return false;
            }
        }
        return true;
    }

    /** Skips "in Mexico", "in the northern state of Chihuahua" between a noun and its verb. */
    int skipLocativePlace(SentenceAnalysis s, int j) {
        if (j >= s.tokens().size() || !lex.locative.contains(s.tokens().get(j))) {
            return j;
        }
        int k = j + 1;
        while (k < s.tokens().size() && k < j + PLACE_PREFIX_REACH && s.placeAt(k, null) == null && lex.placePrefix.contains(s.tokens().get(k))) {
            k++;
        }
        PlaceMention p = s.placeAt(k, null);
        return p == null ? j : p.end();
    }

    /** A noun phrase ends at p: nothing that could be its real head follows ("immigration judges"). */
    boolean isHeadEnd(SentenceAnalysis s, int p) {
        if (p >= s.tokens().size()) {
            return true;
        }
        Token next = s.tokens().get(p);
        PlaceMention place = s.placeAt(p, null);
        return next.isPunct() || next.isNumber() || lex.stopwords.contains(next) || lex.totalLinkWords.contains(next)
                || lex.locative.contains(next) || s.startsTime(p) || place != null && !postposedDemonym(next, place);
    }

    /** A demonym after its noun, in lower case as Spanish writes it, is that noun's adjective ("solicitantes de asilo sudaneses"). */
    private static boolean postposedDemonym(Token next, PlaceMention place) {
        return place.kind() == tally.stats.Place.Kind.DEMONYM && Character.isLowerCase(next.text().charAt(0));
    }

    /**
     * A total noun that ends at p is one of two nouns counted together ("solicitantes de asilo y refugiados",
     * "asylum seekers and refugees"): the joint count is not the first noun's statistic.
     */
    boolean coordinatedWithCounted(List<Token> t, int p) {
        PhraseTable.Match<Boolean> and = p < t.size() ? lex.conjunctions.at(t, p) : null;
        if (and == null) {
            return false;
        }
        PhraseTable.Match<Lexicon.Noun> other = lex.nouns.at(t, p + and.length());
        return other != null && (other.value().kind() == Lexicon.Noun.Kind.MIGRANT
                || other.value().kind() == Lexicon.Noun.Kind.METRIC && other.value().metric() != null
                && other.value().metric().category() == tally.stats.Category.MIGRATION);
    }

    /**
     * A bare count followed by a relative clause whose verb the lexicon does not know ("149,265 people arrested and 1,274,148
     * who surrendered"): the clause says what its people did, so they are no more of the figure before (Continuation, ListItem). With a verb the
     * lexicon knows ("and 12 who were wounded") SubjectVerb reads it.
     */
    boolean ownClause(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int j = q.np().end();
        if (q.head() != null || j >= t.size() || !lex.relatives.contains(t.get(j))) {
            return false;
        }
        int k = j + 1;
        PhraseTable.Match<Boolean> aux;
        while (k < t.size() && (aux = lex.toVerb.at(t, k)) != null && lex.verbs.at(t, k) == null) {
            k += aux.length(); // "who were", "who had been"
        }
        return k < t.size() && t.get(k).isWord() && lex.verbs.at(t, k) == null;
    }

    /**
     * The metric of a participle before the noun a total frame counts ("the total number of killed militants", "the
     * number of displaced people"), by what it says happened to them; null without one, or with no word after it.
     */
    Metric participleBefore(LinkQuery q, int p, int end) {
        List<Token> t = q.s().tokens();
        PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, p);
        int after = verb == null ? -1 : p + verb.length();
        if (verb == null || after >= end || !t.get(after).isWord() || lex.stopwords.contains(t.get(after))) {
            return null;
        }
        PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, after);
        return metricFor(verb.value(), noun == null ? null : noun.value(), q.aboutMigration());
    }

    /**
     * Migrants, or people in a sentence about migration ("agents caught 1 million people crossing"); null
     * for other people when the verb counts only migrants ("viven en", "localizados").
     */
    static Metric metricFor(Lexicon.Verb verb, Lexicon.Noun head, boolean aboutMigration) {
        boolean migrants = head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT
                || aboutMigration && (head == null || head.kind() == Lexicon.Noun.Kind.PERSON);
        return migrants ? verb.forMigrants() : verb.forPeople();
    }

    /**
     * {@link #crossingAdjusted(SentenceAnalysis, Metric, Metric, boolean)} where the migrants may be named in the
     * sentence before ("... crossing the Naf by boat. Their boat capsized and 88 drowned"), asked only for deaths.
     */
    Metric crossingAdjusted(LinkQuery q, Metric metric, Metric forMigrants) {
        if (metric != Metric.DEATHS) {
            return metric;
        }
        // the sentence names migrants, or the article is counting a migration statistic ("Al menos 728 de estas muertes
        // ocurrieron en el cruce fronterizo" after a count of migrant deaths)
        Metric adjusted = crossingAdjusted(q.s(), metric, forMigrants, q.s().aboutMigrants() || q.aboutMigration());
        if (adjusted == Metric.DEATHS && forMigrants == Metric.MIGRANT_DEATHS) {
            // "Many Rohingya entered Bangladesh crossing the Naf on boats, 11 of which capsized. Authorities recovered
            // 88 bodies": a death, not a killing, right after an accident of migrants on the crossing
            SentenceAnalysis before = q.previousSentence().get();
            if (before != null && before.aboutMigrants() && before.tokens().stream().anyMatch(lex.accidents::contains)) {
                return Metric.MIGRANT_DEATHS;
            }
        }
        return adjusted;
    }

    /** Deaths of migrants on the crossing itself (desert, sea, heat) are migrant_deaths, killings are not. */
    Metric crossingAdjusted(SentenceAnalysis s, Metric metric, Metric forMigrants, boolean aboutMigrants) {
        if (metric != Metric.DEATHS || !aboutMigrants) {
            return metric;
        }
        for (Token tok : s.tokens()) {
            // "a truck full of migrants crashed, killing 54": deaths on the way, even by a verb of killing
            if (forMigrants == Metric.MIGRANT_DEATHS && lex.crossing.contains(tok) || lex.accidents.contains(tok)) {
                return Metric.MIGRANT_DEATHS;
            }
        }
        return metric;
    }

    /** How many tokens an aside between commas may have. */
    private static final int ASIDE_REACH = 10;

    /**
     * Where the aside that a comma at {@code comma} closes opens: the comma before it, with no count, bracket or
     * other punctuation between and a word before it ("La deportación de guatemaltecos, vía aérea, al territorio
     * nacional llegó a 19.337"), or -1.
     */
    int asideStart(SentenceAnalysis s, int comma) {
        List<Token> t = s.tokens();
        if (comma < 1 || !t.get(comma).is(",")) {
            return -1;
        }
        for (int k = comma - 1; k > 0 && comma - k <= ASIDE_REACH; k--) {
            Token tok = t.get(k);
            if (tok.is(",")) {
                return k < comma - 1 && !t.get(k - 1).isPunct() ? k : -1;
            }
            if (tok.isPunct() || tok.isNumber() && s.timeEndingAt(k + 1) == null) {
                return -1;
            }
        }
        return -1;
    }
}
