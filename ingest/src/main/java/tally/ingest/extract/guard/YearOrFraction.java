package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;

/**
 * "in 2006", "0.5": a year, or less than one of anything; "6,3 víctimas cada 100 mil", "a las 3.17": a number with a
 * fraction left after its scale is a rate, a mean or a clock time, for people are counted whole ("2.5 million" is whole).
 */
final class YearOrFraction implements NumberGuard {

    /** The part of a value a double may miss by after a scale ("4.1 million" is 4099999.9999999995). */
    private static final double WHOLE = 1e-6;

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        double v = n.value();
        return n.yearLike() || v < 1 || Math.abs(v - Math.rint(v)) > WHOLE * v; // "4.1 million" is whole within a double's error
    }
}
