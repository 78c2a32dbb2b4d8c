package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tally.stats.Basis;
import tally.stats.normalize.Normalization;

/**
 * A country's yearly series for a metric from its estimates. A year reported as such (an
 * estimate over exactly that calendar year, or a yearly rate for it) is taken directly;
 * otherwise the year takes the median yearly rate of the estimates whose period overlaps it
 * ("more than 35,000 since late 2006" contributes about 6,100 to each year from 2006 to 2012).
 * A year's point depends only on the estimates that touch that year (and its change on the
 * previous year's value), so a stream can recompute just the years an estimate touches.
 */
public final class YearlySeries {

    private final Normalization normalization;

    public YearlySeries(Normalization normalization) {
        this.normalization = normalization;
    }

    /** Whether an estimate counts towards a year's point: a calendar-year estimate for its year, a yearly rate for every year it overlaps. */
    public static boolean contributes(SeriesEntry e, int year) {
        if (e.period().isCalendarYear()) {
            return e.period().from().getYear() == year;
        }
        return e.perYear() != null && e.period().from().getYear() <= year && year <= e.period().to().getYear();
    }

    /** Every point of one series (the estimates of one category, metric and place), by year. */
    public List<SeriesPoint> points(Collection<SeriesEntry> estimates) {
        Map<Integer, List<SeriesEntry>> byYear = new TreeMap<>();
        for (SeriesEntry e : estimates) {
            for (int y = e.period().from().getYear(); y <= e.period().to().getYear(); y++) {
                if (contributes(e, y)) {
                    byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        SeriesPoint previous = null;
        for (Map.Entry<Integer, List<SeriesEntry>> year : byYear.entrySet()) {
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
        List<SeriesEntry> direct = contributing.stream().filter(e -> e.period().isCalendarYear()).toList();
        boolean isDirect = !direct.isEmpty();
        List<SeriesEntry> used = isDirect ? direct : contributing;
        // A direct year has one total and perhaps one yearly-rate statistic: prefer the total.
        List<Double> values = new ArrayList<>();
        for (SeriesEntry e : used) {
            values.add(isDirect ? e.best() : e.perYear());
        }
        double value = isDirect ? used.stream().filter(e -> e.basis() == Basis.TOTAL).map(SeriesEntry::best).findFirst()
                .orElse(Consolidation.median(values)) : Consolidation.median(values);
        SeriesEntry any = used.get(0);
        Double per100k = normalization.per100k(value, any.place(), year);
        int sources = used.stream().mapToInt(SeriesEntry::sources).max().orElse(0);
        return new SeriesPoint(SeriesPoint.SCHEMA, any.category(), any.metric(), any.place(), year, value,
                per100k == null ? null : Math.round(per100k * 100) / 100.0, null,
                isDirect ? SeriesPoint.DIRECT : SeriesPoint.ANNUALIZED, used.size(), sources);
    }
}
