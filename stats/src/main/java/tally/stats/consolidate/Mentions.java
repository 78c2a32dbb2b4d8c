package tally.stats.consolidate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import tally.stats.Metric;

/**
 * How often a statistic was in the news: figures and articles about a metric and place published
 * in one ISO week (Monday to Sunday). Value of {@code tally.mentions.weekly}.
 */
@JsonPropertyOrder({"schema", "metric", "place", "weekStart", "weekEnd", "figures", "articles"})
public record Mentions(int schema, Metric metric, String place, LocalDate weekStart, LocalDate weekEnd, int figures,
                       int articles) {

    public static final int SCHEMA = 1;

    public static LocalDate weekStart(LocalDate published) {
        return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
