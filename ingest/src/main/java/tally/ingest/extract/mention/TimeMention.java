package tally.ingest.extract.mention;

import java.util.function.UnaryOperator;
import tally.ingest.lexicon.TimeRule;
import tally.stats.Period;

/**
 * A time expression over tokens [start, end), resolved to a period, or to null with the reason
 * (no publication date for "last year", a cumulative count with no start); {@code rule} is the
 * lexicon rule that matched. An expression that counts from another time the text stated ("the
 * following spring", "the same period last year") carries {@code fromAnchor}, which gives its period
 * from that time; it is null for every other expression.
 */
public record TimeMention(int start, int end, Period period, String warning, TimeRule rule, UnaryOperator<Period> fromAnchor) {

    public TimeMention(int start, int end, Period period, String warning, TimeRule rule) {
        this(start, end, period, warning, rule, null);
    }

    /** "over the same period": the period of the figure before. */
    public boolean isSame() {
        return rule == TimeRule.SAME;
    }

    /** The period an anchored expression means after this anchor, or null (no anchor, or the expression needs none). */
    public Period from(Period anchor) {
        return fromAnchor == null || anchor == null ? null : fromAnchor.apply(anchor);
    }

    /** This expression resolved against an anchor the text stated. */
    TimeMention anchoredOn(Period anchor) {
        Period p = from(anchor);
        return p == null ? this : new TimeMention(start, end, p, null, rule, null);
    }
}
