package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import tally.stats.consolidate.MentionCounts;
import tally.stats.consolidate.MentionKey;
import tally.stats.consolidate.Mentions;
import tally.streams.kafka.StoreDef;

/**
 * How many figures and articles about a metric and place were published each ISO week, in
 * {@code tally.mentions.weekly}. Event time is the publication date carried by each figure, so
 * the result never depends on when records arrive or on the wall clock. Counting the changes of
 * the current figures, rather than a windowed stream, keeps it exact under re-ingest and replay:
 * a late article (any lateness) updates its week, a duplicate changes nothing. The counts are sets
 * of figure ids, so a record applied twice after a crash under at_least_once counts once.
 */
public final class MentionsTopology {

    static final String MENTION_UPDATES = "mention-updates";
    static final String COUNT = "count-mentions";
    /** The figures and articles counted per week, by {@code MentionKey}. */
    public static final StoreDef<String, MentionCounts> MENTIONS_STORE = new StoreDef<>("mentions-by-week",
            TallySerdes.KEY, TallySerdes.MENTION_COUNTS, MentionCounts.class);
    static final String SINK = "mentions-sink";

    private MentionsTopology() {
    }

    /** @param updates partitioned by series ({@link SeriesRoutingTopology}): a week's counts live with its metric and place */
    public static void mentions(StreamsBuilder builder, KStream<String, SeriesUpdates> updates) {
        builder.addStateStore(MENTIONS_STORE.builder());
        updates
                .flatMapValues(SeriesUpdates::mentions, Named.as(MENTION_UPDATES))
                .process(Count::new, Named.as(COUNT), MENTIONS_STORE.name())
                .to(TallyTopics.MENTIONS_WEEKLY.name(), TallyTopics.MENTIONS_WEEKLY.produced(SINK));
    }

    /** Per metric, place and week: applies a mention update and forwards the counts (null: none left). */
    static final class Count implements Processor<String, MentionUpdate, String, Mentions> {

        private ProcessorContext<String, Mentions> context;
        private KeyValueStore<String, MentionCounts> store;

        @Override
        public void init(ProcessorContext<String, Mentions> context) {
            this.context = context;
            this.store = MENTIONS_STORE.in(context);
        }

        @Override
        public void process(Record<String, MentionUpdate> record) {
            MentionUpdate update = record.value();
            String week = update.week();
            MentionCounts known = store.get(week);
            MentionCounts base = known == null ? MentionCounts.empty() : known;
            MentionCounts counts = update.counts() ? base.plus(update.figure()) : base.minus(update.figure());
            if (counts.figures() == 0) {
                if (known != null) {
                    store.delete(week);
                }
                context.forward(record.withKey(week).withValue(null));
            } else {
                store.put(week, counts);
                context.forward(record.withKey(week).withValue(MentionKey.parse(week).mentions(counts)));
            }
        }
    }
}
