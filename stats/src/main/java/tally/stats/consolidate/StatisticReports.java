package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reports of one statistic as consolidation weighs them, in a fixed size however many reports,
 * outlets or articles are behind it: what Kafka Streams keeps per statistic (kept up to date one
 * report at a time by {@link ReportLedger}) and what {@link Consolidation#estimate(StatisticReports)}
 * computes the estimate from.
 *
 * @param sources       reporters (outlets; an article without an outlet is its own)
 * @param figures       reports (one per figure id)
 * @param articleCount  articles, counted per reporter
 * @param points        each reporter's value (the median of its point reports), keyed by reporter
 * @param lowers        the "more than" reports, {@code uppers} the "fewer than" ones, keyed by figure (extremes only)
 * @param dates         publication dates (as epoch days) of the reports that have one, keyed by figure (extremes only)
 * @param firstArticles the first {@link Consolidation#MAX_ARTICLES} article ids behind it, sorted
 */
public record StatisticReports(StatisticKey statistic, int sources, int figures, int articleCount, Ranked points,
                               Ranked lowers, Ranked uppers, Ranked dates, List<String> firstArticles) {

    public StatisticReports {
        points = points == null ? Ranked.EMPTY : points;
        lowers = lowers == null ? Ranked.EXTREMES : lowers;
        uppers = uppers == null ? Ranked.EXTREMES : uppers;
        dates = dates == null ? Ranked.EXTREMES : dates;
        firstArticles = firstArticles == null ? List.of() : List.copyOf(firstArticles);
    }

    public static StatisticReports empty(StatisticKey statistic) {
        return new StatisticReports(statistic, 0, 0, 0, Ranked.EMPTY, Ranked.EXTREMES, Ranked.EXTREMES, Ranked.EXTREMES, List.of());
    }

    /** All the reports of a statistic at once (any order, one per figure id): the batch model's way to the same summary. */
    public static StatisticReports of(StatisticKey statistic, Collection<Report> reports) {
        Set<String> reporters = new HashSet<>();
        Set<List<String>> reporterArticles = new HashSet<>();
        TreeSet<String> articles = new TreeSet<>(LedgerKeys.ORDER);
        for (Report r : reports) {
            reporters.add(r.reporter());
            reporterArticles.add(List.of(r.reporter(), r.articleId()));
            articles.add(r.articleId());
        }
        RankedKeys keys = RankedKeys.of(reports);
        return new StatisticReports(statistic, reporters.size(), reports.size(), reporterArticles.size(),
                Ranked.of(keys.points(), Ranked.EMPTY), Ranked.of(keys.lowers(), Ranked.EXTREMES), Ranked.of(keys.uppers(), Ranked.EXTREMES),
                Ranked.of(keys.dates(), Ranked.EXTREMES),
                articles.stream().limit(Consolidation.MAX_ARTICLES).toList());
    }

    /**
     * The keys behind the {@link Ranked} summaries of some reports, as {@link Ranked#key} makes them:
     * each reporter's value (the median of its point reports, by reporter), the lower and upper
     * bounds and the dates (by figure).
     */
    record RankedKeys(List<String> points, List<String> lowers, List<String> uppers, List<String> dates) {

        static RankedKeys of(Collection<Report> reports) {
            Map<String, List<Double>> pointsByReporter = new HashMap<>();
            List<String> lowers = new ArrayList<>();
            List<String> uppers = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            for (Report r : reports) {
                String id = LedgerKeys.part(r.figureId());
                switch (r.qualifier()) {
                    case EXACT, APPROXIMATELY -> pointsByReporter.computeIfAbsent(r.reporter(), k -> new ArrayList<>()).add(r.value());
                    case AT_LEAST -> lowers.add(Ranked.key(r.value(), id));
                    case AT_MOST -> uppers.add(Ranked.key(r.value(), id));
                }
                if (r.published() != null) {
                    dates.add(Ranked.key(r.published().toEpochDay(), id));
                }
            }
            List<String> points = new ArrayList<>();
            pointsByReporter.forEach((reporter, values) -> points.add(Ranked.key(Consolidation.median(values), LedgerKeys.part(reporter))));
            return new RankedKeys(points, lowers, uppers, dates);
        }
    }

    public boolean isEmpty() {
        return figures == 0;
    }
}
