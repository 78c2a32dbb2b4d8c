package tally.streams.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import tally.stats.Kind;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.PointKey;
import tally.stats.consolidate.SeriesEntry;
import tally.stats.consolidate.SeriesKey;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.consolidate.StatisticKey;
import tally.stats.consolidate.YearlySeries;
import tally.streams.kafka.StoreDef;
import tally.streams.kafka.Topic;

/**
 * Per series (metric, area, kind, definition), estimates become one point per calendar year in
 * {@code tally.series.yearly}: for flows direct yearly reports where there are some, annualized
 * multi-year (or part-year) totals otherwise; for stocks and tallies the latest value of the year
 * (a stock's years between two dated ones carry the earlier value); for incidents their sum; the
 * arithmetic is {@link YearlySeries}'s. A series can hold
 * hundreds of estimates, so they are stored by the years they count in ({@code series|year}: a
 * {@link SeriesYear}) and an estimate change recomputes only its years (and the next year's
 * change). The estimates arrive partitioned by series, so no repartition is needed here. Only points that changed are published, and a year left without estimates is
 * deleted (a tombstone), so the topic always equals the series.
 */
public final class YearlySeriesTopology {

    static final String POINTS = "changed-series-points";
    /** The estimates of a series that count in a year, by {@code PointKey}. */
    static final StoreDef<String, SeriesYear> YEARS_STORE = new StoreDef<>("series-years",
            TallySerdes.KEY, TallySerdes.SERIES_YEAR, SeriesYear.class);
    /** The points last published, by the key of {@code tally.series.yearly} ({@code PointKey}). */
    public static final StoreDef<String, SeriesPoint> PUBLISHED_STORE = new StoreDef<>("published-series-points",
            TallySerdes.KEY, TallySerdes.PUBLISHED_POINT, SeriesPoint.class);
    static final String SINK = "series-sink";

    private YearlySeriesTopology() {
    }

    /** @param estimates estimate changes by statistic, partitioned by series ({@link ConsolidationTopology}) */
    public static void series(KStream<String, Estimate> estimates, YearlySeries yearly, Topic<String, SeriesPoint> output) {
        estimates
                .process(new ChangedPoints(yearly), Named.as(POINTS))
                .to(output.name(), output.produced(SINK));
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
                private KeyValueStore<String, SeriesYear> years;
                private KeyValueStore<String, SeriesPoint> published;
                /** The years with estimates, for a stock's neighbours. */
                private StoreView<SeriesYear> datedYears;

                @Override
                public void init(ProcessorContext<String, SeriesPoint> context) {
                    this.context = context;
                    this.years = YEARS_STORE.in(context);
                    this.published = PUBLISHED_STORE.in(context);
                    this.datedYears = new StoreView<>(years);
                }

                @Override
                public void process(Record<String, Estimate> record) {
                    Estimate e = record.value();
                    StatisticKey statistic = StatisticKey.parse(record.key());
                    SeriesKey series = statistic.series();
                    SeriesEntry entry = e == null ? null : SeriesEntry.of(e);
                    TreeMap<Integer, SeriesYear> changed = new TreeMap<>();
                    int last = YearlySeries.lastYear(statistic.kind(), statistic.period());
                    for (int y = YearlySeries.firstYear(statistic.kind(), statistic.period()); y <= last; y++) {
                        String key = new PointKey(series, y).encode();
                        SeriesYear before = years.get(key);
                        SeriesEntry counted = entry != null && YearlySeries.contributes(entry, y) ? entry : null;
                        if (Objects.equals(before == null ? null : before.byStatistic().get(record.key()), counted)) {
                            continue; // this year is unchanged
                        }
                        SeriesYear after = (before == null ? new SeriesYear(null) : before).with(record.key(), counted);
                        if (after.byStatistic().isEmpty()) {
                            years.delete(key);
                        } else {
                            years.put(key, after);
                        }
                        changed.put(y, after);
                    }
                    // Each year's point is read at most once per record: a changed year is compared with its last
                    // point and read again as the next year's previous one.
                    Map<Integer, SeriesPoint> points = new HashMap<>();
                    if (statistic.kind() == Kind.STOCK) {
                        changed.forEach((year, entriesOfYear) -> stockYears(record, series, year, entriesOfYear, points));
                        return;
                    }
                    changed.forEach((year, entriesOfYear) -> {
                        SeriesPoint now = entriesOfYear.byStatistic().isEmpty() ? null
                                : yearly.point(year, List.copyOf(entriesOfYear.byStatistic().values()))
                                        .withChangeFrom(point(points, series, year - 1));
                        publish(record, series, year, point(points, series, year), now, points);
                    });
                    for (int year : changed.keySet()) {
                        if (!changed.containsKey(year + 1)) {
                            // The following year's change is now against a new value.
                            SeriesPoint after = point(points, series, year + 1);
                            if (after != null) {
                                publish(record, series, year + 1, after, after.withChangeFrom(point(points, series, year)), points);
                            }
                        }
                    }
                }

                /**
                 * A stock's changed year, the years it carries into or that carried the year before it
                 * (up to the next year with a stock dated in it) and that next year's change. The cost is
                 * the years between two dated stocks, not the estimates behind them.
                 */
                private void stockYears(Record<String, Estimate> record, SeriesKey series, int changedYear, SeriesYear entriesOfYear,
                                        Map<Integer, SeriesPoint> points) {
                    String prefix = series.encode() + "|";
                    String key = new PointKey(series, changedYear).encode();
                    Integer before = yearOf(datedYears.lower(prefix, key));
                    Integer after = yearOf(datedYears.higher(prefix, key));
                    int last = after == null ? changedYear : after;
                    for (int year = before == null ? changedYear : before + 1; year <= last; year++) {
                        SeriesYear dated = year == changedYear ? entriesOfYear
                                : after != null && year == after ? years.get(new PointKey(series, after).encode()) : null;
                        SeriesPoint now = yearly.stockPoint(year, dated == null ? List.of() : dated.byStatistic().values(),
                                point(points, series, year - 1), datedLater(year, changedYear, entriesOfYear, after));
                        publish(record, series, year, point(points, series, year), now, points);
                    }
                }

                /** Whether a year after this one has a stock dated in it: the changed year (if it still has one), else the next. */
                private static boolean datedLater(int year, int changedYear, SeriesYear entriesOfYear, Integer after) {
                    return year < changedYear && !entriesOfYear.byStatistic().isEmpty() || after != null && year < after;
                }

                private static Integer yearOf(String pointKey) {
                    return pointKey == null ? null : PointKey.parse(pointKey).year();
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
