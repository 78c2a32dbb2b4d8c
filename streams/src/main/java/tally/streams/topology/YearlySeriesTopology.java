package tally.streams.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.PointKey;
import tally.stats.consolidate.SeriesEntry;
import tally.stats.consolidate.SeriesKey;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.StatisticKey;
import tally.stats.consolidate.YearlySeries;
import tally.streams.kafka.StoreDef;

/**
 * Per series (metric, area, kind, definition), estimates become one point per calendar year in
 * {@code tally.series.yearly}: for flows direct yearly reports where there are some, annualized
 * multi-year (or part-year) totals otherwise; for stocks and tallies the latest value of the year;
 * for incidents their sum; the arithmetic is {@link YearlySeries}'s. A series can hold
 * thousands of estimates (a running toll with a new end date every day, the events of a year), so
 * each is stored under each year it counts in ({@code series|year\0statistic}: one small value,
 * never a value growing with the estimates of a year, issue 21) and an estimate change recomputes
 * only its years, each from one range of the store (and the next year's change). The estimates arrive partitioned by series, so no repartition is needed here. Only points that changed are published, and a year left without estimates is
 * deleted (a tombstone), so the topic always equals the series.
 */
public final class YearlySeriesTopology {

    static final String POINTS = "changed-series-points";
    /** The estimates of a series that count in a year: {@code PointKey\0statistic}, one estimate's {@link SeriesEntry}. */
    static final StoreDef<String, SeriesEntry> YEARS_STORE = new StoreDef<>("series-year-entries",
            TallySerdes.KEY, TallySerdes.SERIES_ENTRY, SeriesEntry.class);
    /** The points last published, by the key of {@code tally.series.yearly} ({@code PointKey}). */
    public static final StoreDef<String, SeriesPoint> PUBLISHED_STORE = new StoreDef<>("published-series-points",
            TallySerdes.KEY, TallySerdes.PUBLISHED_POINT, SeriesPoint.class);
    static final String SINK = "series-sink";

    private YearlySeriesTopology() {
    }

    /** @param estimates estimate changes by statistic, partitioned by series ({@link ConsolidationTopology}) */
    public static void series(KStream<String, Estimate> estimates, YearlySeries yearly) {
        estimates
                .process(new ChangedPoints(yearly), Named.as(POINTS))
                .to(TallyTopics.SERIES_YEARLY.name(), TallyTopics.SERIES_YEARLY.produced(SINK));
    }


    /** The keys of one year of a series in {@link #YEARS_STORE}: the point's key and NUL, before each statistic. */
    private static String yearPrefix(SeriesKey series, int year) {
        return new PointKey(series, year).encode() + '\u0000';
    }

    /**
     * Stores a statistic's entry under each year it touches, recomputes those years, and forwards
     * the points that differ from those last published (tombstones for years left empty).
     */
    static final class ChangedPoints implements ProcessorSupplier<String, Estimate, String, SeriesPoint> {

        private final YearlySeries yearly;

        ChangedPoints(YearlySeries yearly) {
            this.yearly = yearly;
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(YEARS_STORE.builder(), PUBLISHED_STORE.builder());
        }

        @Override
        public Processor<String, Estimate, String, SeriesPoint> get() {
            return new Processor<>() {
                private ProcessorContext<String, SeriesPoint> context;
                private KeyValueStore<String, SeriesEntry> years;
                private KeyValueStore<String, SeriesPoint> published;

                @Override
                public void init(ProcessorContext<String, SeriesPoint> context) {
                    this.context = context;
                    this.years = YEARS_STORE.in(context);
                    this.published = PUBLISHED_STORE.in(context);
                }

                @Override
                public void process(Record<String, Estimate> record) {
                    Estimate e = record.value();
                    StatisticKey statistic = StatisticKey.parse(record.key());
                    SeriesKey series = statistic.series();
                    SeriesEntry entry = e == null ? null : SeriesEntry.of(e);
                    TreeSet<Integer> changed = new TreeSet<>();
                    int last = YearlySeries.lastYear(statistic.kind(), statistic.period());
                    for (int y = YearlySeries.firstYear(statistic.kind(), statistic.period()); y <= last; y++) {
                        String key = yearPrefix(series, y) + record.key();
                        SeriesEntry counted = entry != null && YearlySeries.contributes(entry, y) ? entry : null;
                        if (Objects.equals(years.get(key), counted)) {
                            continue; // this year is unchanged
                        }
                        if (counted == null) {
                            years.delete(key);
                        } else {
                            years.put(key, counted);
                        }
                        changed.add(y);
                    }
                    // Each year's point is read at most once per record: a changed year is compared with its last
                    // point and read again as the next year's previous one.
                    Map<Integer, SeriesPoint> points = new HashMap<>();
                    for (int year : changed) {
                        List<SeriesEntry> entriesOfYear = entries(series, year);
                        SeriesPoint now = entriesOfYear.isEmpty() ? null
                                : yearly.point(year, entriesOfYear).withChangeFrom(point(points, series, year - 1));
                        publish(record, series, year, point(points, series, year), now, points);
                    }
                    for (int year : changed) {
                        if (!changed.contains(year + 1)) {
                            // The following year's change is now against a new value.
                            SeriesPoint after = point(points, series, year + 1);
                            if (after != null) {
                                publish(record, series, year + 1, after, after.withChangeFrom(point(points, series, year)), points);
                            }
                        }
                    }
                }

                /** The estimates that count in a year of a series, in the order of their statistic. */
                private List<SeriesEntry> entries(SeriesKey series, int year) {
                    String prefix = yearPrefix(series, year);
                    List<SeriesEntry> found = new ArrayList<>();
                    // NUL ends the prefix, so the character after it bounds the range.
                    try (KeyValueIterator<String, SeriesEntry> it = years.range(prefix, prefix.substring(0, prefix.length() - 1) + '\u0001')) {
                        it.forEachRemaining(kv -> found.add(kv.value));
                    }
                    return found;
                }

                /** The last published point of a year, from {@code points} if this record read or wrote it already. */
                private SeriesPoint point(Map<Integer, SeriesPoint> points, SeriesKey series, int year) {
                    if (points.containsKey(year)) {
                        return points.get(year);
                    }
                    SeriesPoint p = published.get(new PointKey(series, year).encode());
                    points.put(year, p);
                    return p;
                }

                private void publish(Record<String, Estimate> record, SeriesKey series, int year, SeriesPoint before, SeriesPoint now,
                                     Map<Integer, SeriesPoint> points) {
                    if (Objects.equals(before, now)) {
                        return;
                    }
                    String key = new PointKey(series, year).encode();
                    if (now == null) {
                        published.delete(key);
                    } else {
                        published.put(key, now);
                    }
                    points.put(year, now);
                    context.forward(record.withKey(key).withValue(now));
                }
            };
        }
    }
}
