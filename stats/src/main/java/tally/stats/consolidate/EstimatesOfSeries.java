package tally.stats.consolidate;

import java.util.Map;
import java.util.TreeMap;

/** The estimates of one series (category, metric, place), by statistic: the aggregate behind yearly series. */
public record EstimatesOfSeries(Map<String, SeriesEntry> byStatistic) {

    public EstimatesOfSeries {
        byStatistic = byStatistic == null ? Map.of() : Map.copyOf(byStatistic);
    }

    public static EstimatesOfSeries empty() {
        return new EstimatesOfSeries(Map.of());
    }

    public EstimatesOfSeries with(SeriesEntry e) {
        Map<String, SeriesEntry> next = new TreeMap<>(byStatistic);
        next.put(e.statistic(), e);
        return new EstimatesOfSeries(next);
    }

    public EstimatesOfSeries without(SeriesEntry e) {
        Map<String, SeriesEntry> next = new TreeMap<>(byStatistic);
        next.remove(e.statistic());
        return new EstimatesOfSeries(next);
    }
}
