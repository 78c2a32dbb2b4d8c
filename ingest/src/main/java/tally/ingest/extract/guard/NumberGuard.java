package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;

/** A reason a number in a sentence is no count of people, whatever the words around it link it to. */
public interface NumberGuard {

    boolean blocks(SentenceAnalysis s, NumberMention n);

    /** The name {@code evaluate --misses} gives when this guard blocks a number. */
    default String name() {
        return getClass().getSimpleName();
    }
}
