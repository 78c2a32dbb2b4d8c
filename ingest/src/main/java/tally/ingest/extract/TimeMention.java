package tally.ingest.extract;

import tally.stats.Period;

/**
 * A time expression over tokens [start, end), resolved to a period, or to null with the reason
 * (no publication date for "last year", a cumulative count with no start).
 */
public record TimeMention(int start, int end, Period period, String warning) {
}
