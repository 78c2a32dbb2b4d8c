package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

class ReportLedgerTest {

    private static final StatisticKey KEY = new StatisticKey(Metric.DEATHS, "MX", null, Period.year(2010), Basis.TOTAL, Kind.FLOW, Definition.UNSPECIFIED, null);

    private final MapStore<Report> reports = new MapStore<>();
    private final MapStore<ReporterSummary> reporters = new MapStore<>();
    private final MapStore<String> order = new MapStore<>();
    private final MapStore<StatisticReports> statistics = new MapStore<>();
    private final ReportLedger ledger = new ReportLedger(reports, reporters, order, statistics);

    private StatisticReports apply(Report r) {
        return ledger.apply(KEY, r.reporter(), r.articleId(), r.figureId(), r);
    }

    private StatisticReports withdraw(Report r) {
        return ledger.apply(KEY, r.reporter(), r.articleId(), r.figureId(), null);
    }

    /**
     * Reports added, replayed, replaced (another value, qualifier or outlet) and withdrawn one at a
     * time, as the topology applies them, always summarise to what all the current reports give at
     * once (the batch model's {@link StatisticReports#of}): every count, median, extreme and the
     * first articles.
     */
    @Test
    void changesOneAtATimeGiveTheSameSummaryAsAllReportsAtOnce() {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Report> current = new TreeMap<>();
        Qualifier[] qualifiers = Qualifier.values();
        for (int step = 0; step < 6_000; step++) {
            String figureId = "f" + random.nextInt(400);
            int article = Integer.parseInt(figureId.substring(1)) % 150;
            Report old = current.get(figureId);
            StatisticReports summary = null;
            if (old != null && random.nextInt(3) == 0) {
                summary = withdraw(old);
                current.remove(figureId);
            } else if (old != null && random.nextInt(3) == 0) {
                summary = apply(old); // the same record again: nothing changes
            } else {
                // Some articles have no outlet (each is its own reporter); an outlet's name may hold the key's separators.
                String source = article % 5 == 0 ? null : random.nextInt(10) == 0 ? "Outlet|\u0000" + article % 3 : "Outlet " + article % 7;
                LocalDate published = random.nextInt(6) == 0 ? null : LocalDate.of(2011, 1, 1).plusDays(random.nextInt(300));
                Report r = new Report(figureId, "a" + article, source, 100 + random.nextInt(50),
                        qualifiers[random.nextInt(qualifiers.length)], published);
                if (old != null && !old.reporter().equals(r.reporter())) {
                    withdraw(old); // a figure that moves to another outlet leaves the first (as SeriesRoutingTopology sends it)
                }
                summary = apply(r);
                current.put(figureId, r);
            }
            if (current.isEmpty()) {
                assertNull(summary, "after step " + step);
            } else {
                assertEquals(StatisticReports.of(KEY, current.values()), summary, "after step " + step);
            }
            if (step % 100 == 0) {
                assertFalse(ledger.repair(KEY), "the summaries agree with the reports after step " + step);
            }
        }
        assertTrue(current.size() > 100, "the run kept many reports: " + current.size());
    }

    @Test
    void oneOutletReportingTenThousandTimesKeepsEveryValueSmall() {
        for (int i = 0; i < 10_000; i++) {
            apply(new Report("f" + i, "a" + i, "Wire", 1_000 + i % 7, i % 10 == 0 ? Qualifier.AT_LEAST : Qualifier.EXACT,
                    LocalDate.of(2011, 1, 1).plusDays(i % 365)));
        }
        StatisticReports summary = statistics.get(KEY.encode());
        assertEquals(10_000, summary.figures());
        assertEquals(10_000, summary.articleCount());
        assertEquals(1, summary.sources());
        assertEquals(Consolidation.MAX_ARTICLES, summary.firstArticles().size());
        assertEquals(1, reporters.map.size(), "one summary per outlet");
        assertEquals(10_000, reports.map.size(), "one key per report");
        int largest = tally.stats.json.JsonSerde.binary(StatisticReports.class).serializer().serialize("t", summary).length;
        assertTrue(largest < 1_500, "the statistic's summary is " + largest + " bytes");
    }

    @Test
    void theEstimateOfASummaryCountsEachOutletOnce() {
        Consolidation consolidation = new Consolidation(new tally.stats.normalize.Normalization(tally.stats.normalize.Population.shipped()));
        List<Report> all = List.of(
                new Report("f1", "a1", "A", 100, Qualifier.EXACT, LocalDate.of(2011, 1, 3)),
                new Report("f2", "a2", "A", 120, Qualifier.EXACT, LocalDate.of(2011, 1, 1)),
                new Report("f3", "a3", "B", 130, Qualifier.EXACT, LocalDate.of(2011, 2, 1)),
                new Report("f4", "a3", "B", 90, Qualifier.AT_LEAST, LocalDate.of(2011, 2, 1)),
                new Report("f5", "a4", null, 500, Qualifier.AT_MOST, null));
        all.forEach(this::apply);
        for (Estimate e : List.of(consolidation.estimate(KEY, all), consolidation.estimate(statistics.get(KEY.encode())))) {
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
    }

    /**
     * The state a restore under at_least_once can leave after a partial write: the reports (the
     * truth) with some summaries and sorted values of an earlier state, some of a later one, some
     * lost. Repair makes every store what the reports alone give, and the next changes apply
     * without a failed seek.
     */
    @Test
    void repairRebuildsSummariesAndSortedValuesFromTheReports() {
        SplittableRandom random = new SplittableRandom(3);
        List<Report> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Report r = new Report("f" + i, "a" + i % 25, "Outlet " + i % 4, 100 + random.nextInt(50),
                    Qualifier.values()[random.nextInt(Qualifier.values().length)], LocalDate.of(2011, 1, 1).plusDays(random.nextInt(90)));
            all.add(r);
            apply(r);
        }
        Map<String, String> cleanOrder = new TreeMap<>(order.map);
        Map<String, ReporterSummary> cleanReporters = new TreeMap<>(reporters.map);
        StatisticReports clean = statistics.get(KEY.encode());
        // Half the sorted values lost, one outlet's summary lost, another's and the statistic's from before the last ten reports.
        List<String> keys = List.copyOf(order.map.keySet());
        for (int i = 0; i < keys.size(); i += 2) {
            order.put(keys.get(i), null);
        }
        order.put(KEY.encode() + "|m|stale\u0000", "");
        reporters.put(ReportLedger.reportsOf(KEY) + LedgerKeys.part("Outlet 1"), null);
        reporters.put(ReportLedger.reportsOf(KEY) + LedgerKeys.part("Outlet 2"), new ReporterSummary(3, 3, Ranked.EMPTY));
        statistics.put(KEY.encode(), StatisticReports.of(KEY, all.subList(0, 50)));

        assertTrue(ledger.repair(KEY));
        assertEquals(cleanOrder, new TreeMap<>(order.map));
        assertEquals(cleanReporters, new TreeMap<>(reporters.map));
        assertEquals(clean, statistics.get(KEY.encode()));
        assertFalse(ledger.repair(KEY), "nothing left to repair");
        for (Report r : all.subList(0, 30)) {
            withdraw(r);
        }
        assertEquals(StatisticReports.of(KEY, all.subList(30, 60)), statistics.get(KEY.encode()));
    }
}
