package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.guard.Ranges;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A bare count that is either value of a change of the statistic being counted ("pasaron de 38 a 166", "fell from
 * 191 to 180"): an {@link Elliptical} continuation.
 */
final class ChangeOfValue {

    private final Grammar g;

    ChangeOfValue(Grammar g) {
        this.g = g;
    }

    /**
     * Either value of a change: the one a verb of change started from ("pasaron de 38 a 166", "fell from 191 to
     * 180") or the one it came to, after "a"/"to" and the value it started from, past that value's time ("de 158
     * en enero y febrero de 2016, a 254").
     */
    boolean at(LinkQuery q, int start) {
        List<Token> t = q.s().tokens();
        if (changeOpensClause(t, start)) {
            return true;
        }
        int k = start;
        if (k < 2 || !g.lex.rangeJoin.contains(t.get(k - 1))) {
            return false;
        }
        NumberMention from = null;
        for (NumberMention m : q.s().numbers()) {
            if (m.end() < k && !m.yearLike()) {
                from = m;
            }
        }
        return from != null && changeOpensClause(t, from.start());
    }

    /** How many qualifier words may stand between "a"/"to" and the value a change came to ("to nearly 407,000"). */
    private static final int TO_QUALIFIER_REACH = 3;

    /**
     * The metric of the noun after the value a change came to, for the value it started from: "pasó de 1 208 a 810
     * homicidios", "pasando de 495 a 154 homicidios", "went from 775 to 2,657 arrivals". The noun says what both values
     * count, whatever the subject of the verb ("El puerto pasó de": a place, not another offence); null when the value
     * it came to has no metric noun of its own ("de 30 a 40 personas" with no verb of change is a range).
     */
    Metric fromValueNoun(LinkQuery q) {
        SentenceAnalysis s = q.s();
        List<Token> t = s.tokens();
        NumberMention n = q.n();
        if (!Ranges.changeFrom(g.lex, t, q.mentionStart()) || n.yearLike()) {
            return null;
        }
        int k = n.end();
        for (TimeMention time : s.times()) {
            if (time.start() == k && time.end() > k) {
                k = time.end(); // "de 176 en septiembre a 205 homicidios"
                break;
            }
        }
        if (k >= t.size() || !g.lex.rangeJoin.contains(t.get(k))) {
            return null;
        }
        for (NumberMention to : s.numbers()) {
            if (to.start() <= k) {
                continue;
            }
            if (to.yearLike() || to.start() - k - 1 > TO_QUALIFIER_REACH || to.value() == n.value()) {
                return null;
            }
            for (int i = k + 1; i < to.start(); i++) {
                if (t.get(i).isPunct() || t.get(i).isNumber()) {
                    return null;
                }
            }
            NounPhrase np = g.nounPhrases.at(s, to.end());
            return np.headIs(Lexicon.Noun.Kind.METRIC) ? np.head().metric() : null;
        }
        return null;
    }

    /**
     * A verb of change before the value at {@code start} that opens its clause, so that what changed is the
     * statistic being counted ("la cifra creció: pasó de 11 a 75", ", pasando de 38 a 166"), not a subject of
     * its own ("las de rapiña cayeron de 17.766 a 13.487": another offence).
     */
    private boolean changeOpensClause(List<Token> t, int start) {
        if (!Ranges.changeFrom(g.lex, t, start)) {
            return false;
        }
        int verb = start - Ranges.totalLinkEndingAt(g.lex, t, start).length();
        return verb == 0 || t.get(verb - 1).isPunct();
    }
}
