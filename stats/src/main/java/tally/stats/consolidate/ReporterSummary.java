package tally.stats.consolidate;

/**
 * What a statistic's consolidation keeps of one reporter (outlet): how many reports and articles,
 * and its point reports (exact, approximately) as a {@link Ranked} whose median is the outlet's
 * value. A fixed size however many reports the outlet made; the reports are separate store keys.
 */
public record ReporterSummary(int reports, int articles, Ranked points) {

    public static final ReporterSummary EMPTY = new ReporterSummary(0, 0, Ranked.EMPTY);

    public ReporterSummary {
        points = points == null ? Ranked.EMPTY : points;
    }

    ReporterSummary with(int reportsDelta, int articlesDelta, Ranked points) {
        return new ReporterSummary(reports + reportsDelta, articles + articlesDelta, points);
    }
}
