package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

class StatisticReportsTest {

    private static final StatisticKey KEY = new StatisticKey(Metric.DEATHS, "MX", Period.year(2010), Basis.TOTAL);

    /**
     * Reports added, replaced (another value, another outlet) and withdrawn one at a time, as the
     * topology applies them, always summarise to what all the current reports give at once.
     */
    @Test
    void changesOneReporterAtATimeGiveTheSameSummaryAsAllReportsAtOnce() {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Report> current = new TreeMap<>();
        Map<String, ReporterReports> byReporter = new HashMap<>();
        StatisticReports summary = StatisticReports.empty(KEY);
        AtomicInteger rescans = new AtomicInteger();
        Qualifier[] qualifiers = Qualifier.values();
        for (int step = 0; step < 4_000; step++) {
            String figureId = "f" + random.nextInt(400);
            Report old = current.get(figureId);
            if (old != null) {
                summary = apply(summary, byReporter, old.reporter(), r -> r.without(figureId), rescans);
                current.remove(figureId);
            }
            if (random.nextInt(4) > 0) {
                // Sources null for some articles: each is its own reporter; an article keeps its outlet.
                int article = random.nextInt(120);
                String source = article % 5 == 0 ? null : "Outlet " + article % 7;
                Report r = new Report(figureId, "a" + article, source, 100 + random.nextInt(50),
                        qualifiers[random.nextInt(qualifiers.length)], LocalDate.of(2011, 1, 1).plusDays(random.nextInt(300)));
                summary = apply(summary, byReporter, r.reporter(), rr -> rr.with(r), rescans);
                current.put(figureId, r);
            }
            assertEquals(StatisticReports.of(KEY, current.values()), summary, "after step " + step);
        }
        assertTrue(rescans.get() > 0 && rescans.get() < 2_000, "the first articles were looked up again only when one of them left: " + rescans);
    }

    @Test
    void theEstimateOfASummaryCountsEachOutletOnce() {
        Consolidation consolidation = new Consolidation(new tally.stats.normalize.Normalization(tally.stats.normalize.Population.shipped()));
        List<Report> reports = List.of(
                new Report("f1", "a1", "A", 100, Qualifier.EXACT, LocalDate.of(2011, 1, 3)),
                new Report("f2", "a2", "A", 120, Qualifier.EXACT, LocalDate.of(2011, 1, 1)),
                new Report("f3", "a3", "B", 130, Qualifier.EXACT, LocalDate.of(2011, 2, 1)),
                new Report("f4", "a3", "B", 90, Qualifier.AT_LEAST, LocalDate.of(2011, 2, 1)),
                new Report("f5", "a4", null, 500, Qualifier.AT_MOST, null));
        Estimate e = consolidation.estimate(KEY, reports);
        assertEquals(120, e.best(), "median of A's 110 and B's 130");
        assertEquals(90, e.low());
        assertEquals(500, e.high());
        assertEquals(3, e.sources(), "A, B and the article without an outlet");
        assertEquals(4, e.articleCount());
        assertEquals(5, e.figures());
        assertEquals(LocalDate.of(2011, 1, 1), e.firstReported());
        assertEquals(LocalDate.of(2011, 2, 1), e.lastReported());
        assertEquals(List.of("a1", "a2", "a3", "a4"), e.articles());
    }

    private static StatisticReports apply(StatisticReports summary, Map<String, ReporterReports> byReporter, String reporter,
                                          java.util.function.UnaryOperator<ReporterReports> change, AtomicInteger rescans) {
        ReporterReports before = byReporter.getOrDefault(reporter, ReporterReports.empty());
        ReporterReports after = change.apply(before);
        if (after.isEmpty()) {
            byReporter.remove(reporter);
        } else {
            byReporter.put(reporter, after);
        }
        return summary.with(reporter, before, after, () -> {
            rescans.incrementAndGet();
            return byReporter.values().stream().flatMap(r -> r.articles().stream());
        });
    }
}
