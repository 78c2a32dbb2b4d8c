package tally.stats.consolidate;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import tally.stats.Basis;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.json.NumberAsWritten;

/**
 * What a yearly series needs of one estimate: a small fraction of the estimate (no article list),
 * since a series aggregate holds every estimate of a series and year and is rewritten on each
 * change of any of them.
 */
public record SeriesEntry(String statistic, Category category, Metric metric, String place, String subdivision, Kind kind,
                          Definition definition, Period period, Basis basis,
                          @JsonSerialize(using = NumberAsWritten.class) double best,
                          @JsonSerialize(using = NumberAsWritten.class) Double low,
                          @JsonSerialize(using = NumberAsWritten.class) Double high,
                          @JsonSerialize(using = NumberAsWritten.class) Double perYear, int sources) {

    public static SeriesEntry of(Estimate e) {
        return new SeriesEntry(e.statistic(), e.category(), e.metric(), e.place(), e.subdivision(), e.kind(), e.definition(),
                e.period(), e.basis(), e.best(), e.low(), e.high(), e.perYear(), e.sources());
    }

    public SeriesKey series() {
        return new SeriesKey(metric, place, subdivision, kind, definition);
    }
}
