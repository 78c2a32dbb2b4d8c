package tally.stats.consolidate;

import java.util.ArrayList;
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
 */
public final class YearlySeries {

    private final Normalization normalization;

    public YearlySeries(Normalization normalization) {
        this.normalization = normalization;
    }

    public List<SeriesPoint> points(EstimatesOfSeries estimates) {
        Map<Integer, List<SeriesEntry>> direct = new TreeMap<>();
        Map<Integer, List<SeriesEntry>> overlapping = new TreeMap<>();
        for (SeriesEntry e : estimates.byStatistic().values()) {
            if (e.period().isCalendarYear()) {
                direct.computeIfAbsent(e.period().from().getYear(), y -> new ArrayList<>()).add(e);
            } else if (e.perYear() != null) {
                for (int y = e.period().from().getYear(); y <= e.period().to().getYear(); y++) {
                    overlapping.computeIfAbsent(y, k -> new ArrayList<>()).add(e);
                }
            }
        }
        TreeMap<Integer, SeriesPoint> points = new TreeMap<>();
        TreeMap<Integer, Object> years = new TreeMap<>();
        direct.keySet().forEach(y -> years.put(y, y));
        overlapping.keySet().forEach(y -> years.put(y, y));
        for (int year : years.keySet()) {
            List<SeriesEntry> used = direct.containsKey(year) ? direct.get(year) : overlapping.get(year);
            boolean isDirect = direct.containsKey(year);
            // A direct year has one total and perhaps one yearly-rate statistic: prefer the total.
            List<Double> values = new ArrayList<>();
            for (SeriesEntry e : used) {
                values.add(isDirect ? e.best() : e.perYear());
            }
            double value = isDirect ? used.stream().filter(e -> e.basis() == Basis.TOTAL).map(SeriesEntry::best).findFirst()
                    .orElse(Consolidation.median(values)) : Consolidation.median(values);
            SeriesEntry any = used.get(0);
            Double per100k = normalization.per100k(value, any.place(), year);
            SeriesPoint previous = points.get(year - 1);
            Double change = previous == null || previous.value() == 0 ? null
                    : Math.round((value - previous.value()) / previous.value() * 1000) / 10.0;
            int sources = used.stream().mapToInt(SeriesEntry::sources).max().orElse(0);
            points.put(year, new SeriesPoint(SeriesPoint.SCHEMA, any.category(), any.metric(), any.place(), year, value,
                    per100k == null ? null : Math.round(per100k * 100) / 100.0, change,
                    isDirect ? SeriesPoint.DIRECT : SeriesPoint.ANNUALIZED, used.size(), sources));
        }
        return List.copyOf(points.values());
    }
}
