package tally.stats.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tally.stats.ExtractorVersion;
import tally.stats.Figure;
import tally.stats.Kind;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.NormalizedFigure;

/**
 * The outputs of the Streams application computed in one pass over a set of figures: the same
 * rules (one report per figure id, only each article's newest extractor version, the same
 * consolidation, series and mention arithmetic), for analysts who want the statistics as they
 * stood at a past date ({@code tally export --as-of}).
 */
public record Snapshot(Map<String, Estimate> estimates, Map<String, SeriesPoint> series, Map<String, Mentions> mentions) {

    /** The figures that count, as the Streams application keeps them: one per id, each article's newest extractor version. */
    public static List<Figure> current(Collection<Figure> figures) {
        Map<String, Figure> byId = new LinkedHashMap<>();
        Map<String, Integer> newestVersion = new HashMap<>();
        for (Figure f : figures) {
            byId.put(f.id(), f);
            newestVersion.merge(f.articleId(), ExtractorVersion.numberOf(f.extractor()), Math::max);
        }
        List<Figure> current = new ArrayList<>();
        for (Figure f : byId.values()) {
            if (ExtractorVersion.numberOf(f.extractor()) == newestVersion.get(f.articleId())) {
                current.add(f);
            }
        }
        return current;
    }

    public static Snapshot of(Collection<Figure> figures, Normalization normalization) {
        Map<StatisticKey, List<Report>> reports = new TreeMap<>(Comparator.comparing(StatisticKey::encode));
        Map<SeriesKey, List<IncidentReport>> incidents = new TreeMap<>(Comparator.comparing(SeriesKey::encode));
        Map<String, Map<String, Set<String>>> weeks = new TreeMap<>();
        for (Figure f : current(figures)) {
            NormalizedFigure n = normalization.normalize(f);
            StatisticKey key = StatisticKey.of(f);
            if (key != null && key.kind() == Kind.INCIDENT) {
                incidents.computeIfAbsent(key.series(), k -> new ArrayList<>()).add(new IncidentReport(key.period(), Report.of(n)));
            } else if (key != null) {
                reports.computeIfAbsent(key, k -> new ArrayList<>()).add(Report.of(n));
            }
            if (f.published() != null) {
                String week = new MentionKey(f.metric(), f.place(), Mentions.weekStart(f.published())).encode();
                weeks.computeIfAbsent(week, w -> new HashMap<>()).computeIfAbsent(f.articleId(), a -> new HashSet<>()).add(f.id());
            }
        }
        Consolidation consolidation = new Consolidation(normalization);
        Map<String, Estimate> estimates = new TreeMap<>();
        Map<String, List<SeriesEntry>> bySeries = new TreeMap<>();
        incidents.forEach((series, r) -> Incidents.events(series, r).forEach(e -> reports.put(e.key(), e.reports())));
        reports.forEach((key, r) -> {
            Estimate e = consolidation.estimate(key, r);
            estimates.put(key.encode(), e);
            bySeries.computeIfAbsent(key.series().encode(), s -> new ArrayList<>()).add(SeriesEntry.of(e));
        });
        YearlySeries yearly = new YearlySeries(normalization);
        Map<String, SeriesPoint> points = new TreeMap<>();
        bySeries.values().forEach(s -> yearly.points(s).forEach(p -> points.put(p.key().encode(), p)));
        Map<String, Mentions> mentions = new TreeMap<>();
        weeks.forEach((k, byArticle) -> mentions.put(k, MentionKey.parse(k).mentions(
                new MentionCounts(byArticle.values().stream().mapToInt(Set::size).sum(), byArticle.size(), null))));
        return new Snapshot(estimates, points, mentions);
    }

    /** Only the figures published on or before a date (figures without a date are left out). */
    public static List<Figure> publishedBy(Collection<Figure> figures, LocalDate asOf) {
        List<Figure> kept = new ArrayList<>();
        for (Figure f : figures) {
            if (f.published() != null && !f.published().isAfter(asOf)) {
                kept.add(f);
            }
        }
        return kept;
    }
}
