package tally.streams.topology;

import tally.stats.consolidate.Report;

/**
 * What one figure (of one article) now reports of a statistic through one reporter (its outlet):
 * its report, or null when it no longer reports it there.
 */
record ReportUpdate(String statistic, String reporter, String articleId, String figureId, Report report) {
}
