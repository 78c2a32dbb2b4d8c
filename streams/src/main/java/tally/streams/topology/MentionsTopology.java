package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.stats.consolidate.MentionCounts;
import tally.stats.consolidate.MentionKey;
import tally.stats.consolidate.MentionLedger;
import tally.stats.consolidate.Mentions;
import tally.streams.kafka.StoreDef;
import tally.streams.kafka.Topic;

/**
 * How many figures and articles about a metric and place were published each ISO week, in
 * {@code tally.mentions.weekly}. Event time is the publication date carried by each figure, so
 * the result never depends on when records arrive or on the wall clock. Counting the changes of
 * the current figures, rather than a windowed stream, keeps it exact under re-ingest and replay:
 * a late article (any lateness) updates its week, a duplicate changes nothing. The arithmetic is
 * {@link MentionLedger}'s: each figure that counts is its own key in {@value #FIGURES_STORE} (an
 * empty value) once its week has two, so a record applied twice counts once, and a week's value in
 * {@value #MENTIONS_STORE} is two numbers (and its only figure, when it has one) however many
 * figures it has. Under at_least_once a restore can leave the two stores apart: the first
 * change of each week after the task starts rebuilds its counts from its figures when they
 * disagree ({@link MentionLedger#repair}, {@link AfterRestore}), and so does a change that finds
 * them apart later.
 */
public final class MentionsTopology {

    static final String MENTION_UPDATES = "mention-updates";
    static final String COUNT = "count-mentions";
    /** The counts of each week ({@link MentionCounts}), by {@link MentionKey}. */
    public static final StoreDef<String, MentionCounts> MENTIONS_STORE = new StoreDef<>("mentions-by-week",
            TallySerdes.KEY, TallySerdes.MENTION_COUNTS, MentionCounts.class);
    /** The figures that count in each week, by {@code week|article\0figure\0} (values empty). */
    static final StoreDef<String, String> FIGURES_STORE = new StoreDef<>("mention-figures", TallySerdes.KEY, TallySerdes.KEY, String.class);
    static final String SINK = "mentions-sink";
    private static final Logger LOG = LoggerFactory.getLogger(MentionsTopology.class);

    private MentionsTopology() {
    }

    /** @param updates partitioned by series ({@link SeriesRoutingTopology}): a week's counts live with its metric and place */
    public static void mentions(StreamsBuilder builder, KStream<String, SeriesUpdates> updates, Topic<String, Mentions> output) {
        builder.addStateStore(MENTIONS_STORE.builder());
        builder.addStateStore(FIGURES_STORE.builder());
        updates
                .flatMapValues(SeriesUpdates::mentions, Named.as(MENTION_UPDATES))
                .process(Count::new, Named.as(COUNT), MENTIONS_STORE.name(), FIGURES_STORE.name())
                .to(output.name(), output.produced(SINK));
    }

    /** Per metric, place and week: applies a mention update and forwards the counts (null: none left). */
    static final class Count implements Processor<String, MentionUpdate, String, Mentions> {

        private ProcessorContext<String, Mentions> context;
        private MentionLedger ledger;
        /** Reset at each init: a revived task (after TaskCorruptedException) keeps its processors. */
        private AfterRestore restore;

        @Override
        public void init(ProcessorContext<String, Mentions> context) {
            this.context = context;
            this.restore = new AfterRestore();
            this.ledger = new MentionLedger(new StoreView<>(FIGURES_STORE.in(context)), new StoreView<>(MENTIONS_STORE.in(context)));
        }

        @Override
        public void process(Record<String, MentionUpdate> record) {
            MentionUpdate update = record.value();
            String week = update.week();
            if (restore.firstTouch(week) && ledger.repair(week)) {
                LOG.warn("the mention counts of {} disagreed with its figures after a restore and were rebuilt from them", week);
            }
            MentionCounts counts;
            try {
                counts = ledger.apply(week, update.figure(), update.counts());
            } catch (RuntimeException e) {
                LOG.warn("the mention counts of {} disagreed with its figures ({}) and were rebuilt from them", week, e.toString());
                ledger.repair(week);
                counts = ledger.apply(week, update.figure(), update.counts());
            }
            context.forward(record.withKey(week).withValue(counts == null ? null : MentionKey.parse(week).mentions(counts)));
        }
    }
}
