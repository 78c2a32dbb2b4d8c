package tally.streams.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.stats.Kind;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.IncidentLedger;
import tally.stats.consolidate.IncidentReport;
import tally.stats.consolidate.Report;
import tally.stats.consolidate.ReportLedger;
import tally.stats.consolidate.ReporterSummary;
import tally.stats.consolidate.StatisticKey;
import tally.stats.consolidate.StatisticReports;
import tally.streams.kafka.StoreDef;
import tally.streams.kafka.Topic;

/**
 * The same statistic (metric, area, period, basis, kind and definition) reported by many articles
 * and outlets becomes one estimate in {@code tally.estimates}; the reports of one incident on
 * several days become one event ({@link IncidentLedger}). Built on the changes of the current figures, so a
 * figure published twice, or replaced by a newer extraction, is replaced or withdrawn, never
 * counted twice. Figures without a place or a period are not consolidated (they still count as
 * mentions).
 *
 * <p>The arithmetic and the store layout are {@link ReportLedger}'s. No store value grows with the
 * reports behind it: {@code reports-by-reporter} holds one report per key
 * ({@code statistic|reporter\0article\0figure\0}, about 100 bytes), {@code reporter-summaries}
 * a fixed-size summary per statistic and outlet with two reports or more, {@code report-order}
 * empty markers whose sorted keys are the values behind medians and extremes (once there are two), and {@code statistic-summaries} a fixed-size
 * summary per statistic (under 1 KB: counts, medians, extremes and the first 20 article ids),
 * from which the estimate is computed when it changes (and by the API when asked).
 *
 * <p>Incident reports go to {@code incident-reports} (one per key, {@code series|day\0figure\0})
 * and their events to {@code incident-events} (one estimate per key), regrouped over the run of
 * days around each change.
 *
 * <p>Under at_least_once a restore can leave these stores apart (one's changelog write landed,
 * another's did not): the first change of each statistic after the task starts rebuilds its
 * summaries from its reports when they disagree ({@link ReportLedger#repair}, {@link AfterRestore}),
 * and so does a change that finds them apart later.
 *
 * <p>The updates arrive partitioned by series ({@link SeriesRoutingTopology}), so every store,
 * keyed by statistic first, is in the partition of the statistic's series: queries find them
 * through the series.
 */
public final class ConsolidationTopology {

    static final String REPORT_UPDATES = "report-updates";
    static final String ESTIMATE = "estimate";
    /** Each report of a statistic ({@link Report}), by {@code statistic|reporter\0article\0figure\0}. */
    public static final StoreDef<String, Report> REPORTS_STORE = new StoreDef<>("reports-by-reporter", TallySerdes.KEY,
            TallySerdes.REPORT, Report.class);
    /** Each reporter's summary of a statistic ({@link ReporterSummary}) once it has two reports, by {@code statistic|reporter\0}. */
    static final StoreDef<String, ReporterSummary> REPORTERS_STORE = new StoreDef<>("reporter-summaries", TallySerdes.KEY,
            TallySerdes.REPORTER_SUMMARY, ReporterSummary.class);
    /** Sorted values behind the medians and extremes, as keys (values empty). */
    static final StoreDef<String, String> ORDER_STORE = new StoreDef<>("report-order", TallySerdes.KEY, TallySerdes.KEY, String.class);
    /** The reports of a statistic summarised ({@link StatisticReports}), by statistic. */
    public static final StoreDef<String, StatisticReports> SUMMARIES_STORE = new StoreDef<>("statistic-summaries",
            TallySerdes.KEY, TallySerdes.STATISTIC_REPORTS, StatisticReports.class);
    /** Each report of an incident ({@link IncidentReport}), by {@code series|day\0figure\0}. */
    public static final StoreDef<String, IncidentReport> INCIDENT_REPORTS_STORE = new StoreDef<>("incident-reports", TallySerdes.KEY,
            TallySerdes.INCIDENT_REPORT, IncidentReport.class);
    /** The estimate of each incident event, by {@code series|first day\0event\0}. */
    public static final StoreDef<String, Estimate> EVENTS_STORE = new StoreDef<>("incident-events", TallySerdes.KEY,
            TallySerdes.STORED_ESTIMATE, Estimate.class);
    static final String SINK = "estimates-sink";
    private static final Logger LOG = LoggerFactory.getLogger(ConsolidationTopology.class);

    private ConsolidationTopology() {
    }

    /**
     * @return the estimate changes by statistic key (null: the statistic has no report left),
     *         partitioned by series
     */
    public static KStream<String, Estimate> estimates(StreamsBuilder builder, KStream<String, SeriesUpdates> updates,
                                                      Consolidation consolidation, Topic<String, Estimate> output) {
        builder.addStateStore(REPORTS_STORE.builder());
        builder.addStateStore(REPORTERS_STORE.builder());
        // No record cache: a range over a cached store copies every cached key in the range first
        // (Kafka's NamedCache.keyRange), which made each seek cost as much as the values behind it
        // (218 figures/s at 3,000 reports of one statistic). Its keys are written once each anyway.
        builder.addStateStore(ORDER_STORE.uncachedBuilder());
        builder.addStateStore(SUMMARIES_STORE.builder());
        builder.addStateStore(INCIDENT_REPORTS_STORE.builder());
        builder.addStateStore(EVENTS_STORE.builder());
        KStream<String, Estimate> estimates = updates
                .flatMapValues(SeriesUpdates::reports, Named.as(REPORT_UPDATES))
                .process(() -> new Consolidate(consolidation), Named.as(ESTIMATE), REPORTS_STORE.name(), REPORTERS_STORE.name(),
                        ORDER_STORE.name(), SUMMARIES_STORE.name(), INCIDENT_REPORTS_STORE.name(), EVENTS_STORE.name());
        estimates.to(output.name(), output.produced(SINK));
        return estimates;
    }

    /** Per statistic: applies a report update and forwards the estimate (or the incidents' events) it leads to. */
    static final class Consolidate implements Processor<String, ReportUpdate, String, Estimate> {

        private final Consolidation consolidation;
        private ProcessorContext<String, Estimate> context;
        private ReportLedger ledger;
        private IncidentLedger incidents;
        /** Reset at each init: a revived task (after TaskCorruptedException) keeps its processors. */
        private AfterRestore restore;

        Consolidate(Consolidation consolidation) {
            this.consolidation = consolidation;
        }

        @Override
        public void init(ProcessorContext<String, Estimate> context) {
            this.context = context;
            this.restore = new AfterRestore();
            this.ledger = new ReportLedger(new StoreView<>(REPORTS_STORE.in(context)), new StoreView<>(REPORTERS_STORE.in(context)),
                    new StoreView<>(ORDER_STORE.in(context)), new StoreView<>(SUMMARIES_STORE.in(context)));
            this.incidents = new IncidentLedger(new StoreView<>(INCIDENT_REPORTS_STORE.in(context)),
                    new StoreView<>(EVENTS_STORE.in(context)), consolidation);
        }

        @Override
        public void process(Record<String, ReportUpdate> record) {
            ReportUpdate u = record.value();
            StatisticKey statistic = StatisticKey.parse(u.statistic());
            if (statistic.kind() == Kind.INCIDENT) {
                incidents.apply(statistic, u.figureId(), u.report()).forEach((event, e) -> context.forward(record.withKey(event).withValue(e)));
                return;
            }
            if (restore.firstTouch(u.statistic()) && ledger.repair(statistic)) {
                LOG.warn("the consolidation state of {} disagreed with its reports after a restore and was rebuilt from them", u.statistic());
            }
            StatisticReports summary;
            try {
                summary = ledger.apply(statistic, u.reporter(), u.articleId(), u.figureId(), u.report());
            } catch (RuntimeException e) {
                // A disagreement the check after the restore did not reach: rebuilt from the reports, which
                // hold what the failed change wrote, and applied again (a duplicate then, if it got that far).
                LOG.warn("the consolidation state of {} disagreed with its reports ({}) and was rebuilt from them", u.statistic(), e.toString());
                ledger.repair(statistic);
                summary = ledger.apply(statistic, u.reporter(), u.articleId(), u.figureId(), u.report());
            }
            // Forwarded even when nothing changed: after a crash under at_least_once the store may
            // hold a change whose estimate was not written.
            context.forward(record.withKey(u.statistic()).withValue(summary == null ? null : consolidation.estimate(summary)));
        }
    }
}
