package tally.stats.consolidate;

import java.time.LocalDate;
import tally.stats.Metric;

/** The key of weekly mentions, {@code deaths|MX|2012-09-17}, and its parts. */
public record MentionKey(Metric metric, String place, LocalDate weekStart) {

    public String key() {
        return metric.json() + "|" + (place == null ? "-" : place) + "|" + weekStart;
    }

    /** The series of the same metric and place: mentions are partitioned with it. */
    public String seriesKey() {
        return StatisticKey.seriesKey(metric, place);
    }

    public static MentionKey parse(String key) {
        String[] p = key.split("\\|");
        return new MentionKey(Metric.of(p[0]), p[1].equals("-") ? null : p[1], LocalDate.parse(p[2]));
    }

    public Mentions mentions(MentionCounts counts) {
        return new Mentions(Mentions.SCHEMA, metric, place, weekStart, weekStart.plusDays(6), counts.figures(), counts.articles());
    }
}
