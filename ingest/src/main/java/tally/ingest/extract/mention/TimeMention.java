package tally.ingest.extract.mention;

import tally.ingest.lexicon.TimeRule;
import tally.stats.Period;

/**
 * A time expression over tokens [start, end), resolved to a period, or to null with the reason
 * (no publication date for "last year", a cumulative count with no start); {@code rule} is the
 * lexicon rule that matched.
 */
public record TimeMention(int start, int end, Period period, String warning, TimeRule rule) {

    /** "over the same period": the period of the figure before. */
    public boolean isSame() {
        return rule == TimeRule.SAME;
    }
}
