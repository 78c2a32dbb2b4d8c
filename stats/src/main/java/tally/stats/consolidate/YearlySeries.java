package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.stats.Basis;
import tally.stats.Kind;
import tally.stats.Period;
import tally.stats.normalize.Normalization;

/**
 * A series' points by calendar year from its estimates, by kind (a series has one kind):
 *
 * <ul>
 *   <li>flows (and figures of unknown kind, from schema 1): a year reported as such (an estimate over
 *       exactly that calendar year, or a yearly rate for it) is taken directly; otherwise the year
 *       takes the median yearly rate of the estimates whose period overlaps it ({@code annualized});</li>
 *   <li>stocks and running tallies: the latest value at or before the year's end among the
 *       estimates dated in that year, with its date (a tally is never spread over the years it
 *       covers); a tally's increase over the previous year's tally of the same start is its
 *       derived yearly value ({@link SeriesPoint#withChangeFrom});</li>
 *   <li>a stock's year between two years with stocks dated in them carries the latest value
 *       before it, with that value's date ({@link #carried}); a stock is not carried past the
 *       last year with a stock dated in it (nothing says the population is still there), nor
 *       is a running tally (its next year is a new count, not the same one);</li>
 *   <li>incidents: the sum of the year's incidents (by their first day), a series of its own that
 *       never adds into a flow.</li>
 * </ul>
 *
 * A year's point depends only on the estimates that touch that year (and its change on the
 * previous year's point; a carried stock on the years with stocks around it), so a stream can
 * recompute just the years an estimate touches (for a stock: and the years it carries into).
 */
public final class YearlySeries {

    /** Among stocks or tallies of one year: the latest, then the one with most sources, then the smallest key. */
    private static final Comparator<SeriesEntry> LATEST = Comparator.comparing((SeriesEntry e) -> e.period().to())
            .thenComparingInt(SeriesEntry::sources).thenComparing(SeriesEntry::statistic, Comparator.reverseOrder());

    private final Normalization normalization;

    public YearlySeries(Normalization normalization) {
        this.normalization = normalization;
    }

    /** The years an estimate may count in: those of its period for flows, else the year of its date (a stock's or tally's end, an incident's start). */
    public static int firstYear(Kind kind, Period period) {
        return kind == Kind.STOCK || kind == Kind.CUMULATIVE ? period.to().getYear() : period.from().getYear();
    }

    public static int lastYear(Kind kind, Period period) {
        return kind == Kind.INCIDENT ? period.from().getYear() : period.to().getYear();
    }

    /** Whether an estimate counts towards a year's point (one of {@link #firstYear} to {@link #lastYear}). */
    public static boolean contributes(SeriesEntry e, int year) {
        if (year < firstYear(e.kind(), e.period()) || year > lastYear(e.kind(), e.period())) {
            return false;
        }
        if (e.kind() != Kind.FLOW && e.kind() != Kind.UNKNOWN) {
            return true;
        }
        // A flow: a calendar-year estimate for its year, a yearly rate for every year it overlaps.
        return e.period().isCalendarYear() || e.perYear() != null;
    }

    /** Every point of one series (the estimates of one series key), by year. */
    public List<SeriesPoint> points(Collection<SeriesEntry> estimates) {
        Map<Integer, List<SeriesEntry>> byYear = new TreeMap<>();
        for (SeriesEntry e : estimates) {
            for (int y = firstYear(e.kind(), e.period()); y <= lastYear(e.kind(), e.period()); y++) {
                if (contributes(e, y)) {
                    byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        SeriesPoint previous = null;
        for (Map.Entry<Integer, List<SeriesEntry>> year : byYear.entrySet()) {
            for (int y = previous == null ? year.getKey() : previous.year() + 1; carries(previous, y) && y < year.getKey(); y++) {
                previous = carried(y, previous).withChangeFrom(previous);
                points.add(previous);
            }
            SeriesPoint p = point(year.getKey(), year.getValue()).withChangeFrom(previous);
            points.add(p);
            previous = p;
        }
        return List.copyOf(points);
    }

    /**
     * The point of one year from the estimates that contribute to it (see {@link #contributes}),
     * without its change against the previous year ({@link SeriesPoint#withChangeFrom}).
     */
    public SeriesPoint point(int year, List<SeriesEntry> contributing) {
        SeriesEntry any = contributing.get(0);
        return switch (any.kind()) {
            case STOCK, CUMULATIVE -> {
                SeriesEntry latest = contributing.stream().max(LATEST).orElseThrow();
                Double per100k = any.kind() == Kind.STOCK ? normalization.per100k(latest.best(), any.series().area(), year) : null;
                yield point(year, latest, latest.best(), ValueRange.of(latest), per100k, SeriesPoint.LATEST, contributing.size(),
                        latest.sources());
            }
            case INCIDENT -> {
                double sum = contributing.stream().mapToDouble(SeriesEntry::best).sum();
                yield point(year, any, sum, ValueRange.sum(contributing.stream().map(ValueRange::of).toList()),
                        normalization.per100k(sum, any.series().area(), year), SeriesPoint.INCIDENTS, contributing.size(), contributing.stream().mapToInt(SeriesEntry::sources).max().orElse(0));
            }
            default -> flowPoint(year, contributing);
        };
    }

    /** Whether the point of a year (with no stock dated in it, before a year with one) carries {@code previous}, the year before's point. */
    private static boolean carries(SeriesPoint previous, int year) {
        return previous != null && previous.kind() == Kind.STOCK && previous.year() == year - 1;
    }

    /**
     * A stock's point of a year, with its change: from the stocks dated in that year ({@code dated},
     * perhaps none), else carried from the year before's point ({@code previous}, perhaps null) when
     * a later year has a stock dated in it ({@code datedLater}), else none (null).
     */
    public SeriesPoint stockPoint(int year, Collection<SeriesEntry> dated, SeriesPoint previous, boolean datedLater) {
        if (!dated.isEmpty()) {
            return point(year, List.copyOf(dated)).withChangeFrom(previous);
        }
        return datedLater && carries(previous, year) ? carried(year, previous).withChangeFrom(previous) : null;
    }

    /**
     * The point of a stock's year with no stock dated in it, between two that have one: the value
     * of the year before ({@code previous}: its latest value, or the value it carries), with its
     * date, flagged {@link SeriesPoint#CARRIED}; without its change ({@link SeriesPoint#withChangeFrom}).
     */
    SeriesPoint carried(int year, SeriesPoint previous) {
        Double per100k = normalization.per100k(previous.value(), previous.series().area(), year);
        return new SeriesPoint(SeriesPoint.SCHEMA, previous.category(), previous.metric(), previous.place(), previous.subdivision(),
                previous.kind(), previous.definition(), year, previous.value(), per100k == null ? null : Math.round(per100k * 100) / 100.0,
                null, SeriesPoint.CARRIED, previous.asOf(), null, null, null, previous.estimates(), previous.sources(), previous.low(),
                previous.high());
    }

    private SeriesPoint flowPoint(int year, List<SeriesEntry> contributing) {
        List<SeriesEntry> direct = contributing.stream().filter(e -> e.period().isCalendarYear()).toList();
        boolean isDirect = !direct.isEmpty();
        List<SeriesEntry> used = isDirect ? direct : contributing;
        // A direct year has one total and perhaps one yearly-rate statistic: prefer the total.
        List<Double> values = new ArrayList<>();
        for (SeriesEntry e : used) {
            values.add(isDirect ? e.best() : e.perYear());
        }
        SeriesEntry total = isDirect ? used.stream().filter(e -> e.basis() == Basis.TOTAL).findFirst().orElse(null) : null;
        double value = total != null ? total.best() : Consolidation.median(values);
        // The range follows the value: the total's own, else the span of the values the median is taken from.
        ValueRange range = total != null ? ValueRange.of(total)
                : ValueRange.span(used.stream().map(isDirect ? ValueRange::of : ValueRange::perYear).toList());
        SeriesEntry any = used.get(0);
        int sources = used.stream().mapToInt(SeriesEntry::sources).max().orElse(0);
        return point(year, any, value, range, normalization.per100k(value, any.series().area(), year),
                isDirect ? SeriesPoint.DIRECT : SeriesPoint.ANNUALIZED, used.size(), sources);
    }

    /** A point of {@code entry}'s series; a stock's or tally's entry also gives its date (and a tally its start). */
    private static SeriesPoint point(int year, SeriesEntry entry, double value, ValueRange range, Double per100k, String derivation,
                                     int estimates, int sources) {
        boolean dated = entry.kind() == Kind.STOCK || entry.kind() == Kind.CUMULATIVE;
        return new SeriesPoint(SeriesPoint.SCHEMA, entry.category(), entry.metric(), entry.place(), entry.subdivision(), entry.kind(),
                entry.definition(), year, value, per100k == null ? null : Math.round(per100k * 100) / 100.0, null, derivation,
                dated ? entry.period().to() : null, entry.kind() == Kind.CUMULATIVE ? entry.period().from() : null, null, null,
                estimates, sources, range.low(), range.high());
    }
}
