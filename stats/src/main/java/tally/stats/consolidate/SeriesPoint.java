package tally.stats.consolidate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import tally.stats.Category;
import tally.stats.Metric;
import tally.stats.json.NumberAsWritten;

/**
 * One year of a country's series for a metric. Value of {@code tally.series.yearly}.
 *
 * @param value      the best estimate for the calendar year
 * @param derivation {@code direct} when reported for that calendar year, {@code annualized} when
 *                   derived from totals over longer or shorter periods (the median of their yearly rates)
 * @param change     percent change against the previous year's value, null without one
 * @param estimates  statistics behind the value
 */
@JsonPropertyOrder({"schema", "category", "metric", "place", "year", "value", "per100k", "change", "derivation",
        "estimates", "sources"})
public record SeriesPoint(int schema, Category category, Metric metric, String place, int year,
                          @JsonSerialize(using = NumberAsWritten.class) double value,
                          Double per100k, Double change, String derivation, int estimates, int sources) {

    public static final int SCHEMA = 1;
    public static final String DIRECT = "direct";
    public static final String ANNUALIZED = "annualized";

    /**
     * This point with its change against the previous year's point: percent, one decimal; null
     * when there is no point for the year before or its value is zero.
     */
    public SeriesPoint withChangeFrom(SeriesPoint previous) {
        Double change = previous == null || previous.year() != year - 1 || previous.value() == 0 ? null
                : Math.round((value - previous.value()) / previous.value() * 1000) / 10.0;
        return new SeriesPoint(schema, category, metric, place, year, value, per100k, change, derivation, estimates, sources);
    }

    /** Its key in {@code tally.series.yearly}. */
    public PointKey key() {
        return new PointKey(new SeriesKey(metric, place), year);
    }
}
