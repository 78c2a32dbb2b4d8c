package tally.streams.topology;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import tally.stats.Topics;
import tally.stats.consolidate.FigureRef;
import tally.stats.consolidate.MentionCounts;
import tally.stats.consolidate.MentionKey;
import tally.stats.consolidate.Mentions;
import tally.stats.normalize.NormalizedFigure;

/**
 * How many figures and articles about a metric and place were published each ISO week, in
 * {@code tally.mentions.weekly}. Event time is the publication date carried by each figure, so
 * the result never depends on when records arrive or on the wall clock. Counting from the table
 * of current figures, rather than a windowed stream, keeps it exact under re-ingest and replay:
 * a late article (any lateness) updates its week, a duplicate changes nothing. The counts are sets
 * of figure ids, so a record applied twice after a crash under at_least_once counts once.
 */
public final class MentionsTopology {

    static final String DATED = "dated-figures";
    static final String BY_WEEK = "figures-by-week";
    static final String COUNT = "count-mentions";
    public static final String MENTIONS_STORE = "mentions-by-week";
    static final String CHANGES = "mentions-changes";
    static final String RECORD = "mentions-record";
    static final String SINK = "mentions-sink";

    private MentionsTopology() {
    }

    public static void mentions(KTable<String, NormalizedFigure> current) {
        current
                .filter((id, n) -> n.figure().published() != null, Named.as(DATED))
                .groupBy((id, n) -> KeyValue.pair(new MentionKey(n.figure().metric(), n.figure().place(),
                                Mentions.weekStart(n.figure().published())).key(), new FigureRef(n.figure().id(), n.figure().articleId())),
                        Grouped.with(BY_WEEK, TallySerdes.KEY, TallySerdes.FIGURE_REF))
                .aggregate(MentionCounts::empty,
                        (key, ref, counts) -> counts.plus(ref),
                        (key, ref, counts) -> counts.minus(ref),
                        Named.as(COUNT),
                        Materialized.<String, MentionCounts, KeyValueStore<Bytes, byte[]>>as(MENTIONS_STORE)
                                .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.MENTION_COUNTS))
                .toStream(Named.as(CHANGES))
                .mapValues((key, counts) -> counts == null || counts.figures() == 0 ? null : MentionKey.parse(key).mentions(counts),
                        Named.as(RECORD))
                .to(Topics.MENTIONS_WEEKLY, Produced.with(TallySerdes.KEY, TallySerdes.MENTIONS).withName(SINK));
    }
}
