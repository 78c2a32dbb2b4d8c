package tally.stats.consolidate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import tally.stats.Basis;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.json.NumberAsWritten;

/**
 * The consolidated value of one statistic across every outlet that reported it, after UCDP's
 * event data: {@code best} a robust central value, {@code low} and {@code high} the lowest and
 * highest reliable reports (qualifier-aware: "more than 35,000" is a lower bound; {@code high}
 * is null when only lower bounds were reported). Value of {@code tally.estimates}.
 *
 * @param subdivision  ISO 3166-2 code when the statistic is of a subdivision of {@code place}, else null
 * @param kind         flow, stock, cumulative, incident, or unknown (from figures of schema 1)
 * @param disputed     the outlets' values disagree beyond their own bounds ({@link Consolidation#disputed})
 * @param values       when disputed, the values that disagree (at most five, ascending); else empty
 * @param sources      distinct outlets
 * @param articles     article ids behind it, sorted, at most {@link Consolidation#MAX_ARTICLES}
 * @param articleCount all of them (counted per outlet: an article has one)
 * @param figures      figures (reports) behind it
 * @param perYear      the best value per year over the period (null for short events, stocks, tallies and incidents)
 * @param per100k      perYear (of a stock: best) per 100,000 inhabitants (null without population data, as for subdivisions)
 */
@JsonPropertyOrder({"schema", "statistic", "category", "metric", "place", "subdivision", "kind", "definition", "period",
        "basis", "best", "low", "high", "disputed", "values", "perYear", "per100k", "sources", "articleCount", "figures", "firstReported", "lastReported", "articles"})
public record Estimate(
        int schema,
        String statistic,
        Category category,
        Metric metric,
        String place,
        String subdivision,
        Kind kind,
        Definition definition,
        Period period,
        Basis basis,
        @JsonSerialize(using = NumberAsWritten.class) double best,
        @JsonSerialize(using = NumberAsWritten.class) Double low,
        @JsonSerialize(using = NumberAsWritten.class) Double high,
        boolean disputed,
        @JsonSerialize(contentUsing = NumberAsWritten.class) List<Double> values,
        @JsonSerialize(using = NumberAsWritten.class) Double perYear,
        Double per100k,
        int sources,
        int articleCount,
        int figures,
        LocalDate firstReported,
        LocalDate lastReported,
        List<String> articles) {

    /** Schema 2 added {@code subdivision}, {@code kind}, {@code definition}, {@code disputed} and {@code values}. */
    public static final int SCHEMA = 2;

    public Estimate {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
