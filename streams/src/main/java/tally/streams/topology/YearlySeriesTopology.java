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
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.EstimatesOfSeries;
import tally.stats.consolidate.StatisticKey;
import tally.stats.consolidate.YearlySeries;

/**
 * Per (category, metric, place), every estimate is collected and turned into one point per
 * calendar year in {@code tally.series.yearly}: direct yearly reports where there are some,
 * annualized multi-year (or part-year) totals otherwise; the arithmetic is {@link YearlySeries}'s.
 */
public final class YearlySeriesTopology {

    static final String BY_SERIES = "estimates-by-series";
    static final String COLLECT = "collect-series";
    public static final String SERIES_STORE = "estimates-of-series";
    static final String CHANGES = "series-changes";
    static final String POINTS = "series-points";
    static final String SINK = "series-sink";

    private YearlySeriesTopology() {
    }

    public static void series(KTable<String, Estimate> estimates, YearlySeries yearly) {
        estimates
                .groupBy((statistic, e) -> KeyValue.pair(seriesKey(e), e),
                        Grouped.with(BY_SERIES, TallySerdes.KEY, TallySerdes.ESTIMATE))
                .aggregate(EstimatesOfSeries::empty,
                        (key, e, all) -> all.with(e),
                        (key, e, all) -> all.without(e),
                        Named.as(COLLECT),
                        Materialized.<String, EstimatesOfSeries, KeyValueStore<Bytes, byte[]>>as(SERIES_STORE)
                                .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.ESTIMATES_OF_SERIES))
                .toStream(Named.as(CHANGES))
                .flatMap((key, all) -> yearly.points(all).stream().map(p -> KeyValue.pair(p.key(), p)).toList(),
                        Named.as(POINTS))
                .to(Topics.SERIES_YEARLY, Produced.with(TallySerdes.KEY, TallySerdes.SERIES_POINT).withName(SINK));
    }

    static String seriesKey(Estimate e) {
        return new StatisticKey(e.metric(), e.place(), e.period(), e.basis()).seriesKey();
    }
}
