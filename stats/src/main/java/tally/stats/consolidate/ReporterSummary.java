package tally.stats.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What consolidation weighs of one reporter's reports of a statistic: the median of its point
 * reports (null without any), the range of its lower and upper bounds (null without any), its
 * first and last publication dates, and how many reports and articles there are.
 */
public record ReporterSummary(Double point, Double minLower, Double maxLower, Double minUpper, Double maxUpper,
                              LocalDate first, LocalDate last, int reports, int articles) {

    public static ReporterSummary of(Collection<Report> reports) {
        List<Double> points = new ArrayList<>();
        Double minLower = null;
        Double maxLower = null;
        Double minUpper = null;
        Double maxUpper = null;
        LocalDate first = null;
        LocalDate last = null;
        Set<String> articles = new HashSet<>();
        for (Report r : reports) {
            switch (r.qualifier()) {
                case EXACT, APPROXIMATELY -> points.add(r.value());
                case AT_LEAST -> {
                    minLower = min(minLower, r.value());
                    maxLower = max(maxLower, r.value());
                }
                case AT_MOST -> {
                    minUpper = min(minUpper, r.value());
                    maxUpper = max(maxUpper, r.value());
                }
            }
            if (r.published() != null) {
                first = first == null || r.published().isBefore(first) ? r.published() : first;
                last = last == null || r.published().isAfter(last) ? r.published() : last;
            }
            articles.add(Objects.requireNonNull(r.articleId(), "a report has an article"));
        }
        Double point = points.isEmpty() ? null : Consolidation.median(points);
        return new ReporterSummary(point, minLower, maxLower, minUpper, maxUpper, first, last, reports.size(), articles.size());
    }

    /** The smaller of two values, either of which may be absent (null). */
    static Double min(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    /** The larger of two values, either of which may be absent (null). */
    static Double max(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }
}
