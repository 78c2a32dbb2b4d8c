package tally.stats.consolidate;

import tally.stats.Basis;
import tally.stats.Figure;
import tally.stats.Metric;
import tally.stats.Period;

/**
 * What a figure is a report of: the same metric, place, period and basis reported by many
 * outlets is one statistic. Its text form is the key of {@code tally.estimates}:
 * {@code deaths|MX|2010-01-01|2010-12-31|total}.
 */
public record StatisticKey(Metric metric, String place, Period period, Basis basis) {

    /** The statistic of a figure, or null when the figure has no place or no period to consolidate on. */
    public static StatisticKey of(Figure f) {
        return f.place() == null || f.period() == null ? null : new StatisticKey(f.metric(), f.place(), f.period(), f.basis());
    }

    public String key() {
        return metric.json() + "|" + place + "|" + period.from() + "|" + period.to() + "|" + basis.json();
    }

    /** The key of the yearly series this statistic belongs to: {@code violence|deaths|MX}. */
    public String seriesKey() {
        return metric.category().json() + "|" + metric.json() + "|" + place;
    }
}
