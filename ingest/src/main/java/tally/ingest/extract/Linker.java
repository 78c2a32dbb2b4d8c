package tally.ingest.extract;

import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import tally.stats.Metric;
import tally.stats.Qualifier;

/**
 * Links a number to what it counts: a metric noun after it, a verb of which the counted people are
 * the object or the passive subject, an act of which they are the victims, a total it is the value
 * of, or a list it continues. No link, no figure.
 */
final class Linker {

    private static final int NOUN_PHRASE_WORDS = 6;
    private static final int TOTAL_LOOKBACK = 12;
    private static final int TOTAL_CLAUSE_LOOKBACK = 30;

    private final Lexicon lex;
    private final WordSet placePrefix;
    private final CountGuards guards;
    /** The first words of the nouns {@link #namesMigrants} looks for: the other tokens start none. */
    private final BitSet migrantNounStarts;
    /**
     * A word of every phrase a link needs ({@link #link}): a head noun that is not a mere person
     * ("homicides", "migrants"), a verb, a verb of lives, an act or a total. A sentence with none of
     * them links no number, so its numbers need not be read.
     */
    private final BitSet linkWords = new BitSet();
    private final WordSieve linkWordSieve;

    Linker(Lexicon lex, CountGuards guards) {
        this.lex = lex;
        this.placePrefix = lex.placePrefix;
        this.guards = guards;
        this.migrantNounStarts = lex.nouns.firstWords(Linker::isMigrantNoun);
        linkWords.or(lex.nouns.keyWords(noun -> noun.kind() != Lexicon.Noun.Kind.PERSON));
        linkWords.or(lex.verbs.keyWords(v -> true));
        linkWords.or(lex.subjectVerbs.keyWords(v -> true));
        linkWords.or(lex.livesVerbs.keyWords(v -> true));
        linkWords.or(lex.actsOf.keyWords(v -> true));
        linkWords.or(lex.totalNouns.keyWords(v -> true));
        this.linkWordSieve = new WordSieve(WordIds.words(linkWords));
    }

    /**
     * Whether the sentence text[from, to) may hold a word {@link #canLink} looks for, read from its
     * characters: when not, it need not even be tokenized to know that it states no figure.
     */
    boolean mayLink(char[] text, int from, int to) {
        return linkWordSieve.mayHold(text, from, to);
    }

    /**
     * Whether {@link #link} can link any number of these tokens: every link needs one of the
     * phrases of {@link #linkWords}, so one of its words. Most sentences with a number (ages,
     * pages, money, dates) have none.
     */
    boolean canLink(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word() != WordIds.NONE && linkWords.get(t.word())) {
                return true;
            }
        }
        return false;
    }


    /** How a number was linked to what it counts. */
    record Link(Metric metric, int end, boolean perfect, String npDemonym, boolean displacement) {
        Link(Metric metric, int end, boolean perfect, String npDemonym) {
            this(metric, end, perfect, npDemonym, false);
        }
    }

    /** The words after a number that say what it counts, e.g. "undocumented immigrants". */
    record NounPhrase(Lexicon.Noun head, int end, boolean unknownWords, String demonym, String headWord) {
    }

    NounPhrase nounPhrase(Sentence s, int from) {
        List<Token> t = s.tokens();
        Lexicon.Noun head = null;
        int headEnd = from;
        boolean unknown = false;
        String demonym = null;
        int j = from;
        while (j < t.size() && j < from + NOUN_PHRASE_WORDS) {
            Token tok = t.get(j);
            if (tok.is("-")) {
                j++;
                continue;
            }
            if (tok.isPunct() || tok.isNumber()) {
                break;
            }
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, j);
            if (noun != null) {
                head = noun.value();
                j += noun.length();
                headEnd = j;
                continue;
            }
            PlaceMention demonymHere = s.demonymAt(j);
            if (demonymHere != null) {
                demonym = demonymHere.country();
                // A demonym is the head ("15,273 Mexicans") unless a noun follows ("Afghan civilians").
                head = new Lexicon.Noun(Lexicon.Noun.Kind.PERSON, null);
                j = demonymHere.end();
                headEnd = j;
                continue;
            }
            PhraseTable.Match<Boolean> modifier = lex.modifiers.at(t, j);
            if (modifier != null) {
                j += modifier.length();
                continue;
            }
            PhraseTable.Match<Boolean> and = lex.conjunctions.at(t, j);
            if (and != null && startsNoun(s, j + and.length())) {
                j += and.length(); // "social leaders and activists", "Central and South American migrants"
                continue;
            }
            if (head != null || lex.stopwords.contains(tok) || lex.verbs.at(t, j) != null
                    || s.startsTime(j) || s.placeAt(j, null) != null) {
                break;
            }
            unknown = true;
            j++;
        }
        return new NounPhrase(head, head == null ? from : headEnd, head == null && unknown, demonym,
                head == null ? null : t.get(headEnd - 1).lower());
    }

    /** A noun of people starts at i, perhaps after one modifier ("and foreign workers"). */
    boolean startsNoun(Sentence s, int i) {
        for (int k = i; k < Math.min(i + 3, s.tokens().size()); k++) {
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

    /**
     * @param migrationContext whether the sentence before was about migration: asked only when a
     *     verb's metric depends on it, as finding out may need that sentence's tokens
     */
    Link link(Sentence s, NumberMention n, int mentionStart, NounPhrase np, BooleanSupplier migrationContext, List<FoundFigure> earlier) {
        List<Token> t = s.tokens();
        Lexicon.Noun head = np.head();
        if (np.unknownWords()) {
            return null; // "20,000 weapons", "two countries": a count of something else
        }
        boolean sentenceAboutMigrants = s.aboutMigrants();
        if (head != null && head.kind() == Lexicon.Noun.Kind.METRIC) {
            // "found 53 migrants dead in a sweltering trailer": deaths on the crossing
            return new Link(crossingAdjusted(s, head.metric(), Metric.MIGRANT_DEATHS, sentenceAboutMigrants), np.end(), false, np.demonym());
        }
        // Active verb before the number: "killed four civilians", "deported 400,000 Mexicans".
        int k = skipToVerb(s, mentionStart);
        if (head != null && head.kind() == Lexicon.Noun.Kind.LIVES) {
            PhraseTable.Match<Boolean> lives = lex.livesVerbs.endingAt(t, k);
            if (lives != null) {
                int before = k - lives.length() - 1;
                return new Link(Metric.DEATHS, np.end(), before >= 0 && lex.perfect.contains(t.get(before)), np.demonym());
            }
        } else if (head != null || objectEndsHere(s, np.end())) {
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.endingAt(t, k);
            if (verb != null) {
                Metric m = metricFor(verb.value(), head, s.migrationAct() || migrationContext.getAsBoolean());
                boolean perfect = k - verb.length() > 0 && lex.perfect.contains(t.get(k - verb.length() - 1));
                return new Link(crossingAdjusted(s, m, verb.value().forMigrants(), sentenceAboutMigrants), np.end(), perfect, np.demonym(),
                        verb.value().displacement());
            }
            PhraseTable.Match<Lexicon.Act> act = lex.actsOf.endingAt(t, k);
            if (act != null) {
                boolean migrants = head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT || sentenceAboutMigrants;
                return new Link(crossingAdjusted(s, act.value().metric(), act.value().onCrossing(), migrants), np.end(), false, np.demonym());
            }
        }
        // The counted people as subject: "15,273 Mexicans were killed", "six died", "35,000 lives were lost".
        Link subject = subjectVerb(s, np, migrationContext);
        if (subject != null) {
            return subject;
        }
        // The number as the value of a total: "the death toll rose to 49".
        if (head == null || head.kind() != Lexicon.Noun.Kind.LIVES) {
            Metric total = totalBefore(s, mentionStart);
            if (total != null) {
                return new Link(crossingAdjusted(s, total, Metric.MIGRANT_DEATHS, s.namesMigrants()), np.end(), false, np.demonym());
            }
        }
        if (head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT) {
            return new Link(Metric.MIGRANTS, np.end(), false, np.demonym());
        }
        return continuation(s, mentionStart, np, earlier);
    }

    /**
     * A count that continues a list or comparison of the figure before it takes that figure's
     * metric: "159 homicides in January, 135 in February and 148 in March", "4,574 last year, up
     * from 4,136 in 2011". Not a part of it ("12 people, 3 of them children").
     */
    Link continuation(Sentence s, int mentionStart, NounPhrase np, List<FoundFigure> earlier) {
        List<Token> t = s.tokens();
        if (earlier.isEmpty() || np.head() != null && np.head().kind() == Lexicon.Noun.Kind.LIVES
                || np.end() < t.size() && lex.partitive.contains(t.get(np.end()))) {
            return null;
        }
        FoundFigure last = earlier.get(earlier.size() - 1);
        int k = skipFillers(t, mentionStart);
        // "up from a record 409,849", "nearly double the 72,177": compares with the figure before.
        if (lex.comparisons.endingAt(t, k) != null || lex.comparisons.endingAt(t, mentionStart) != null) {
            return new Link(last.metric(), np.end(), false, np.demonym());
        }
        // "killed 2,100 Palestinians in Gaza, most of them civilians, and 73 people": the same verb.
        PhraseTable.Match<Boolean> and = lex.conjunctions.endingAt(t, k);
        boolean people = np.head() != null && (np.head().kind() == Lexicon.Noun.Kind.PERSON || np.head().kind() == Lexicon.Noun.Kind.MIGRANT);
        if (and != null && people && k - last.mentionEnd() <= 15 && noCountBetween(s, last.mentionEnd(), k - and.length())) {
            return new Link(last.metric(), np.end(), false, np.demonym());
        }
        boolean glued = false;
        int p = mentionStart;
        while (p > Math.max(0, mentionStart - 10)) {
            for (FoundFigure f : earlier) {
                if (f.mentionEnd() == p) {
                    return glued ? new Link(f.metric(), np.end(), false, np.demonym()) : null;
                }
            }
            TimeMention time = s.timeEndingAt(p);
            Token prev = t.get(p - 1);
            if (time != null) {
                p = time.start();
            } else if (prev.is(",") || lex.totalLinkWords.contains(prev)) {
                glued = true;
                p--;
            } else {
                return null;
            }
        }
        return null;
    }

    boolean noCountBetween(Sentence s, int from, int to) {
        for (NumberMention m : s.numbers()) {
            if (m.start() >= from && m.end() <= to && !guards.isNotACount(s, m)) {
                return false;
            }
        }
        return true;
    }

    int skipFillers(List<Token> t, int k) {
        PhraseTable.Match<Boolean> filler;
        while ((filler = lex.fillers.endingAt(t, k)) != null) {
            k -= filler.length();
        }
        return k;
    }

    /** Fillers, and a time expression between a verb and its object ("detuvo el domingo a 38 personas"). */
    int skipToVerb(Sentence s, int k) {
        int before;
        do {
            before = k;
            k = skipFillers(s.tokens(), k);
            TimeMention time = s.timeEndingAt(k);
            if (time != null && time.start() < k) {
                k = time.start();
            }
        } while (k != before);
        return k;
    }

    /** After a verb, a number with no noun stands for people when nothing that could be an object follows. */
    boolean objectEndsHere(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i >= t.size()) {
            return true;
        }
        Token next = t.get(i);
        return next.isPunct() || lex.stopwords.contains(next) || s.startsTime(i)
                || lex.locative.contains(next) || lex.destination.contains(next);
    }

    /** Tries the verb right after the noun, then after a short phrase ("from a rural college", ", most of them foreigners,"). */
    Link subjectVerb(Sentence s, NounPhrase np, BooleanSupplier migrationContext) {
        Link direct = subjectVerbAt(s, np, np.end(), false, migrationContext);
        if (direct != null) {
            return direct;
        }
        List<Token> t = s.tokens();
        int j = np.end();
        PhraseTable.Match<Boolean> and = lex.conjunctions.at(t, j);
        if (and != null) {
            // "26 soldiers and 60 rebels were killed": the verb after the second count is the first's too.
            int k = j + and.length();
            PhraseTable.Match<Qualifier> q = lex.qualifiers.at(t, k);
            NumberMention other = s.numberAt(q == null ? k : k + q.length());
            if (other != null && !other.yearLike()) {
                Link shared = subjectVerbAt(s, np, nounPhrase(s, other.end()).end, false, migrationContext);
                if (shared != null) {
                    return shared;
                }
            }
        }
        if (j < t.size() && (t.get(j).is(",") || t.get(j).is("(") || t.get(j).is("—"))) {
            String close = t.get(j).is("(") ? ")" : t.get(j).text();
            for (int k = j + 1; k < Math.min(t.size(), j + 9); k++) {
                if (t.get(k).is(close)) {
                    return subjectVerbAt(s, np, k + 1, false, migrationContext);
                }
                if (t.get(k).isNumber() || (t.get(k).isPunct() && !t.get(k).is("-"))) {
                    break;
                }
            }
        }
        if (j < t.size() && lex.nounTrailers.contains(t.get(j))) {
            // "from Honduras, El Salvador and Guatemala were killed": places may be listed with commas.
            for (int k = j + 1; k < Math.min(t.size(), j + 17); k++) {
                Token tok = t.get(k);
                NumberMention inside = tok.isNumber() ? s.numberAt(k) : null;
                if (tok.isNumber() && (inside == null || !guards.isNotACount(s, inside))
                        || (tok.isPunct() && !tok.is("-") && !tok.is(",") && !tok.is("'") && !tok.is("\u2019"))) {
                    break; // another count, or the end of the phrase ("a girl of 8 years" may stand inside)
                }
                Link after = subjectVerbAt(s, np, k, true, migrationContext);
                if (after != null) {
                    return after;
                }
            }
        }
        return null;
    }

    /** @param afterPhrase a phrase was skipped: a bare transitive verb there belongs to that phrase ("of those apprehended") */
    Link subjectVerbAt(Sentence s, NounPhrase np, int from, boolean afterPhrase, BooleanSupplier migrationContext) {
        List<Token> t = s.tokens();
        Lexicon.Noun head = np.head();
        int j = skipLocativePlace(s, from);
        boolean passive = false;
        boolean perfect = false;
        boolean fillers = false;
        PhraseTable.Match<Boolean> filler;
        while ((filler = lex.toVerb.at(t, j)) != null) {
            for (int k = j; k < j + filler.length(); k++) {
                String w = t.get(k).lower();
                passive |= lex.passive.contains(w);
                perfect |= lex.perfect.contains(w);
            }
            fillers = true;
            j += filler.length();
        }
        if (head != null && head.kind() == Lexicon.Noun.Kind.LIVES) {
            PhraseTable.Match<Boolean> lives = lex.livesVerbs.at(t, j);
            return lives == null ? null : new Link(Metric.DEATHS, j + lives.length(), perfect, np.demonym());
        }
        PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, j);
        if (verb == null) {
            verb = lex.subjectVerbs.at(t, j);
        }
        if (verb == null) {
            return null;
        }
        int verbEnd = j + verb.length();
        if (verb.value().forPeople() == Metric.MIGRANTS && np.headWord() != null && lex.armed.contains(np.headWord())) {
            return null; // "10 gunmen came ashore" are attackers, not migrants
        }
        if (verb.value().transitive() && !passive) {
            // "12 gunmen killed 5 people" counts the killers: only a reduced passive ("12 killed in") counts.
            if (fillers || afterPhrase || !objectEndsHere(s, verbEnd)) {
                return null;
            }
        }
        Metric m = metricFor(verb.value(), head, s.migrationAct() || migrationContext.getAsBoolean());
        return new Link(crossingAdjusted(s, m, verb.value().forMigrants(), s.aboutMigrants()), verbEnd, perfect, np.demonym(),
                verb.value().displacement());
    }

    /** Skips "in Mexico", "in the northern state of Chihuahua" between a noun and its verb. */
    int skipLocativePlace(Sentence s, int j) {
        if (j >= s.tokens().size() || !lex.locative.contains(s.tokens().get(j))) {
            return j;
        }
        int k = j + 1;
        while (k < s.tokens().size() && k < j + 5 && s.placeAt(k, null) == null && placePrefix.contains(s.tokens().get(k))) {
            k++;
        }
        PlaceMention p = s.placeAt(k, null);
        return p == null ? j : p.end();
    }

    /**
     * A total noun whose value the number is: either linked by words alone ("homicides in 2011
     * totaled 27,213") or, after a linking verb right before the number, anywhere earlier in the
     * clause ("the death toll from the bombing at the border crossing rose to 60").
     */
    Metric totalBefore(Sentence s, int mentionStart) {
        Metric linkedByWords = totalLinkedByWords(s, mentionStart);
        if (linkedByWords != null) {
            return linkedByWords;
        }
        List<Token> t = s.tokens();
        PhraseTable.Match<Boolean> link = lex.totalLinks.endingAt(t, mentionStart);
        if (link == null || link.length() < 2 && t.get(mentionStart - 1).lower().length() <= 3) {
            return null; // "of", "at", "is" alone link too loosely
        }
        for (int p = mentionStart - link.length(); p > Math.max(0, mentionStart - TOTAL_CLAUSE_LOOKBACK); p--) {
            Token prev = t.get(p - 1);
            if (prev.isPunct() && !prev.is("-") && !prev.is(".")) {
                return null;
            }
            PhraseTable.Match<Metric> total = lex.totalNouns.endingAt(t, p);
            if (total != null && isHeadEnd(s, p)) {
                return total.value();
            }
        }
        return null;
    }

    /** A noun phrase ends at p: nothing that could be its real head follows ("immigration judges"). */
    boolean isHeadEnd(Sentence s, int p) {
        if (p >= s.tokens().size()) {
            return true;
        }
        Token next = s.tokens().get(p);
        return next.isPunct() || next.isNumber() || lex.stopwords.contains(next) || lex.totalLinkWords.contains(next)
                || lex.locative.contains(next) || s.startsTime(p) || s.placeAt(p, null) != null;
    }

    Metric totalLinkedByWords(Sentence s, int mentionStart) {
        List<Token> t = s.tokens();
        int p = mentionStart;
        int floor = Math.max(0, mentionStart - TOTAL_LOOKBACK);
        boolean linked = false;
        while (p > floor) {
            PhraseTable.Match<Metric> total = lex.totalNouns.endingAt(t, p);
            if (total != null && linked && isHeadEnd(s, p)) {
                return total.value();
            }
            Token prev = t.get(p - 1);
            TimeMention time = s.timeEndingAt(p);
            PlaceMention place = s.placeEndingAt(p);
            PhraseTable.Match<Qualifier> q = lex.qualifiers.endingAt(t, p);
            ChangeMention change = s.changeCovering(p - 1);
            if (change != null && change.start() < p) {
                p = change.start();
            } else if (time != null) {
                p = time.start();
            } else if (place != null) {
                p = place.start();
            } else if (lex.totalLinkWords.contains(prev) || prev.is(",")) {
                linked |= !prev.is(",");
                p--;
            } else if (q != null) {
                p -= q.length();
            } else if (prev.isNumber() || lex.locative.contains(prev) || placePrefix.contains(prev)) {
                p--;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Migrants, or people in a sentence about migration ("agents caught 1 million people crossing"). */
    static Metric metricFor(Lexicon.Verb verb, Lexicon.Noun head, boolean aboutMigration) {
        boolean migrants = head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT
                || aboutMigration && (head == null || head.kind() == Lexicon.Noun.Kind.PERSON);
        return migrants ? verb.forMigrants() : verb.forPeople();
    }

    /** Deaths of migrants on the crossing itself (desert, sea, heat) are migrant_deaths, killings are not. */
    Metric crossingAdjusted(Sentence s, Metric metric, Metric forMigrants, boolean aboutMigrants) {
        if (metric != Metric.DEATHS || forMigrants != Metric.MIGRANT_DEATHS || !aboutMigrants) {
            return metric;
        }
        for (Token tok : s.tokens()) {
            if (lex.crossing.contains(tok)) {
                return Metric.MIGRANT_DEATHS;
            }
        }
        return metric;
    }

    /** The sentence names migrants or another migration noun. */
    boolean namesMigrants(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            int word = t.get(i).word();
            if (word == WordIds.NONE || !migrantNounStarts.get(word)) {
                continue;
            }
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, i);
            if (noun != null && isMigrantNoun(noun.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMigrantNoun(Lexicon.Noun noun) {
        return noun.kind() == Lexicon.Noun.Kind.MIGRANT || noun.metric() != null && noun.metric().category() == tally.stats.Category.MIGRATION;
    }

    /**
     * The people in the sentence are migrating: a migration verb together with a crossing word
     * ("agents catch 1 million people a year trying to enter the U.S." near "Border Patrol"), so
     * that being caught is an apprehension rather than an arrest.
     */
    boolean migrationAct(List<Token> t) {
        boolean crossingWord = false;
        for (int i = 0; i < t.size(); i++) {
            if (lex.migrationAgencies.at(t, i) != null) {
                return true;
            }
            crossingWord |= lex.crossing.contains(t.get(i));
        }
        // Verbs are looked up only in the few sentences with a crossing word: two phrase tables
        // probed at every token of every sentence were most of this method's cost.
        for (int i = 0; crossingWord && i < t.size(); i++) {
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, i);
            if (verb == null) {
                verb = lex.subjectVerbs.at(t, i);
            }
            if (verb != null && verb.value().forPeople() == Metric.MIGRANTS) {
                return true;
            }
        }
        return false;
    }
}
