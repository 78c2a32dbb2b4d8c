package tally.stats.consolidate;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One reporter's reports of one statistic, by figure id: what Kafka Streams keeps per (statistic,
 * reporter). An outlet reports a statistic a handful of times, so this stays small however often
 * the statistic is in the news; the statistic itself keeps only a summary per reporter
 * ({@link StatisticReports}).
 */
public record ReporterReports(Map<String, Report> byFigure) {

    public ReporterReports {
        byFigure = byFigure == null ? Map.of() : Map.copyOf(byFigure);
    }

    public static ReporterReports empty() {
        return new ReporterReports(Map.of());
    }

    public ReporterReports with(Report r) {
        Map<String, Report> next = new TreeMap<>(byFigure);
        next.put(r.figureId(), r);
        return new ReporterReports(next);
    }

    public ReporterReports without(String figureId) {
        if (!byFigure.containsKey(figureId)) {
            return this;
        }
        Map<String, Report> next = new TreeMap<>(byFigure);
        next.remove(figureId);
        return new ReporterReports(next);
    }

    public boolean isEmpty() {
        return byFigure.isEmpty();
    }

    public SortedSet<String> articles() {
        SortedSet<String> articles = new TreeSet<>();
        byFigure.values().forEach(r -> articles.add(r.articleId()));
        return articles;
    }
}
