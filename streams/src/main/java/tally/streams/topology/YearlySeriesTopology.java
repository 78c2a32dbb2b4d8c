package tally.streams.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import tally.stats.Topics;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.EstimatesOfSeries;
import tally.stats.consolidate.SeriesEntry;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.SeriesPoints;
import tally.stats.consolidate.StatisticKey;
import tally.stats.consolidate.YearlySeries;

/**
 * Per (category, metric, place), every estimate is collected and turned into one point per
 * calendar year in {@code tally.series.yearly}: direct yearly reports where there are some,
 * annualized multi-year (or part-year) totals otherwise; the arithmetic is {@link YearlySeries}'s.
 * Only points that changed are published, and a year left without estimates is deleted
 * (a tombstone), so the topic always equals the series.
 */
public final class YearlySeriesTopology {

    static final String BY_SERIES = "estimates-by-series";
    static final String COLLECT = "collect-series";
    static final String SERIES_STORE = "estimates-of-series";
    static final String CHANGES = "series-changes";
    static final String POINTS = "changed-series-points";
    public static final String PUBLISHED_STORE = "published-series-points";
    static final String SINK = "series-sink";

    private YearlySeriesTopology() {
    }

    public static void series(KTable<String, Estimate> estimates, YearlySeries yearly) {
        estimates
                .groupBy((statistic, e) -> KeyValue.pair(seriesKey(e), SeriesEntry.of(e)),
                        Grouped.with(BY_SERIES, TallySerdes.KEY, TallySerdes.SERIES_ENTRY))
                .aggregate(EstimatesOfSeries::empty,
                        (key, e, all) -> all.with(e),
                        (key, e, all) -> all.without(e),
                        Named.as(COLLECT),
                        Materialized.<String, EstimatesOfSeries, KeyValueStore<Bytes, byte[]>>as(SERIES_STORE)
                                .withKeySerde(TallySerdes.KEY).withValueSerde(TallySerdes.ESTIMATES_OF_SERIES))
                .toStream(Named.as(CHANGES))
                .process(new ChangedPoints(yearly), Named.as(POINTS))
                .to(Topics.SERIES_YEARLY, Produced.with(TallySerdes.KEY, TallySerdes.SERIES_POINT).withName(SINK));
    }

    static String seriesKey(Estimate e) {
        return new StatisticKey(e.metric(), e.place(), e.period(), e.basis()).seriesKey();
    }

    /**
     * Forwards the points of a series that differ from those last published for it, and
     * tombstones for years it no longer has. One estimate change moves one or a few years; the
     * other points of the series are not published again.
     */
    static final class ChangedPoints implements ProcessorSupplier<String, EstimatesOfSeries, String, SeriesPoint> {

        private final YearlySeries yearly;

        ChangedPoints(YearlySeries yearly) {
            this.yearly = yearly;
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PUBLISHED_STORE),
                    TallySerdes.KEY, TallySerdes.SERIES_POINTS));
        }

        @Override
        public Processor<String, EstimatesOfSeries, String, SeriesPoint> get() {
            return new Processor<>() {
                private ProcessorContext<String, SeriesPoint> context;
                private KeyValueStore<String, SeriesPoints> published;

                @Override
                public void init(ProcessorContext<String, SeriesPoint> context) {
                    this.context = context;
                    this.published = context.getStateStore(PUBLISHED_STORE);
                }

                @Override
                public void process(Record<String, EstimatesOfSeries> record) {
                    List<SeriesPoint> now = record.value() == null ? List.of() : yearly.points(record.value());
                    SeriesPoints before = published.get(record.key());
                    Map<Integer, SeriesPoint> old = new HashMap<>();
                    if (before != null) {
                        before.points().forEach(p -> old.put(p.year(), p));
                    }
                    for (SeriesPoint p : now) {
                        if (!p.equals(old.remove(p.year()))) {
                            context.forward(record.withKey(p.key()).withValue(p));
                        }
                    }
                    for (SeriesPoint gone : old.values()) {
                        context.forward(record.withKey(gone.key()).withValue(null));
                    }
                    if (now.isEmpty()) {
                        published.delete(record.key());
                    } else {
                        published.put(record.key(), new SeriesPoints(now));
                    }
                }
            };
        }
    }
}
