package tally.streams.topology;

import tally.stats.consolidate.Report;

/** What one figure now reports of a statistic: its report, or null when it no longer reports it. */
record ReportUpdate(String statistic, String figureId, Report report) {
}
