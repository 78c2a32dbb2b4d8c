package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import tally.stats.Topics;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Reports;
import tally.stats.consolidate.StatisticKey;

/**
 * The same statistic (metric, place, period and basis) reported by many articles and outlets becomes
 * one estimate in {@code tally.estimates}. Built on the changes of the current figures, so a
 * figure published twice, or replaced by a newer extraction, is replaced or withdrawn, never
 * counted twice. Figures without a place or a period are not consolidated (they still count as
 * mentions). Only the reports are stored: an estimate is computed from them when they change (and
 * by the API when asked), so it is not written to a second store.
 *
 * <p>The updates arrive partitioned by series ({@link SeriesRoutingTopology}), so the store, keyed
 * by statistic, is in the partition of the statistic's series: queries find it through the series.
 */
public final class ConsolidationTopology {

    static final String REPORT_UPDATES = "report-updates";
    static final String ESTIMATE = "estimate";
    public static final String REPORTS_STORE = "reports-by-statistic";
    static final String SINK = "estimates-sink";

    private ConsolidationTopology() {
    }

    /**
     * @return the estimate changes by statistic key (null: the statistic has no report left),
     *         partitioned by series
     */
    public static KStream<String, Estimate> estimates(StreamsBuilder builder, KStream<String, SeriesUpdates> updates,
                                                      Consolidation consolidation) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REPORTS_STORE),
                TallySerdes.KEY, TallySerdes.REPORTS).withCachingEnabled());
        KStream<String, Estimate> estimates = updates
                .flatMapValues(SeriesUpdates::reports, Named.as(REPORT_UPDATES))
                .process(() -> new Consolidate(consolidation), Named.as(ESTIMATE), REPORTS_STORE);
        estimates.to(Topics.ESTIMATES, Produced.with(TallySerdes.KEY, TallySerdes.ESTIMATE).withName(SINK));
        return estimates;
    }

    /** Per statistic: applies a report update and forwards the estimate it leads to. */
    static final class Consolidate implements Processor<String, ReportUpdate, String, Estimate> {

        private final Consolidation consolidation;
        private ProcessorContext<String, Estimate> context;
        private KeyValueStore<String, Reports> store;

        Consolidate(Consolidation consolidation) {
            this.consolidation = consolidation;
        }

        @Override
        public void init(ProcessorContext<String, Estimate> context) {
            this.context = context;
            this.store = context.getStateStore(REPORTS_STORE);
        }

        @Override
        public void process(Record<String, ReportUpdate> record) {
            ReportUpdate update = record.value();
            String key = update.statistic();
            Reports known = store.get(key);
            Reports reports;
            if (update.report() != null) {
                reports = (known == null ? Reports.empty() : known)
                        .with(known == null ? StatisticKey.parse(key) : known.statistic(), update.report());
            } else {
                reports = known == null ? Reports.empty() : known.without(update.figureId());
            }
            if (reports.isEmpty()) {
                if (known != null) {
                    store.delete(key);
                }
                context.forward(record.withKey(key).withValue(null));
            } else {
                store.put(key, reports);
                context.forward(record.withKey(key).withValue(consolidation.estimate(reports.statistic(), reports.byFigure().values())));
            }
        }
    }
}
