package tally.stats.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import tally.stats.normalize.Normalization;

/**
 * One estimate from many reports of a statistic.
 *
 * <p>Each outlet counts once: its point reports (exact, approximately) give its value (their
 * median), its "more than" and "fewer than" reports give bounds. {@code best} is the median of
 * the outlets' values, kept within the bounds when they agree with each other; with no point
 * report at all, it is the largest lower bound (or the smallest upper bound). {@code low} is
 * the smallest point or lower bound, {@code high} the largest point or upper bound.
 */
public final class Consolidation {

    public static final int MAX_ARTICLES = 20;

    private final Normalization normalization;

    public Consolidation(Normalization normalization) {
        this.normalization = normalization;
    }

    public Estimate estimate(StatisticKey key, Collection<Report> reports) {
        Map<String, List<Report>> byReporter = new TreeMap<>();
        reports.forEach(r -> byReporter.computeIfAbsent(r.reporter(), k -> new ArrayList<>()).add(r));
        List<Double> points = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (List<Report> own : byReporter.values()) {
            List<Double> ownPoints = new ArrayList<>();
            for (Report r : own) {
                switch (r.qualifier()) {
                    case EXACT, APPROXIMATELY -> ownPoints.add(r.value());
                    case AT_LEAST -> lower.add(r.value());
                    case AT_MOST -> upper.add(r.value());
                }
            }
            if (!ownPoints.isEmpty()) {
                points.add(median(ownPoints));
            }
        }
        Double maxLower = lower.stream().max(Double::compare).orElse(null);
        Double minUpper = upper.stream().min(Double::compare).orElse(null);
        double best;
        if (!points.isEmpty()) {
            best = median(points);
            boolean boundsAgree = maxLower == null || minUpper == null || maxLower <= minUpper;
            if (boundsAgree && maxLower != null && best < maxLower) {
                best = maxLower;
            }
            if (boundsAgree && minUpper != null && best > minUpper) {
                best = minUpper;
            }
        } else {
            best = maxLower != null ? maxLower : Objects.requireNonNull(minUpper, "a report has a qualifier");
        }
        List<Double> lows = new ArrayList<>(points);
        lows.addAll(lower);
        List<Double> highs = new ArrayList<>(points);
        highs.addAll(upper);
        TreeSet<String> articles = new TreeSet<>();
        reports.forEach(r -> articles.add(r.articleId()));
        LocalDate first = reports.stream().map(Report::published).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate last = reports.stream().map(Report::published).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        Double perYear = Normalization.perYear(best, key.basis(), key.period());
        Double per100k = perYear == null ? null : normalization.per100k(perYear, key.place(), Normalization.middleYear(key.period()));
        return new Estimate(Estimate.SCHEMA, key.key(), key.metric().category(), key.metric(), key.place(), key.period(),
                key.basis(), best, lows.stream().min(Double::compare).orElse(null), highs.stream().max(Double::compare).orElse(null),
                round(perYear), round(per100k), byReporter.size(), articles.size(), reports.size(), first, last,
                articles.stream().limit(MAX_ARTICLES).toList());
    }

    /** The median; of an even count, the mean of the middle two, rounded to a whole count. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.rint((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }
}
