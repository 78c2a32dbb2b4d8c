package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;
import tally.stats.Place;
import tally.stats.Qualifier;

/**
 * The counted people as the subject: "15,273 Mexicans were killed", "six died", "35,000 lives
 * were lost", also past a short phrase ("from a rural college", ", most of them foreigners,"), a
 * list of places, or a second count that shares the verb ("26 soldiers and 60 rebels were killed"),
 * also the verb of a relative clause after a comma ("50,000 people, who have been displaced"),
 * also a bare part of the counted before its verb ("with seven of them killed", "two of whom died"), and the subject of an
 * infinitive after a causative verb ("forced more than 1.5 million people to flee").
 */
final class SubjectVerb implements LinkRule {

    /** How far a phrase between commas or brackets may run before the verb. */
    private static final int APPOSITION_REACH = 16;
    /** How far an aside of the counted's parts with counts of their own may run before the verb. */
    private static final int PARTS_REACH = 28;
    /** How far a trailing phrase ("from Honduras, El Salvador and Guatemala") may run before the verb. */
    private static final int TRAILER_REACH = 17;

    /** How many counts a list sharing one verb may hold. */
    private static final int MAX_MEMBERS = 6;
    /** How many words the unnumbered last member of such a list may have ("the child", "a police officer"). */
    private static final int LAST_MEMBER_WORDS = 3;

    private final Grammar g;

    SubjectVerb(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        SentenceAnalysis s = q.s();
        NounPhrase np = q.np();
        if (np.headIs(Lexicon.Noun.Kind.RECORD)) {
            return null; // "105 cases were opened": records are no people
        }
        Link direct = at(q, np.end(), false);
        if (direct != null) {
            return direct;
        }
        List<Token> t = s.tokens();
        PhraseTable.Match<Boolean> part = q.head() == null ? g.lex.partOfThem.at(t, np.end()) : null;
        if (part != null) {
            // "with seven of them killed afterward", "two of whom died": the part of the counted the verb befell
            Link ofThem = at(q, np.end() + part.length(), false);
            if (ofThem != null) {
                return ofThem;
            }
        }
        int j = np.end();
        Link shared = sharedVerb(q, j);
        if (shared != null) {
            return shared;
        }
        Link apposed = pastApposition(q, j);
        if (apposed != null) {
            return apposed;
        }
        Link relative = relativeAside(q, j);
        if (relative != null) {
            return relative;
        }
        if (j < t.size() && g.lex.nounTrailers.contains(t.get(j))) {
            // Places may be listed with commas.
            for (int k = j + 1; k < Math.min(t.size(), j + TRAILER_REACH); k++) {
                Token tok = t.get(k);
                NumberMention inside = tok.isNumber() ? s.numberAt(k) : null;
                if (tok.isNumber() && (inside == null || !g.notACount.isNotACount(s, inside))
                        || (tok.isPunct() && !tok.is("-") && !tok.is(",") && !tok.is("'") && !tok.is("\u2019"))) {
                    break; // another count, or the end of the phrase ("a girl of 8 years" may stand inside)
                }
                Link after = at(q, k, true);
                if (after != null) {
                    return after;
                }
            }
        }
        return null;
    }

    /**
     * The verb shared by a list of counts after this one ("26 soldiers and 60 rebels were killed",
     * "Three women, 4 men and the boy died"): each member is a count of its own, and the last one,
     * after the conjunction, may be a short phrase with no number ("and the child", "y el niño").
     */
    private Link sharedVerb(LinkQuery q, int from) {
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        int j = from;
        for (int member = 0; member < MAX_MEMBERS && j < t.size(); member++) {
            boolean comma = t.get(j).is(",");
            int k = comma ? j + 1 : j;
            PhraseTable.Match<Boolean> and = g.lex.conjunctions.at(t, k);
            if (and != null) {
                k += and.length();
            } else if (!comma) {
                return null;
            }
            PhraseTable.Match<Qualifier> qualifier = g.lex.qualifiers.at(t, k);
            NumberMention other = s.numberAt(qualifier == null ? k : k + qualifier.length());
            if (other != null && !other.yearLike()) {
                // "Three women and seven men, including a monk, were killed"
                int otherEnd = g.nounPhrases.at(s, other.end()).end();
                Link shared = at(q, otherEnd, false);
                if (shared == null && and != null) {
                    shared = pastApposition(q, otherEnd);
                }
                if (and != null && (shared != null || member == 0)) {
                    return shared;
                }
                if (shared != null) {
                    // "from May 1 to 30, 6,708 arrived": with no conjunction the verb is the second count's alone
                    return conjunctionIn(t, other.end(), otherEnd) ? shared : null;
                }
                if (and == null) {
                    j = otherEnd;
                    continue;
                }
            }
            if (and == null || member == 0) {
                return null; // a list needs counts before its last, unnumbered member
            }
            for (int w = k + 1; w <= k + LAST_MEMBER_WORDS && w < t.size(); w++) {
                if (!t.get(w - 1).isWord() && !t.get(w - 1).isNumber()) {
                    return null;
                }
                Link shared = at(q, w, false);
                if (shared != null) {
                    return shared;
                }
            }
            return null;
        }
        return null;
    }

    /** A conjunction stands in [from, to): the phrase there ends the list ("2 men and a boy"). */
    private boolean conjunctionIn(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (g.lex.conjunctions.at(t, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb after a phrase between commas, brackets or dashes that starts at j ("Five villagers,
     * including a two-year-old girl, were wounded"); a number inside it may only be no count.
     */
    private Link pastApposition(LinkQuery q, int j) {
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        Link parts = pastPartsAside(q, j);
        if (parts != null) {
            return parts;
        }
        if (j < t.size() && (t.get(j).is(",") || t.get(j).is("(") || t.get(j).is("—"))) {
            String close = t.get(j).is("(") ? ")" : t.get(j).text();
            for (int k = j + 1; k < Math.min(t.size(), j + APPOSITION_REACH); k++) {
                if (t.get(k).is(close) && !(close.equals(",") && notACountAt(s, k + 1))) {
                    return at(q, k + 1, false);
                } // a comma before a number that is no count goes on with the phrase ("de 10, 14 y 17 años")
                NumberMention inside = t.get(k).isNumber() ? s.numberAt(k) : null;
                if (t.get(k).isNumber() && (inside == null || !g.notACount.isNotACount(s, inside))
                        || (t.get(k).isPunct() && !t.get(k).is("-"))) {
                    break;
                }
            }
        }
        return null;
    }

    /** A number that is no count starts at k ("14" of "de 10, 14 y 17 años"). */
    private boolean notACountAt(SentenceAnalysis s, int k) {
        NumberMention n = k < s.tokens().size() && s.tokens().get(k).isNumber() ? s.numberAt(k) : null;
        return n != null && g.notACount.isNotACount(s, n);
    }

    /**
     * The verb of a relative clause set off by a comma whose subject is the counted ("Over 50,000 people, who have been
     * displaced by the violence, are staying in camps", "1.2 million Rohingyas, most of whom fled in 2017, live in the
     * camps"): what befell them, when the verb after the clause says nothing of ours. The verb's own checks stand (an
     * active transitive verb with an object makes the counted the doers). The count must name people: a bare number
     * there is an age or a part as often ("un menor de 16, que fallecieron").
     */
    private Link relativeAside(LinkQuery q, int j) {
        List<Token> t = q.s().tokens();
        if (j + 2 >= t.size() || !t.get(j).is(",") || !q.np().ofPeople()) {
            return null;
        }
        PhraseTable.Match<Boolean> relative = g.lex.relativeAside.at(t, j + 1);
        return relative == null ? null : at(q, j + 1 + relative.length(), false);
    }

    /**
     * The verb after an aside of the counted's parts that starts at j, with counts of its own ("45 others, including 17
     * children and 6 police officers, were wounded", "288 people, including 171 civilians, 106 soldiers and five guards
     * were wounded", "1,082 Iraqis, 925 of them civilians, were killed"): the parts share the whole's verb, so the verb
     * after them is the whole's too. The aside ends at a comma or runs into the verb; no other punctuation and no
     * relative clause ("including 17 children who were ...") stand inside it.
     */
    private Link pastPartsAside(LinkQuery q, int j) {
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        if (j + 2 >= t.size() || !t.get(j).is(",")) {
            return null;
        }
        PhraseTable.Match<Boolean> lead = g.lex.partsAside.at(t, j + 1);
        int k;
        if (lead != null) {
            k = j + 1 + lead.length();
        } else {
            NumberMention part = s.numberAt(j + 1);
            if (part == null || part.value() >= q.n().value() || g.lex.partOfThem.at(t, part.end()) == null) {
                return null; // not ", 925 of them civilians,"
            }
            k = part.end() + g.lex.partOfThem.at(t, part.end()).length();
        }
        boolean counted = lead == null; // the part of them is a count already
        for (; k < Math.min(t.size(), j + PARTS_REACH); k++) {
            Token tok = t.get(k);
            if (tok.is(",") && counted) {
                Link after = at(q, k + 1, false);
                if (after != null) {
                    return after;
                }
                continue; // a comma between parts
            }
            if (tok.isPunct() && !tok.is(",") && !tok.is("-") && !tok.is("'") && !tok.is("\u2018") && !tok.is("\u2019")
                    || g.lex.relativePronouns.contains(tok)) {
                return null;
            }
            if (tok.isNumber()) {
                counted = true;
                continue;
            }
            if (counted && k > 0 && !t.get(k - 1).isNumber() && g.lex.toVerb.at(t, k) != null) {
                return at(q, k, false); // "and five guards were wounded": the aside runs into the verb
            }
        }
        return null;
    }

    /**
     * A verb that makes the counted do what the infinitive after them says stands right before the mention ("forced"), or
     * before the marker of a person object that is also the infinitive's ("ha obligado a 600 mil personas a desplazarse").
     */
    private boolean causedBefore(LinkQuery q) {
        int start = q.mentionStart();
        List<Token> t = q.s().tokens();
        return start > 0 && g.lex.causatives.contains(t.get(start - 1))
                || start > 1 && g.lex.infinitiveMarkers.contains(t.get(start - 1)) && g.lex.causatives.contains(t.get(start - 2));
    }

    /** @param afterPhrase a phrase was skipped: a bare transitive verb there belongs to that phrase ("of those apprehended") */
    private Link at(LinkQuery q, int from, boolean afterPhrase) {
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        Lexicon.Noun head = q.head();
        int j = g.skipLocativePlace(s, Grammar.skipQuotes(t, from));
        if (j < t.size() && j == from && g.lex.infinitiveMarkers.contains(t.get(j)) && causedBefore(q)) {
            j++; // "forced more than 1.5 million people to flee their homes": the subject of the infinitive
        }
        boolean passive = false;
        boolean perfect = false;
        boolean fillers = false;
        boolean lastPassive = false; // the auxiliary right before the verb: "are said to have returned" is active
        PhraseTable.Match<Boolean> filler;
        int lastFiller = -1;
        while ((filler = g.lex.toVerb.at(t, j)) != null) {
            lastFiller = j;
            for (int k = j; k < j + filler.length(); k++) {
                String w = t.get(k).lower();
                passive |= g.lex.passive.contains(w);
                perfect |= g.lex.perfect.contains(w);
                lastPassive = g.lex.passive.contains(w) || lastPassive && !g.lex.perfect.contains(w);
            }
            fillers = true;
            j = Grammar.skipQuotes(t, j + filler.length());
        }
        if (head != null && head.kind() == Lexicon.Noun.Kind.LIVES) {
            PhraseTable.Match<Boolean> lives = g.lex.livesVerbs.at(t, j);
            return lives == null ? null
                    : new Link(g.crossingAdjusted(q, Metric.DEATHS, Metric.MIGRANT_DEATHS), j + lives.length(), perfect, q.np().demonym());
        }
        PhraseTable.Match<Lexicon.Verb> verb = g.lex.verbs.at(t, j);
        if (verb == null) {
            verb = g.lex.subjectVerbs.at(t, j);
        }
        for (int k = lastFiller; verb == null && lastFiller >= 0 && k < j; k++) {
            // the filler ran over the verb itself ("fueron localizados" before a place) or into it ("are feared dead" after
            // the filler "are feared", "fueron hallados sin vida"): the verb starts inside the filler and ends at or after it
            PhraseTable.Match<Lexicon.Verb> inside = g.lex.verbs.at(t, k);
            if (inside != null && k + inside.length() >= j) {
                verb = inside;
                j = k;
            }
        }
        if (verb == null) {
            return leftCountry(q, j, perfect);
        }
        int verbEnd = j + verb.length();
        if (verb.value().forPeople() == Metric.MIGRANTS && q.np().headWord() != null && g.lex.armed.contains(q.np().headWord())) {
            return null; // "10 gunmen came ashore" are attackers, not migrants
        }
        if (verb.value().transitive() && !lastPassive && !afterPhrase && g.lex.activeReturns.contains(t.get(verbEnd - 1))
                && (q.np().demonym() != null || head != null && head.kind() == Lexicon.Noun.Kind.MIGRANT || q.aboutMigration())) {
            return new Link(Metric.MIGRANTS, verbEnd, perfect, q.np().demonym()); // they went back: returnees, not deportees
        }
        if (verb.value().transitive() && !passive) {
            // "12 gunmen killed 5 people" counts the killers: only a reduced passive ("12 killed in") counts.
            if (fillers || afterPhrase || !g.objectEndsHere(s, verbEnd)) {
                return null;
            }
        }
        Metric m = Grammar.metricFor(verb.value(), head, q.aboutMigration());
        if (m == null && livesAbroad(q, verbEnd)) {
            m = verb.value().forMigrants(); // "300,000 Venezuelans live in Chile": people of one country present in another
        }
        if (m == null) {
            return null;
        }
        return new Link(g.crossingAdjusted(q, m, verb.value().forMigrants()), verbEnd, perfect, q.np().demonym(),
                verb.value().displacement());
    }

    /**
     * The counted left a country named right after a verb of leaving ("3.7 million people have left Venezuela", "dejaron
     * Nicaragua"): they emigrated, whatever the sentence before was about. A city or region left is no emigration.
     */
    private Link leftCountry(LinkQuery q, int j, boolean perfect) {
        PhraseTable.Match<Boolean> leave = g.lex.leaveCountry.at(q.s().tokens(), j);
        if (leave == null || !people(q.np()) || q.np().headWord() != null && g.lex.armed.contains(q.np().headWord())) {
            return null;
        }
        PlaceMention country = q.s().placeAt(j + leave.length(), Place.Kind.NAME);
        return country == null ? null : new Link(Metric.MIGRANTS, country.end(), perfect, q.np().demonym());
    }

    /** People, migrants, a demonym's people or a bare count: "20 empresas abandonaron Venezuela" counts no emigrants. */
    private static boolean people(NounPhrase np) {
        return np.ofPeople() || np.headIs(Lexicon.Noun.Kind.MIGRANT) || np.headWord() == null;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        BitSet words = lex.verbs.keyWords(v -> true);
        words.or(lex.leaveCountry.keyWords(v -> true));
        words.or(lex.subjectVerbs.keyWords(v -> true));
        words.or(lex.livesVerbs.keyWords(v -> true));
        return words;
    }

    /** The counted are a demonym's people and the words after the verb name another country ("Venezuelans reside in Chile"). */
    private static boolean livesAbroad(LinkQuery q, int verbEnd) {
        String origin = q.np().demonym();
        if (origin == null) {
            return false;
        }
        for (PlaceMention p : q.s().places()) {
            if (p.start() >= verbEnd && p.kind() != Place.Kind.DEMONYM && p.country() != null
                    && !Place.NO_COUNTRY.equals(p.country()) && !origin.equals(p.country())) {
                return true;
            }
        }
        return false;
    }
}
