package tally.stats.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import tally.stats.normalize.Normalization;

/**
 * One estimate from many reports of a statistic.
 *
 * <p>Each outlet counts once: its point reports (exact, approximately) give its value (their
 * median), its "more than" and "fewer than" reports give bounds. {@code best} is the median of
 * the outlets' values, kept within the bounds when they agree with each other; with no point
 * report at all, it is the largest lower bound (or the smallest upper bound). {@code low} is
 * the smallest point or lower bound, {@code high} the largest point or upper bound, each moved to
 * {@code best} when a bound moved best past it, so that low &lt;= best &lt;= high.
 */
public final class Consolidation {

    public static final int MAX_ARTICLES = 20;

    private final Normalization normalization;

    public Consolidation(Normalization normalization) {
        this.normalization = normalization;
    }

    /** The estimate of all the reports of a statistic (one per figure id). */
    public Estimate estimate(StatisticKey key, Collection<Report> reports) {
        return estimate(StatisticReports.of(key, reports));
    }

    /** The estimate of a statistic's reports as summarised per reporter. */
    public Estimate estimate(StatisticReports reports) {
        List<Double> points = new ArrayList<>();
        Double maxLower = null;
        Double minUpper = null;
        Double low = null;
        Double high = null;
        LocalDate first = null;
        LocalDate last = null;
        int articleCount = 0;
        int figures = 0;
        for (ReporterSummary r : reports.byReporter().values()) {
            if (r.point() != null) {
                points.add(r.point());
                low = ReporterSummary.min(low, r.point());
                high = ReporterSummary.max(high, r.point());
            }
            maxLower = ReporterSummary.max(maxLower, r.maxLower());
            minUpper = ReporterSummary.min(minUpper, r.minUpper());
            low = ReporterSummary.min(low, r.minLower());
            high = ReporterSummary.max(high, r.maxUpper());
            if (r.first() != null && (first == null || r.first().isBefore(first))) {
                first = r.first();
            }
            if (r.last() != null && (last == null || r.last().isAfter(last))) {
                last = r.last();
            }
            articleCount += r.articles();
            figures += r.reports();
        }
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
        // As UCDP's low and high, the range holds the best value: when a bound moved best past the
        // points ("more than 1.64 million" over a point of 1.6 million), that end moves with it.
        if (low != null && low > best) {
            low = best;
        }
        if (high != null && high < best) {
            high = best;
        }
        StatisticKey key = reports.statistic();
        Double perYear = Normalization.perYear(best, key.basis(), key.period());
        Double per100k = perYear == null ? null : normalization.per100k(perYear, key.place(), Normalization.middleYear(key.period()));
        return new Estimate(Estimate.SCHEMA, key.encode(), key.metric().category(), key.metric(), key.place(), key.period(),
                key.basis(), best, low, high, round(perYear), round(per100k), reports.byReporter().size(), articleCount, figures,
                first, last, reports.firstArticles());
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
