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
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Report;
import tally.stats.consolidate.Reports;
import tally.stats.consolidate.StatisticKey;
import tally.stats.normalize.NormalizedFigure;

/**
 * The same statistic (metric, place, period, basis) reported by many articles and outlets becomes
 * one estimate in {@code tally.estimates}. Built on the table of current figures, so a figure
 * published twice, or replaced by a newer extraction, is added and subtracted, never counted twice.
 * Figures without a place or a period are not consolidated (they still count as mentions).
 */
public final class ConsolidationTopology {

    static final String CONSOLIDABLE = "consolidable-figures";
    static final String BY_STATISTIC = "figures-by-statistic";
    static final String COLLECT = "collect-reports";
    public static final String REPORTS_STORE = "reports-by-statistic";
    static final String ESTIMATE = "estimate";
    public static final String ESTIMATES_STORE = "estimates";
    static final String CHANGES = "estimates-changes";
    static final String SINK = "estimates-sink";

    private ConsolidationTopology() {
    }

    public static KTable<String, Estimate> estimates(KTable<String, NormalizedFigure> current, Consolidation consolidation) {
        KTable<String, Estimate> estimates = current
                .filter((id, n) -> StatisticKey.of(n.figure()) != null, Named.as(CONSOLIDABLE))
                // Only what consolidation weighs crosses the repartition topic, not the whole figure.
                .groupBy((id, n) -> KeyValue.pair(StatisticKey.of(n.figure()).key(), Report.of(n)),
                        Grouped.with(BY_STATISTIC, TallySerdes.KEY, TallySerdes.REPORT))
                .aggregate(Reports::empty,
                        (key, r, reports) -> reports.with(reports.statistic() != null ? reports.statistic() : StatisticKey.parse(key), r),
                        (key, r, reports) -> reports.without(r.figureId()),
                        Named.as(COLLECT),
                        Materialized.<String, Reports, KeyValueStore<Bytes, byte[]>>as(REPORTS_STORE)
                                .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.REPORTS))
                .mapValues((key, reports) -> reports.isEmpty() ? null
                                : consolidation.estimate(reports.statistic(), reports.byFigure().values()),
                        Named.as(ESTIMATE),
                        Materialized.<String, Estimate, KeyValueStore<Bytes, byte[]>>as(ESTIMATES_STORE)
                                .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.ESTIMATE));
        estimates.toStream(Named.as(CHANGES))
                .to(Topics.ESTIMATES, Produced.with(TallySerdes.KEY, TallySerdes.ESTIMATE).withName(SINK));
        return estimates;
    }
}
