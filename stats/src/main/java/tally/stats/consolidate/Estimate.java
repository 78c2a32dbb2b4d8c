package tally.stats.consolidate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import tally.stats.Basis;
import tally.stats.Category;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.json.NumberAsWritten;

/**
 * The consolidated value of one statistic across every outlet that reported it, after UCDP's
 * event data: {@code best} a robust central value, {@code low} and {@code high} the lowest and
 * highest reliable reports (qualifier-aware: "more than 35,000" is a lower bound; {@code high}
 * is null when only lower bounds were reported). Value of {@code tally.estimates}.
 *
 * @param sources      distinct outlets
 * @param articles     article ids behind it, sorted, at most {@link Consolidation#MAX_ARTICLES}
 * @param articleCount all of them (counted per outlet: an article has one)
 * @param figures      figures (reports) behind it
 * @param perYear      the best value per year over the period (null for short events)
 * @param per100k      perYear per 100,000 inhabitants (null without population data)
 */
@JsonPropertyOrder({"schema", "statistic", "category", "metric", "place", "period", "basis", "best", "low", "high",
        "perYear", "per100k", "sources", "articleCount", "figures", "firstReported", "lastReported", "articles"})
public record Estimate(
        int schema,
        String statistic,
        Category category,
        Metric metric,
        String place,
        Period period,
        Basis basis,
        @JsonSerialize(using = NumberAsWritten.class) double best,
        @JsonSerialize(using = NumberAsWritten.class) Double low,
        @JsonSerialize(using = NumberAsWritten.class) Double high,
        @JsonSerialize(using = NumberAsWritten.class) Double perYear,
        Double per100k,
        int sources,
        int articleCount,
        int figures,
        LocalDate firstReported,
        LocalDate lastReported,
        List<String> articles) {

    public static final int SCHEMA = 1;
}
