package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;

/** "in 2006", "0.5": a year, or less than one of anything. */
final class YearOrFraction implements NumberGuard {

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        return n.yearLike() || n.value() < 1;
    }
}
