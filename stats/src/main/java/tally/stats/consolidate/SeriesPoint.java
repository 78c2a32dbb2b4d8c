package tally.stats.consolidate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.json.NumberAsWritten;

/**
 * One year of a series. Value of {@code tally.series.yearly}.
 *
 * @param value       flows: the best estimate for the calendar year; stocks and running tallies: the
 *                    latest value at or before the year's end (dated {@code asOf}); incidents: the sum
 *                    of the year's incidents
 * @param derivation  {@code direct} when reported for that calendar year, {@code annualized} when the
 *                    median yearly rate of flows over longer or shorter periods, {@code latest} for a
 *                    stock or tally dated in that year, {@code carried} for a stock's year with none
 *                    dated in it (between two that have one: the latest value before it, dated
 *                    {@code asOf}), {@code incidents} for a sum of incidents
 * @param asOf        the date of a stock's or tally's value, else null
 * @param since       the start of a running tally, else null
 * @param derived     a tally's increase since the previous year's tally of the same start (dated
 *                    {@code derivedFrom}): a yearly value derived from two tallies, null otherwise
 * @param change      percent change against the previous year's value, null without one
 * @param estimates   statistics (incidents) behind the value
 * @param low         the lowest the value could be, from the estimates' lows with the value's own
 *                    arithmetic ({@link ValueRange}); null when open below or from an older state
 * @param high        the highest, likewise; null when open above ("more than" reports only)
 */
@JsonPropertyOrder({"schema", "category", "metric", "place", "subdivision", "kind", "definition", "year", "value", "per100k",
        "change", "derivation", "asOf", "since", "derived", "derivedFrom", "estimates", "sources", "low", "high"})
public record SeriesPoint(int schema, Category category, Metric metric, String place, String subdivision, Kind kind,
                          Definition definition, int year, @JsonSerialize(using = NumberAsWritten.class) double value,
                          Double per100k, Double change, String derivation, LocalDate asOf, LocalDate since,
                          @JsonSerialize(using = NumberAsWritten.class) Double derived, LocalDate derivedFrom,
                          int estimates, int sources, @JsonSerialize(using = NumberAsWritten.class) Double low,
                          @JsonSerialize(using = NumberAsWritten.class) Double high) {

    /**
     * Schema 2 added {@code subdivision}, {@code kind}, {@code definition}, {@code asOf}, {@code since}, {@code derived},
     * {@code derivedFrom}; then {@code low} and {@code high} at the end (null in points computed before them).
     */
    public static final int SCHEMA = 2;
    public static final String DIRECT = "direct";
    public static final String ANNUALIZED = "annualized";
    public static final String LATEST = "latest";
    public static final String CARRIED = "carried";
    public static final String INCIDENTS = "incidents";

    /**
     * This point with its change against the previous year's point: percent, one decimal; null
     * when there is no point for the year before or its value is zero. A tally's point also gets
     * its increase over the previous year's tally when both count from the same start.
     */
    public SeriesPoint withChangeFrom(SeriesPoint previous) {
        boolean consecutive = previous != null && previous.year() == year - 1;
        Double change = !consecutive || previous.value() == 0 ? null
                : Math.round((value - previous.value()) / previous.value() * 1000) / 10.0;
        boolean twoTallies = consecutive && kind == Kind.CUMULATIVE && since != null && since.equals(previous.since());
        return new SeriesPoint(schema, category, metric, place, subdivision, kind, definition, year, value, per100k, change,
                derivation, asOf, since, twoTallies ? value - previous.value() : null, twoTallies ? previous.asOf() : null,
                estimates, sources, low, high);
    }

    /** The value's range. */
    public ValueRange range() {
        return new ValueRange(low, high);
    }

    public SeriesKey series() {
        return new SeriesKey(metric, place, subdivision, kind, definition);
    }

    /** Its key in {@code tally.series.yearly}. */
    public PointKey key() {
        return new PointKey(series(), year);
    }
}
