package tally.streams.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.ReporterReports;
import tally.stats.consolidate.StatisticKey;
import tally.stats.consolidate.StatisticReports;
import tally.streams.kafka.StoreDef;

/**
 * The same statistic (metric, place, period and basis) reported by many articles and outlets becomes
 * one estimate in {@code tally.estimates}. Built on the changes of the current figures, so a
 * figure published twice, or replaced by a newer extraction, is replaced or withdrawn, never
 * counted twice. Figures without a place or a period are not consolidated (they still count as
 * mentions).
 *
 * <p>Two stores, so that a report costs the same however many a statistic has: each outlet's
 * reports of a statistic ({@code reports-by-reporter}, {@code statistic|reporter}), and per statistic a
 * summary of each outlet's ({@code statistic-summaries}), from which the estimate is computed when
 * it changes (and by the API when asked), so that the estimate is not written to a third store.
 *
 * <p>The updates arrive partitioned by series ({@link SeriesRoutingTopology}), so both stores,
 * keyed by statistic, are in the partition of the statistic's series: queries find them through
 * the series.
 */
public final class ConsolidationTopology {

    static final String REPORT_UPDATES = "report-updates";
    static final String ESTIMATE = "estimate";
    /** Each reporter's reports of a statistic, by {@code statistic|reporter}. */
    public static final StoreDef<String, ReporterReports> REPORTS_STORE = new StoreDef<>("reports-by-reporter",
            TallySerdes.KEY, TallySerdes.REPORTER_REPORTS, ReporterReports.class);
    /** The reports of a statistic summarised per reporter, by statistic. */
    public static final StoreDef<String, StatisticReports> SUMMARIES_STORE = new StoreDef<>("statistic-summaries",
            TallySerdes.KEY, TallySerdes.STATISTIC_REPORTS, StatisticReports.class);
    static final String SINK = "estimates-sink";

    private ConsolidationTopology() {
    }

    /**
     * @return the estimate changes by statistic key (null: the statistic has no report left),
     *         partitioned by series
     */
    public static KStream<String, Estimate> estimates(StreamsBuilder builder, KStream<String, SeriesUpdates> updates,
                                                      Consolidation consolidation) {
        builder.addStateStore(REPORTS_STORE.builder());
        builder.addStateStore(SUMMARIES_STORE.builder());
        KStream<String, Estimate> estimates = updates
                .flatMapValues(SeriesUpdates::reports, Named.as(REPORT_UPDATES))
                .process(() -> new Consolidate(consolidation), Named.as(ESTIMATE), REPORTS_STORE.name(), SUMMARIES_STORE.name());
        estimates.to(TallyTopics.ESTIMATES.name(), TallyTopics.ESTIMATES.produced(SINK));
        return estimates;
    }

    /** Per statistic and reporter: applies a report update and forwards the estimate it leads to. */
    static final class Consolidate implements Processor<String, ReportUpdate, String, Estimate> {

        private final Consolidation consolidation;
        private ProcessorContext<String, Estimate> context;
        private KeyValueStore<String, ReporterReports> reports;
        private KeyValueStore<String, StatisticReports> summaries;

        Consolidate(Consolidation consolidation) {
            this.consolidation = consolidation;
        }

        @Override
        public void init(ProcessorContext<String, Estimate> context) {
            this.context = context;
            this.reports = REPORTS_STORE.in(context);
            this.summaries = SUMMARIES_STORE.in(context);
        }

        @Override
        public void process(Record<String, ReportUpdate> record) {
            ReportUpdate update = record.value();
            String statistic = update.statistic();
            ReporterReports known = reports.get(update.reporterKey());
            ReporterReports before = known == null ? ReporterReports.empty() : known;
            ReporterReports after = update.report() != null ? before.with(update.report()) : before.without(update.figureId());
            if (after.isEmpty()) {
                if (known != null) {
                    reports.delete(update.reporterKey());
                }
            } else if (!after.equals(before)) {
                reports.put(update.reporterKey(), after);
            }
            StatisticReports summary = summaries.get(statistic);
            StatisticReports next = (summary == null ? StatisticReports.empty(StatisticKey.parse(statistic)) : summary)
                    .with(update.reporter(), before, after, () -> articles(statistic));
            if (next.isEmpty()) {
                if (summary != null) {
                    summaries.delete(statistic);
                }
                context.forward(record.withKey(statistic).withValue(null));
            } else {
                summaries.put(statistic, next);
                context.forward(record.withKey(statistic).withValue(consolidation.estimate(next)));
            }
        }

        /** Every article id of a statistic, from the reports of all its reporters. */
        private Stream<String> articles(String statistic) {
            List<String> articles = new ArrayList<>();
            try (KeyValueIterator<String, ReporterReports> all = reports.prefixScan(ReportUpdate.reportersOf(statistic), TallySerdes.KEY.serializer())) {
                all.forEachRemaining((KeyValue<String, ReporterReports> kv) -> articles.addAll(kv.value.articles()));
            }
            return articles.stream();
        }
    }
}
