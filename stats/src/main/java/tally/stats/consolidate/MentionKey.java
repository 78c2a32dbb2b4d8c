package tally.stats.consolidate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tally.stats.Metric;

/**
 * The key of weekly mentions, {@code deaths|MX|2012-09-17} (place {@code -} for figures without
 * one), and its parts.
 */
public record MentionKey(Metric metric, String place, LocalDate weekStart) {

    private static final String NO_PLACE = "-";

    public String encode() {
        return weeksOf(metric, place) + "|" + weekStart;
    }

    /** What the keys of every week of one metric and place start with (before their {@code |week}). */
    public static String weeksOf(Metric metric, String place) {
        return metric.json() + "|" + (place == null ? NO_PLACE : place);
    }

    /** The partition key of the same metric and place ({@link SeriesKey#route}): mentions are partitioned with its series. */
    public String route() {
        return SeriesKey.route(metric, place);
    }

    /**
     * The week named by a key of {@code tally.mentions.weekly}.
     *
     * @throws IllegalArgumentException saying what is wrong with the key
     */
    public static MentionKey parse(String key) {
        String[] p = key.split("\\|", -1);
        if (p.length != 3 || p[1].isEmpty()) {
            throw new IllegalArgumentException("a week of mentions is metric|place|weekStart, e.g. deaths|MX|2012-09-17; got '" + key + "'");
        }
        LocalDate weekStart;
        try {
            weekStart = LocalDate.parse(p[2]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the week start of mentions is a date YYYY-MM-DD; got '" + p[2] + "' in '" + key + "'");
        }
        return new MentionKey(Metric.of(p[0]), p[1].equals(NO_PLACE) ? null : p[1], weekStart);
    }

    public Mentions mentions(MentionCounts counts) {
        return new Mentions(Mentions.SCHEMA, metric, place, weekStart, weekStart.plusDays(6), counts.figures(), counts.articles());
    }
}
