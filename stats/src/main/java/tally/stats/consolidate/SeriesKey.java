package tally.stats.consolidate;

import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;

/**
 * A series: one metric of one kind and definition in one area (a country, or one of its ISO
 * 3166-2 subdivisions), {@code violence|deaths|MX|flow|organized_crime} or
 * {@code violence|deaths|MX-CHH|flow|unspecified}. Flows, stocks, running tallies, incidents and
 * each definition are series of their own, and a country's series never includes its
 * subdivisions'. The {@code key} of a series in {@code /api/series}.
 *
 * @param place       ISO country code, or null for figures without a place (encoded {@code -})
 * @param subdivision ISO 3166-2 code inside {@code place}, or null for the whole country
 */
public record SeriesKey(Metric metric, String place, String subdivision, Kind kind, Definition definition) {

    private static final String NO_PLACE = "-";

    /** The area a statistic is of, as keys write it: the subdivision, else the country, else {@code -}. */
    static String area(String place, String subdivision) {
        return subdivision != null ? subdivision : place == null ? NO_PLACE : place;
    }

    /** The country of an area written by {@link #area}: {@code MX} of {@code MX-CHH}, null of {@code -}. */
    static String placeOf(String area) {
        int dash = area.indexOf('-');
        return area.equals(NO_PLACE) ? null : dash > 0 ? area.substring(0, dash) : area;
    }

    /**
     * The key every series, statistic and week of a metric in a country is partitioned by,
     * {@code violence|deaths|MX}: all of a country's kinds, definitions and subdivisions are in one
     * task, and the key is the partition key of the application's schema-1 releases.
     */
    public static String route(Metric metric, String place) {
        return metric.category().json() + "|" + metric.json() + "|" + (place == null ? NO_PLACE : place);
    }

    public String route() {
        return route(metric, place);
    }

    public String area() {
        return area(place, subdivision);
    }

    public String encode() {
        return metric.category().json() + "|" + metric.json() + "|" + area() + "|" + kind.json() + "|" + definition.json();
    }

    /**
     * The series named by a key.
     *
     * @throws IllegalArgumentException saying what is wrong with the key
     */
    public static SeriesKey parse(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("a series is category|metric|area|kind|definition, e.g. violence|deaths|MX|flow|unspecified; got '"
                    + key + "'");
        }
        return of(parts, key);
    }

    /** The series from the first five parts of a key (a point's too). */
    static SeriesKey of(String[] parts, String key) {
        Metric m = Metric.of(parts[1]);
        if (!m.category().json().equals(parts[0])) {
            throw new IllegalArgumentException("metric " + parts[1] + " is in category " + m.category().json() + ", not '" + parts[0]
                    + "', in '" + key + "'");
        }
        if (parts[2].isEmpty()) {
            throw new IllegalArgumentException("the area of a series is missing in '" + key + "' (- for none)");
        }
        String place = placeOf(parts[2]);
        Definition definition = Definition.of(parts[4]);
        if (!definition.appliesTo(m)) {
            throw new IllegalArgumentException("definition " + parts[4] + " does not apply to metric " + parts[1] + " in '" + key + "'");
        }
        return new SeriesKey(m, place, place == null || place.equals(parts[2]) ? null : parts[2], Kind.of(parts[3]), definition);
    }
}
