package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * The number as the value of the statistic the article is counting, named only by a total with no
 * word of what it counts and a linking verb: "la cifra ascendió a 1.070", "la cifra total fue de
 * 276.215", "the figure has since risen to 4,120", "the provisional total for 2023 to date is 20,101", "the figure was 516", or
 * by a pronoun opening its clause right before a verb of change ("This declined to 540 in January"). It takes that
 * statistic's metric (the figure before it in the sentence, else the article's current one). "El número de casas" is no bare total.
 */
final class BareTotal implements LinkRule {

    /** How far back in its clause the bare total may stand before the linking verb. */
    private static final int CLAUSE_LOOKBACK = 8;

    private final Grammar g;

    BareTotal(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        if (np.unknownWords() || !np.bareOr(Lexicon.Noun.Kind.PERSON, Lexicon.Noun.Kind.RECORD)) {
            return null;
        }
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        PhraseTable.Match<Boolean> link = tally.ingest.extract.guard.Ranges.totalLinkEndingAt(g.lex, t, start);
        if (link == null) {
            return null;
        }
        // "a", "de", "en", "is" alone link too loosely, but for a total of two words ("the provisional total for 2023 to date is")
        boolean shortLink = link.length() < 2 && t.get(start - 1).lower().length() <= 3;
        int linkStart = start - link.length();
        if (!shortLink && pronounSubject(q, linkStart)) {
            Metric current = q.statistic();
            return current == null ? null : new Link(current, np.end(), false, np.demonym());
        }
        for (int p = linkStart; p > Math.max(0, linkStart - CLAUSE_LOOKBACK); p--) {
            if (t.get(p - 1).isPunct()) {
                return null;
            }
            PhraseTable.Match<Boolean> total = g.lex.bareTotals.endingAt(t, p);
            if (total != null) {
                if (shortLink && !copulaRightAfter(t, p, total.length(), linkStart)
                        && (total.length() < 2 || p < linkStart && !g.lex.stopwords.contains(t.get(p)))) {
                    return null; // "the provisional total cost is": a total of something named
                }
                if (p < linkStart && g.lex.nounTrailers.contains(t.get(p)) && g.lex.toVerb.at(t, p) == null) {
                    return null; // "la cifra de casas": a total of something named; not "cifra que llegó a 2.004"
                }
                if (p < linkStart && !goesOn(q, p)) {
                    return null; // "the total cost of the damage rose to": the total of a thing named after it
                }
                Metric current = q.statistic();
                return current == null ? null : new Link(current, np.end(), false, np.demonym());
            }
        }
        return null;
    }

    /**
     * A pronoun of the lexicon's {@code [bare total pronoun]} right before the link, opening its clause: "This declined to
     * 540 in January 2008", "In 2020 it fell to 7,094". A longer link only ("is", "was" alone say what a thing is).
     */
    private boolean pronounSubject(LinkQuery q, int linkStart) {
        PhraseTable.Match<Boolean> pronoun = g.lex.bareTotalPronouns.endingAt(q.s().tokens(), linkStart);
        return pronoun != null && g.clauseOpening.at(q.s(), linkStart - pronoun.length());
    }

    /**
     * A copula right after a bare total that a function word opens: "and in 2018, the figure was 516", "last year the
     * number was 1,723". Nothing stands between the total and its value that could make it a total of something else.
     */
    private boolean copulaRightAfter(List<Token> t, int totalEnd, int totalLength, int linkStart) {
        int before = totalEnd - totalLength - 1;
        return totalEnd == linkStart && before >= 0 && g.lex.stopwords.contains(t.get(before))
                && g.lex.bareTotalCopulas.endingAt(t, linkStart + 1) != null;
    }

    /**
     * The word after a bare total goes on with it, not with a noun it qualifies: a function word, an auxiliary, a verb or
     * participle ("the figure recorded last year", "the total for 2023"), a time or punctuation; not "the total cost".
     */
    private boolean goesOn(LinkQuery q, int p) {
        List<Token> t = q.s().tokens();
        Token w = t.get(p);
        if (!w.isWord() || g.lex.stopwords.contains(w) || g.lex.toVerb.at(t, p) != null || g.lex.verbs.at(t, p) != null
                || g.lex.totalLinks.at(t, p) != null) {
            return true;
        }
        for (tally.ingest.extract.mention.TimeMention m : q.s().times()) {
            if (m.start() == p) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        BitSet words = lex.bareTotals.keyWords(v -> true);
        words.or(lex.bareTotalPronouns.keyWords(v -> true));
        return words;
    }
}
