package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;

/**
 * "in 2006", "0.5": a year, or less than one of anything; "6.3", "3.17": a number with a fraction left once its scale
 * is applied (a rate, a time of day "a las 3.17"), where "1,2 millones" is a whole 1,200,000: people are counted whole.
 */
final class YearOrFraction implements NumberGuard {

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        return n.yearLike() || n.value() < 1 || n.value() != Math.rint(n.value());
    }
}
