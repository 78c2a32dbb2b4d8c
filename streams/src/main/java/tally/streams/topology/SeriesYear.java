package tally.streams.topology;

import java.util.Map;
import java.util.TreeMap;
import tally.stats.consolidate.SeriesEntry;

/** The estimates that count towards one year of a series, by statistic: what that year's point is computed from. */
record SeriesYear(Map<String, SeriesEntry> byStatistic) {

    SeriesYear {
        byStatistic = byStatistic == null ? Map.of() : Map.copyOf(byStatistic);
    }

    /** With the statistic's entry set (entry) or removed (null). */
    SeriesYear with(String statistic, SeriesEntry entry) {
        Map<String, SeriesEntry> next = new TreeMap<>(byStatistic);
        if (entry == null) {
            next.remove(statistic);
        } else {
            next.put(statistic, entry);
        }
        return new SeriesYear(next);
    }
}
