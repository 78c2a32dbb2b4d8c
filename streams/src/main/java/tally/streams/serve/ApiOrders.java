package tally.streams.serve;

import java.util.Map;
import tally.stats.consolidate.Alert;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.Report;

/**
 * The fields each list of the API may be sorted by ({@code sort=field}, {@code sort=-field}) and
 * the key each list is in by default; the OpenAPI document takes its {@code sort} values from here.
 */
final class ApiOrders {

    static final ListOrder<Estimate> ESTIMATES = new ListOrder<>("estimates", Map.of(
            "best", Estimate::best, "low", Estimate::low, "high", Estimate::high, "perYear", Estimate::perYear,
            "per100k", Estimate::per100k, "sources", Estimate::sources, "figures", Estimate::figures,
            "from", e -> e.period().from(), "to", e -> e.period().to(), "lastReported", Estimate::lastReported),
            Estimate::statistic);

    /** Series by their latest point (the one the overview shows), their place or their length. */
    static final ListOrder<QueryApi.Series> SERIES = new ListOrder<>("series", Map.of(
            "place", QueryApi.Series::place, "metric", s -> s.metric().json(), "points", s -> s.points().size(),
            "latestYear", s -> s.latest().year(), "latest", s -> s.latest().value(), "latestPer100k", s -> s.latest().per100k(),
            "change", s -> s.latest().change(), "sources", s -> s.latest().sources()),
            QueryApi.Series::key);

    /** Weeks by their start (the cursor is then a week's start, a date) or how much was published. */
    static final ListOrder<Mentions> MENTIONS = new ListOrder<>("mentions", Map.of(
            "weekStart", Mentions::weekStart, "figures", Mentions::figures, "articles", Mentions::articles),
            m -> m.weekStart().toString());

    static final ListOrder<Alert> ALERTS = new ListOrder<>("alerts", Map.of(
            "series", Alert::series, "year", Alert::year, "value", Alert::value, "reason", Alert::reason,
            "change", Alert::change, "previous", Alert::previous),
            Alert::id);

    static final ListOrder<QueryApi.PlaceName> PLACES = new ListOrder<>("places", Map.of(
            "iso", QueryApi.PlaceName::iso, "name", QueryApi.PlaceName::name),
            QueryApi.PlaceName::iso);

    /** An estimate's reports; by default oldest first ({@link #REPORTS_DEFAULT}), as the dashboard lists them. */
    static final ListOrder<Report> REPORTS = new ListOrder<>("reports", Map.of(
            "published", Report::published, "source", Report::source, "value", Report::value,
            "qualifier", r -> r.qualifier().json()),
            Report::figureId);
    static final String REPORTS_DEFAULT = "published";

    private ApiOrders() {
    }
}
