package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;

/** "one of the victims": one member of a group, not a count. */
final class OneOf implements NumberGuard {

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        return n.value() == 1 && n.end() < s.tokens().size() && s.tokens().get(n.end()).is("of");
    }
}
