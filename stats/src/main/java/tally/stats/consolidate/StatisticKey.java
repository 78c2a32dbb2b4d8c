package tally.stats.consolidate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    /**
     * The statistic named by a key of {@code tally.estimates}.
     *
     * @throws IllegalArgumentException saying what is wrong with the key
     */
    public static StatisticKey parse(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("a statistic is metric|place|from|to|basis, e.g. deaths|MX|2010-01-01|2010-12-31|total; got '" + key + "'");
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(parts[2]);
            to = LocalDate.parse(parts[3]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the period of a statistic is two dates YYYY-MM-DD; got '" + parts[2] + "' and '" + parts[3] + "'");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period of a statistic ends before it starts: " + parts[2] + " to " + parts[3]);
        }
        if (parts[1].isEmpty()) {
            throw new IllegalArgumentException("the place of a statistic is missing in '" + key + "'");
        }
        return new StatisticKey(Metric.of(parts[0]), parts[1], new Period(from, to), Basis.of(parts[4]));
    }

    public String encode() {
        return metric.json() + "|" + place + "|" + period.from() + "|" + period.to() + "|" + basis.json();
    }

    /** The yearly series this statistic belongs to. */
    public SeriesKey series() {
        return new SeriesKey(metric, place);
    }
}
