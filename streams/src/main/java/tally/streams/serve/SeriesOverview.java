package tally.streams.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.consolidate.SeriesPoint;
import tally.stats.json.NumberAsWritten;

/**
 * One series at a glance, as {@code /api/overview} gives it: what the dashboard's overview row, its
 * sparkline and the world map need, a small part of the whole series ({@code /api/series}), so that
 * the first view of the page waits on a small answer.
 *
 * @param points   how many years the series has
 * @param sources  the most sources behind any of its points
 * @param latest   the point of its latest year (value, low, high, per 100,000, change, ...)
 * @param previous the value of the year before the latest, null when that year has no point
 * @param fromYear the first year of {@code values} and {@code per100k}
 * @param values   each year's value from {@code fromYear} to the latest year, null for a year without a point
 * @param per100k  each year's value per 100,000 inhabitants likewise, null without a point or a population
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SeriesOverview(String key, Category category, Metric metric, String place, String subdivision, Kind kind,
                             Definition definition, int points, int sources, SeriesPoint latest,
                             @JsonSerialize(using = NumberAsWritten.class) Double previous, int fromYear,
                             @JsonSerialize(contentUsing = NumberAsWritten.class) List<Double> values,
                             @JsonSerialize(contentUsing = NumberAsWritten.class) List<Double> per100k) {

    /** @param series a series with its points sorted by year (as {@code /api/series} gives them) */
    static SeriesOverview of(QueryApi.Series series) {
        List<SeriesPoint> points = series.points();
        SeriesPoint latest = series.latest();
        int fromYear = points.get(0).year();
        Double[] values = new Double[latest.year() - fromYear + 1];
        Double[] per100k = new Double[values.length];
        int sources = 0;
        for (SeriesPoint p : points) {
            values[p.year() - fromYear] = p.value();
            per100k[p.year() - fromYear] = p.per100k();
            sources = Math.max(sources, p.sources());
        }
        Double previous = values.length > 1 ? values[values.length - 2] : null;
        return new SeriesOverview(series.key(), series.category(), series.metric(), series.place(), series.subdivision(),
                series.kind(), series.definition(), points.size(), sources, latest, previous, fromYear,
                new ArrayList<>(Arrays.asList(values)), new ArrayList<>(Arrays.asList(per100k)));
    }
}
