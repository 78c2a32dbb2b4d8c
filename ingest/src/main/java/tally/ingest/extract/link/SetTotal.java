package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * The number a verb sets a total to: "bringing the total number of returnees since January to 233,619",
 * "taking the provisional total for the year so far to 19,294", "local media put the death toll as high
 * as 37", "advocates peg the death toll of the drug war at over 20,000", "elevando la cifra de muertos a 40".
 * The setter is what makes a short "to" or "at" (or no link word at all) safe: {@link TotalValue} and
 * {@link FramedTotal} refuse them alone. The total names its metric ("death toll", "the number of migrants"),
 * else it is the statistic being counted ("the total": the figure before it in the sentence, else the
 * article's current one).
 */
final class SetTotal implements LinkRule {

    /** How far back in its clause the total may stand before the number. */
    private static final int CLAUSE_LOOKBACK = 20;
    /** How many words ("the", "provisional", "civilian") may stand between the setter and its total. */
    private static final int SETTER_GAP = 3;

    private final Grammar g;

    SetTotal(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        if (np.unknownWords() || np.headIs(Lexicon.Noun.Kind.LIVES) || np.headIs(Lexicon.Noun.Kind.METRIC)) {
            return null;
        }
        List<Token> t = q.s().tokens();
        int start = q.mentionStart();
        PhraseTable.Match<Boolean> link = g.lex.totalLinks.endingAt(t, start);
        int linkStart = link == null ? start : start - link.length();
        for (int p = linkStart; p > Math.max(0, linkStart - CLAUSE_LOOKBACK); p--) {
            Token prev = t.get(p - 1);
            if (prev.isPunct() && !prev.is("-") && !prev.is(".")) {
                return null;
            }
            PhraseTable.Match<Metric> named = g.lex.totalNouns.endingAt(t, p);
            if (named != null && g.isHeadEnd(q.s(), p)) {
                return setBefore(t, p - named.length()) ? link(q, named.value(), np) : null;
            }
            PhraseTable.Match<Boolean> frame = g.lex.totalFrames.endingAt(t, p);
            if (frame != null && p < linkStart && setBefore(t, p - frame.length())) {
                NounPhrase counted = g.nounPhrases.at(q.s(), p);
                Metric m = counted.headIs(Lexicon.Noun.Kind.METRIC) || counted.headIs(Lexicon.Noun.Kind.MIGRANT) ? counted.head().metric() : null;
                PhraseTable.Match<Lexicon.Verb> verb = m == null || counted.end() >= linkStart ? null : g.lex.verbs.at(t, counted.end());
                if (verb != null && counted.headIs(Lexicon.Noun.Kind.MIGRANT)) {
                    m = verb.value().forMigrants(); // "the total number of asylum seekers caught": what happened to them, as in FramedTotal
                }
                if (m == null) {
                    m = g.participleBefore(q, p, linkStart); // "bringing the total number of killed militants to 23"
                }
                return m == null ? null : link(q, m, counted);
            }
            PhraseTable.Match<Boolean> bare = g.lex.setTotals.endingAt(t, p);
            if (bare == null) {
                bare = g.lex.bareTotals.endingAt(t, p);
            }
            if (bare != null && setBefore(t, p - bare.length())) {
                Metric current = q.statistic();
                return current == null ? null : new Link(current, np.end(), false, np.demonym());
            }
            if (link == null) {
                return null; // with no link word, the total must stand right before the number ("the death toll as high as 37")
            }
        }
        return null;
    }

    private Link link(LinkQuery q, Metric m, NounPhrase named) {
        return new Link(g.crossingAdjusted(q.s(), m, Metric.MIGRANT_DEATHS, q.s().namesMigrants()), q.np().end(), false,
                named.demonym() != null ? named.demonym() : q.np().demonym());
    }

    /** A setter verb ends at most {@link #SETTER_GAP} words before the total starting at {@code totalStart}. */
    private boolean setBefore(List<Token> t, int totalStart) {
        for (int k = totalStart; k >= Math.max(1, totalStart - SETTER_GAP); k--) {
            if (k < totalStart && t.get(k).isPunct()) {
                return false;
            }
            if (g.lex.totalSetters.endingAt(t, k) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.totalSetters.keyWords(v -> true);
    }
}
