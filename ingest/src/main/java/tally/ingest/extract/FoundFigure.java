package tally.ingest.extract;

import java.util.List;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/** A figure found in a sentence, before its change is attached. */
record FoundFigure(NumberMention number, int mentionStart, int mentionEnd, Metric metric, Qualifier qualifier,
                   String place, Period period, Basis basis, List<String> warnings) {
}
