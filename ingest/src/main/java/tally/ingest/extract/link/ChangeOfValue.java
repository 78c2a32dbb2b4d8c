package tally.ingest.extract.link;

import java.util.List;
import tally.ingest.extract.guard.Ranges;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.text.Token;

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
