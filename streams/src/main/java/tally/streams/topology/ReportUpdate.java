package tally.streams.topology;

import tally.stats.consolidate.Report;

/**
 * What one figure now reports of a statistic through one reporter (its outlet): its report, or
 * null when it no longer reports it there.
 */
record ReportUpdate(String statistic, String reporter, String figureId, Report report) {

    /** The key of the reporter's reports of the statistic: {@code statistic|reporter}. */
    String reporterKey() {
        return reportersOf(statistic) + reporter;
    }

    /** What the keys of every reporter's reports of a statistic start with. */
    static String reportersOf(String statistic) {
        return statistic + "|";
    }
}
