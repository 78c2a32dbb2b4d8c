package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tally.stats.Qualifier;

/**
 * Applies one report change at a time to a statistic's summary, keeping every report as its own
 * store key so that no value grows with the reports behind it:
 *
 * <ul>
 *   <li>{@code reports}: {@code statistic|reporter\0article\0figure\0} to the {@link Report}, the
 *       truth of what counts: a report already there is not counted again (a duplicate, a record
 *       applied twice), one not there is not withdrawn;</li>
 *   <li>{@code reporters}: {@code statistic|reporter\0} to its {@link ReporterSummary}, once the
 *       reporter has two reports (with one, its report is its summary);</li>
 *   <li>{@code order}: the sorted values behind the {@link Ranked} summaries (a reporter's point
 *       reports {@code statistic|p|reporter\0...}, reporters' values {@code |m|}, lower bounds
 *       {@code |l|}, upper bounds {@code |u|}, dates {@code |d|}) once there are two of a kind,
 *       values empty;</li>
 *   <li>{@code statistics}: {@code statistic} to its {@link StatisticReports}.</li>
 * </ul>
 *
 * Every value is a report, a marker or a fixed-size summary: a statistic reported 50,000 times by
 * one outlet has 50,000 small keys, not one value of 50,000 reports (which passed Kafka's 1 MB
 * record limit at about 11,000). The common case, a statistic with a report or two from each
 * outlet, writes the report and the statistic's summary and nothing else.
 */
public final class ReportLedger {

    private final SortedStore<Report> reports;
    private final SortedStore<ReporterSummary> reporters;
    private final SortedStore<String> order;
    private final SortedStore<StatisticReports> statistics;

    public ReportLedger(SortedStore<Report> reports, SortedStore<ReporterSummary> reporters, SortedStore<String> order,
                        SortedStore<StatisticReports> statistics) {
        this.reports = reports;
        this.reporters = reporters;
        this.order = order;
        this.statistics = statistics;
    }

    /** The key prefix of every report of a statistic in the reports store. */
    public static String reportsOf(StatisticKey statistic) {
        return statistic.encode() + "|";
    }

    /**
     * What figure {@code figureId} of {@code articleId} now reports of {@code statistic} through
     * {@code reporter}: {@code report}, or nothing (null, withdrawn).
     *
     * @return the statistic's summary after the change, or null when no report of it is left
     */
    public StatisticReports apply(StatisticKey statistic, String reporter, String articleId, String figureId, Report report) {
        String s = statistic.encode();
        String reporterPrefix = reportsOf(statistic) + LedgerKeys.part(reporter);
        String key = reporterPrefix + LedgerKeys.part(articleId) + LedgerKeys.part(figureId);
        Report before = reports.get(key);
        StatisticReports known = statistics.get(s);
        if (Objects.equals(before, report)) {
            return known; // a duplicate, or a withdrawal of what does not count here: nothing changes
        }
        Change change = new Change(statistic, reporterPrefix, articleId, figureId, before,
                known == null ? StatisticReports.empty(statistic) : known);
        if (before != null) {
            reports.put(key, null);
            change.remove(before);
        }
        if (report != null) {
            reports.put(key, report);
            change.add(report);
        }
        return change.finish();
    }

    /**
     * Makes the statistic's summaries and sorted values agree with its reports, which are the
     * truth: under at_least_once a restore after a partial write (one store's changes landed on
     * Kafka, another's did not) can leave them apart, and the next change would then seek a value
     * that is not there (RELIABILITY.md). Reads every report of the statistic and writes only
     * what differs.
     *
     * @return whether anything differed
     */
    public boolean repair(StatisticKey statistic) {
        String s = statistic.encode();
        String prefix = reportsOf(statistic);
        List<Report> all = new ArrayList<>();
        Map<String, List<Report>> byReporter = new TreeMap<>(LedgerKeys.ORDER);
        for (String k = reports.higher(prefix, null); k != null; k = reports.higher(prefix, k)) {
            Report r = reports.get(k);
            all.add(r);
            byReporter.computeIfAbsent(prefix + LedgerKeys.firstPart(k, prefix) + LedgerKeys.SEP, x -> new ArrayList<>()).add(r);
        }
        Set<String> values = new HashSet<>();
        Map<String, ReporterSummary> summaries = new HashMap<>();
        byReporter.forEach((reporterKey, rs) -> {
            if (rs.size() >= 2) {
                List<String> points = rs.stream().filter(ReportLedger::isPoint).map(r -> Ranked.key(r.value(), LedgerKeys.part(r.figureId()))).toList();
                summaries.put(reporterKey, new ReporterSummary(rs.size(), (int) rs.stream().map(Report::articleId).distinct().count(),
                        Ranked.of(points, Ranked.EMPTY)));
                stored(values, s + "|p|" + reporterKey.substring(prefix.length()), points);
            }
        });
        StatisticReports.RankedKeys keys = StatisticReports.RankedKeys.of(all);
        stored(values, s + "|m|", keys.points());
        stored(values, s + "|l|", keys.lowers());
        stored(values, s + "|u|", keys.uppers());
        stored(values, s + "|d|", keys.dates());
        boolean repaired = false;
        for (String k = order.higher(s + "|", null); k != null; k = order.higher(s + "|", k)) {
            if (!values.remove(k)) {
                order.put(k, null);
                repaired = true;
            }
        }
        for (String k : values) {
            order.put(k, "");
            repaired = true;
        }
        for (String k = reporters.higher(prefix, null); k != null; k = reporters.higher(prefix, k)) {
            if (!summaries.containsKey(k)) {
                reporters.put(k, null);
                repaired = true;
            }
        }
        for (Map.Entry<String, ReporterSummary> e : summaries.entrySet()) {
            if (!e.getValue().equals(reporters.get(e.getKey()))) {
                reporters.put(e.getKey(), e.getValue());
                repaired = true;
            }
        }
        StatisticReports summary = all.isEmpty() ? null : StatisticReports.of(statistic, all);
        if (!Objects.equals(statistics.get(s), summary)) {
            statistics.put(s, summary);
            repaired = true;
        }
        return repaired;
    }

    /** The store keys of a {@link Ranked}'s values under {@code prefix}: written once there are two (see {@link Ranked#plus}). */
    private static void stored(Set<String> into, String prefix, List<String> keys) {
        if (keys.size() >= 2) {
            keys.forEach(k -> into.add(prefix + k));
        }
    }

    /** One report change: the reporter's and the statistic's summaries as they are updated. */
    private final class Change {
        private final String s;
        private final String reporterKey;
        private final String reporterPart;
        private final String article;
        private final String reporterOfArticle;
        private final String key;
        private final String figurePart;
        private final ReporterSummary reporterBefore;
        /** The reporter's other report when it has exactly one besides this figure's (its key), else null. */
        private final String onlyOther;
        private ReporterSummary reporter;
        private StatisticReports summary;

        Change(StatisticKey statistic, String reporterPrefix, String articleId, String figureId, Report before,
               StatisticReports summary) {
            this.s = statistic.encode();
            this.reporterKey = reporterPrefix;
            this.reporterPart = reporterPrefix.substring(reportsOf(statistic).length());
            this.article = LedgerKeys.firstPart(LedgerKeys.part(articleId), "");
            this.reporterOfArticle = reporterPrefix + LedgerKeys.part(articleId);
            this.key = reporterOfArticle + LedgerKeys.part(figureId);
            this.figurePart = LedgerKeys.part(figureId);
            this.summary = summary;
            ReporterSummary stored = reporters.get(reporterKey);
            String other = null;
            if (stored == null && before == null) {
                // No stored summary: the reporter has at most one report, and it is not this one.
                other = reports.higher(reporterPrefix, null);
            }
            this.onlyOther = other;
            if (stored != null) {
                reporterBefore = stored;
            } else if (before != null) {
                reporterBefore = single(before, figurePart);
            } else if (other != null) {
                reporterBefore = single(reports.get(other), LedgerKeys.lastPart(other));
            } else {
                reporterBefore = ReporterSummary.EMPTY;
            }
            this.reporter = reporterBefore;
        }

        /** The summary of a reporter's only report: nothing of it is in the order store. */
        private ReporterSummary single(Report r, String figure) {
            return new ReporterSummary(1, 1, isPoint(r) ? Ranked.EMPTY.plus(Ranked.key(r.value(), figure), order, "") : Ranked.EMPTY);
        }

        void remove(Report r) {
            boolean articleLeft = reporter.reports() == 1 || !reports.hasOther(reporterOfArticle, key);
            reporter = reporter.with(-1, articleLeft ? -1 : 0, pointIndex(r, false));
            StatisticReports x = summary;
            List<String> first = x.firstArticles();
            if (articleLeft && first.contains(article)) {
                // One of the first articles may have left: the first ones again, from every report (rare).
                first = firstArticles();
            }
            summary = new StatisticReports(x.statistic(), x.sources(), x.figures() - 1, x.articleCount() - (articleLeft ? 1 : 0),
                    x.points(), bound(r, Qualifier.AT_LEAST, x.lowers(), false), bound(r, Qualifier.AT_MOST, x.uppers(), false),
                    date(r, x.dates(), false), first);
        }

        void add(Report r) {
            boolean articleNew;
            if (reporter.reports() == 0) {
                articleNew = true;
            } else if (onlyOther != null && reporter.reports() == 1) {
                articleNew = !onlyOther.startsWith(reporterOfArticle);
            } else {
                articleNew = !reports.hasOther(reporterOfArticle, key);
            }
            reporter = reporter.with(1, articleNew ? 1 : 0, pointIndex(r, true));
            StatisticReports x = summary;
            List<String> first = x.firstArticles();
            // An article another reporter has is among the first ones already, or sorts after them.
            if (entersFirst(first, article)) {
                first = withArticle(first, article);
            }
            summary = new StatisticReports(x.statistic(), x.sources(), x.figures() + 1, x.articleCount() + (articleNew ? 1 : 0),
                    x.points(), bound(r, Qualifier.AT_LEAST, x.lowers(), true), bound(r, Qualifier.AT_MOST, x.uppers(), true),
                    date(r, x.dates(), true), first);
        }

        /** Stores the reporter's summary and its value among the statistic's, and the statistic's summary. */
        StatisticReports finish() {
            Ranked values = summary.points();
            String prefix = s + "|m|";
            Double was = reporterBefore.points().median();
            Double now = reporter.points().median();
            if (!Objects.equals(was, now)) {
                if (was != null) {
                    values = values.minus(Ranked.key(was, reporterPart), order, prefix);
                }
                if (now != null) {
                    values = values.plus(Ranked.key(now, reporterPart), order, prefix);
                }
            }
            int sources = summary.sources() + (reporterBefore.reports() == 0 ? 1 : 0) - (reporter.reports() == 0 ? 1 : 0);
            if (reporter.reports() >= 2) {
                reporters.put(reporterKey, reporter);
            } else if (reporterBefore.reports() >= 2) {
                reporters.put(reporterKey, null);
            }
            StatisticReports x = summary;
            summary = new StatisticReports(x.statistic(), sources, x.figures(), x.articleCount(), values, x.lowers(), x.uppers(),
                    x.dates(), x.firstArticles());
            if (summary.isEmpty()) {
                statistics.put(s, null);
                return null;
            }
            statistics.put(s, summary);
            return summary;
        }

        private Ranked pointIndex(Report r, boolean add) {
            if (!isPoint(r)) {
                return reporter.points();
            }
            return index(s + "|p|" + reporterPart, Ranked.key(r.value(), figurePart), reporter.points(), add);
        }

        private Ranked bound(Report r, Qualifier kind, Ranked ranked, boolean add) {
            if (r.qualifier() != kind) {
                return ranked;
            }
            return index(s + (kind == Qualifier.AT_LEAST ? "|l|" : "|u|"), Ranked.key(r.value(), figurePart), ranked, add);
        }

        private Ranked date(Report r, Ranked ranked, boolean add) {
            return r.published() == null ? ranked : index(s + "|d|", Ranked.key(r.published().toEpochDay(), figurePart), ranked, add);
        }

        private Ranked index(String prefix, String k, Ranked ranked, boolean add) {
            return add ? ranked.plus(k, order, prefix) : ranked.minus(k, order, prefix);
        }

        /** The first article ids of the statistic, from all its reports (keyed by reporter first, so all are read). */
        private List<String> firstArticles() {
            String prefix = reportsOf(summary.statistic());
            TreeSet<String> first = new TreeSet<>(LedgerKeys.ORDER);
            for (String k = reports.higher(prefix, null); k != null; k = reports.higher(prefix, k)) {
                String rest = k.substring(k.indexOf(LedgerKeys.SEP, prefix.length()) + 1);
                first.add(LedgerKeys.firstPart(rest, ""));
                if (first.size() > Consolidation.MAX_ARTICLES) {
                    first.pollLast();
                }
            }
            return List.copyOf(first);
        }
    }

    private static boolean isPoint(Report r) {
        return r.qualifier() == Qualifier.EXACT || r.qualifier() == Qualifier.APPROXIMATELY;
    }

    /** Whether an article not among the first ones would be. */
    private static boolean entersFirst(List<String> first, String article) {
        return !first.contains(article) && (first.size() < Consolidation.MAX_ARTICLES
                || LedgerKeys.ORDER.compare(article, first.get(first.size() - 1)) < 0);
    }

    /** The first article ids with one more that {@link #entersFirst}, sorted, at most {@link Consolidation#MAX_ARTICLES}. */
    private static List<String> withArticle(List<String> first, String article) {
        List<String> next = new ArrayList<>(first);
        int at = 0;
        while (at < next.size() && LedgerKeys.ORDER.compare(next.get(at), article) < 0) {
            at++;
        }
        next.add(at, article);
        return next.size() > Consolidation.MAX_ARTICLES ? next.subList(0, Consolidation.MAX_ARTICLES) : next;
    }
}
