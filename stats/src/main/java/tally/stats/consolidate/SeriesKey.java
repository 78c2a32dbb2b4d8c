package tally.stats.consolidate;

import tally.stats.Metric;

/**
 * A yearly series: one metric in one place, {@code violence|deaths|MX}. The key by which the
 * Streams application partitions every statistic, point and week of the series, and the
 * {@code key} of a series in {@code /api/series}.
 *
 * @param place ISO code, or null for figures without a place (encoded {@code -})
 */
public record SeriesKey(Metric metric, String place) {

    private static final String NO_PLACE = "-";

    public String encode() {
        return metric.category().json() + "|" + metric.json() + "|" + (place == null ? NO_PLACE : place);
    }

    /**
     * The series named by a key.
     *
     * @throws IllegalArgumentException saying what is wrong with the key
     */
    public static SeriesKey parse(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a series is category|metric|place, e.g. violence|deaths|MX; got '" + key + "'");
        }
        return of(parts[0], parts[1], parts[2], key);
    }

    /** The series from the three parts of a key (also the first three of a point's). */
    static SeriesKey of(String category, String metric, String place, String key) {
        Metric m = Metric.of(metric);
        if (!m.category().json().equals(category)) {
            throw new IllegalArgumentException("metric " + metric + " is in category " + m.category().json() + ", not '" + category + "', in '" + key + "'");
        }
        if (place.isEmpty()) {
            throw new IllegalArgumentException("the place of a series is missing in '" + key + "' (- for none)");
        }
        return new SeriesKey(m, place.equals(NO_PLACE) ? null : place);
    }
}
