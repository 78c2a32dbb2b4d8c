package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The reports of one statistic, summarised per reporter: the aggregate consolidation keeps per
 * statistic. Its size grows with the number of reporters (outlets), not of reports, so a statistic
 * in the news for years costs the same to update on its ten-thousandth report as on its tenth.
 * The reports themselves are kept per reporter ({@link ReporterReports}).
 *
 * @param firstArticles the first {@link Consolidation#MAX_ARTICLES} article ids behind it, sorted
 */
public record StatisticReports(StatisticKey statistic, Map<String, ReporterSummary> byReporter, List<String> firstArticles) {

    public StatisticReports {
        byReporter = byReporter == null ? Map.of() : Map.copyOf(byReporter);
        firstArticles = firstArticles == null ? List.of() : List.copyOf(firstArticles);
    }

    public static StatisticReports empty(StatisticKey statistic) {
        return new StatisticReports(statistic, Map.of(), List.of());
    }

    /** All the reports of a statistic at once (any order, one per figure id). */
    public static StatisticReports of(StatisticKey statistic, Collection<Report> reports) {
        Map<String, List<Report>> byReporter = new HashMap<>();
        SortedSet<String> articles = new TreeSet<>();
        for (Report r : reports) {
            byReporter.computeIfAbsent(r.reporter(), k -> new ArrayList<>()).add(r);
            articles.add(r.articleId());
        }
        Map<String, ReporterSummary> summaries = new TreeMap<>();
        byReporter.forEach((reporter, own) -> summaries.put(reporter, ReporterSummary.of(own)));
        return new StatisticReports(statistic, summaries, articles.stream().limit(Consolidation.MAX_ARTICLES).toList());
    }

    /**
     * With one reporter's reports changed from {@code before} to {@code after} (either may be empty).
     *
     * @param allArticles every article id of the statistic after the change, asked for only when an
     *                    article among the first ones left and others may take its place
     */
    public StatisticReports with(String reporter, ReporterReports before, ReporterReports after,
                                 Supplier<Stream<String>> allArticles) {
        Map<String, ReporterSummary> next = new TreeMap<>(byReporter);
        if (after.isEmpty()) {
            next.remove(reporter);
        } else {
            next.put(reporter, ReporterSummary.of(after.byFigure().values()));
        }
        SortedSet<String> now = after.articles();
        SortedSet<String> left = before.articles();
        left.removeAll(now);
        TreeSet<String> first = new TreeSet<>(firstArticles);
        List<String> kept;
        if (first.removeAll(left)) {
            // One of the first articles left: the next ones are among all the others (rare for a large statistic).
            kept = allArticles.get().distinct().sorted().limit(Consolidation.MAX_ARTICLES).toList();
        } else {
            first.addAll(now);
            kept = first.stream().limit(Consolidation.MAX_ARTICLES).toList();
        }
        return new StatisticReports(statistic, next, kept);
    }

    public boolean isEmpty() {
        return byReporter.isEmpty();
    }
}
