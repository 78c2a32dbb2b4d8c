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
import tally.stats.Kind;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.KeyRange;
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
 * arithmetic is {@link YearlySeries}'s. A series can hold thousands of estimates (a running toll
 * with a new end date every day, the events of a year), so each is stored under each year it
 * counts in ({@code series|year\0statistic}: one small value, never a value growing with the
 * estimates of a year, issue 21), and an estimate change recomputes only its years, each from one
 * range of the store (and the next year's change). The estimates arrive partitioned by series, so
 * no repartition is needed here. Only points that changed are published, and a year left without
 * estimates is deleted (a tombstone), so the topic always equals the series. An estimate that
 * changes none of its years (a duplicate) sends their points again as they stand, as the other
 * stages do: under {@code at_least_once} a crash may have kept its store changes and lost the
 * points they led to.
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
    public static void series(KStream<String, Estimate> estimates, YearlySeries yearly, Topic<String, SeriesPoint> output) {
        estimates
                .process(new ChangedPoints(yearly), Named.as(POINTS))
                .to(output.name(), output.produced(SINK));
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
                /** The years with estimates, for a stock's neighbours. */
                private StoreView<SeriesEntry> datedYears;

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
                    TreeSet<Integer> changed = new TreeSet<>();
                    int first = YearlySeries.firstYear(statistic.kind(), statistic.period());
                    int last = YearlySeries.lastYear(statistic.kind(), statistic.period());
                    for (int y = first; y <= last; y++) {
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
                    // A duplicate changes nothing, but its years' points are sent again as they stand, as the
                    // other stages do: after a crash under at_least_once the store may hold its change and
                    // the points it led to may be lost.
                    boolean again = changed.isEmpty();
                    if (again) {
                        for (int y = first; y <= last; y++) {
                            changed.add(y);
                        }
                    }
                    // Each year's point is read at most once per record: a changed year is compared with its last
                    // point and read again as the next year's previous one.
                    Map<Integer, SeriesPoint> points = new HashMap<>();
                    if (statistic.kind() == Kind.STOCK) {
                        changed.forEach(year -> stockYears(record, series, year, points, again));
                        return;
                    }
                    for (int year : changed) {
                        List<SeriesEntry> entriesOfYear = entries(series, year);
                        SeriesPoint now = entriesOfYear.isEmpty() ? null
                                : yearly.point(year, entriesOfYear).withChangeFrom(point(points, series, year - 1));
                        publish(record, series, year, now, points, again);
                    }
                    for (int year : changed) {
                        if (!changed.contains(year + 1)) {
                            // The following year's change is now against a new value.
                            SeriesPoint after = point(points, series, year + 1);
                            if (after != null) {
                                publish(record, series, year + 1, after.withChangeFrom(point(points, series, year)), points, again);
                            }
                        }
                    }
                }

                /** The estimates that count in a year of a series, in the order of their statistic: one range of the store. */
                private List<SeriesEntry> entries(SeriesKey series, int year) {
                    KeyRange keys = KeyRange.startingWith(yearPrefix(series, year));
                    List<SeriesEntry> found = new ArrayList<>();
                    try (KeyValueIterator<String, SeriesEntry> it = years.range(keys.from(), keys.to())) {
                        it.forEachRemaining(kv -> found.add(kv.value));
                    }
                    return found;
                }

                /**
                 * A stock's changed year, the years it carries into or that carried the year before it
                 * (up to the next year with a stock dated in it) and that next year's change. The cost is
                 * the years between two dated stocks and the estimates of two years, not the estimates
                 * of the years between.
                 */
                private void stockYears(Record<String, Estimate> record, SeriesKey series, int changedYear, Map<Integer, SeriesPoint> points,
                                        boolean again) {
                    String prefix = series.encode() + "|";
                    // The keys of a year are "series|year\0statistic": below "series|year" are the earlier years,
                    // past the end of its range the later ones.
                    Integer before = yearOf(datedYears.lower(prefix, new PointKey(series, changedYear).encode()));
                    Integer after = yearOf(datedYears.higher(prefix, KeyRange.startingWith(yearPrefix(series, changedYear)).to()));
                    List<SeriesEntry> entriesOfYear = entries(series, changedYear);
                    int last = after == null ? changedYear : after;
                    for (int year = before == null ? changedYear : before + 1; year <= last; year++) {
                        List<SeriesEntry> dated = year == changedYear ? entriesOfYear
                                : after != null && year == after ? entries(series, after) : List.of();
                        SeriesPoint now = yearly.stockPoint(year, dated, point(points, series, year - 1),
                                datedLater(year, changedYear, !entriesOfYear.isEmpty(), after));
                        publish(record, series, year, now, points, again);
                    }
                }

                /** Whether a year after this one has a stock dated in it: the changed year (if it still has one), else the next. */
                private static boolean datedLater(int year, int changedYear, boolean changedYearDated, Integer after) {
                    return year < changedYear && changedYearDated || after != null && year < after;
                }

                /** The year of a key of {@link #YEARS_STORE} ({@code series|year\0statistic}). */
                private static Integer yearOf(String entryKey) {
                    return entryKey == null ? null : PointKey.parse(entryKey.substring(0, entryKey.indexOf('\u0000'))).year();
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

                /** Publishes a year's point if it differs from the one last published, or {@code again}: as it stands. */
                private void publish(Record<String, Estimate> record, SeriesKey series, int year, SeriesPoint now,
                                     Map<Integer, SeriesPoint> points, boolean again) {
                    if (!again && Objects.equals(point(points, series, year), now)) {
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
