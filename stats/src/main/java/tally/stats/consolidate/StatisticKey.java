package tally.stats.consolidate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Figure;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;

/**
 * What a figure is a report of: the same metric, area, period, basis, kind and definition reported
 * by many outlets is one statistic; two kinds or two definitions are never one. Its text form is
 * the key of {@code tally.estimates}, {@code metric|area|from|to|basis|kind|definition}:
 * {@code deaths|MX|2010-01-01|2010-12-31|total|flow|organized_crime}; the area is the ISO 3166-2
 * subdivision when the figure has one ({@code deaths|MX-CHH|...}), a statistic apart from its
 * country's. An incident, one event reported on several days, adds the id of its first report:
 * {@code deaths|MX-TAM|2010-08-24|2010-08-27|total|incident|unspecified|2f0c...} (see {@link Incidents}).
 *
 * @param subdivision ISO 3166-2 code inside {@code place}, or null
 * @param event       the incident's id, null for every other kind and for one figure's report of an incident
 */
public record StatisticKey(Metric metric, String place, String subdivision, Period period, Basis basis, Kind kind,
                           Definition definition, String event) {

    /** The statistic of a figure, or null when the figure has no place or no period to consolidate on, or is a part of another. */
    public static StatisticKey of(Figure f) {
        // One massacre is one event however outlets word it ("asesinados", "killed by a cartel"): an
        // incident's definition stays on its figures (provenance), not in its statistic.
        Definition definition = f.kind() == Kind.INCIDENT ? Definition.UNSPECIFIED : f.definition();
        // "58 men and 14 women" after "72 bodies": parts of the 72, not reports of it (nor events of their own).
        return f.place() == null || f.period() == null || f.part() ? null
                : new StatisticKey(f.metric(), f.place(), f.subdivision(), f.period(), f.basis(), f.kind(), definition, null);
    }

    /**
     * The statistic named by a key of {@code tally.estimates}.
     *
     * @throws IllegalArgumentException saying what is wrong with the key
     */
    public static StatisticKey parse(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 7 && parts.length != 8) {
            throw new IllegalArgumentException("a statistic is metric|area|from|to|basis|kind|definition, e.g. "
                    + "deaths|MX|2010-01-01|2010-12-31|total|flow|unspecified (|event for an incident); got '" + key + "'");
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
        if (parts[1].isEmpty() || SeriesKey.placeOf(parts[1]) == null) {
            throw new IllegalArgumentException("the place of a statistic is missing in '" + key + "'");
        }
        Metric metric = Metric.of(parts[0]);
        Kind kind = Kind.of(parts[5]);
        if (parts.length == 8 && (kind != Kind.INCIDENT || parts[7].isEmpty())) {
            throw new IllegalArgumentException("only an incident ends with an event id; got '" + key + "'");
        }
        SeriesKey series = SeriesKey.of(new String[] {metric.category().json(), parts[0], parts[1], parts[5], parts[6]}, key);
        return new StatisticKey(metric, series.place(), series.subdivision(), new Period(from, to), Basis.of(parts[4]), kind,
                series.definition(), parts.length == 8 ? parts[7] : null);
    }

    public String encode() {
        return metric.json() + "|" + area() + "|" + period.from() + "|" + period.to() + "|" + basis.json() + "|" + kind.json() + "|"
                + definition.json() + (event == null ? "" : "|" + event);
    }

    /** The subdivision, else the country. */
    public String area() {
        return SeriesKey.area(place, subdivision);
    }

    /** The series this statistic belongs to. */
    public SeriesKey series() {
        return new SeriesKey(metric, place, subdivision, kind, definition);
    }
}
