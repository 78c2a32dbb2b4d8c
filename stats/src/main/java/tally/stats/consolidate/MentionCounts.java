package tally.stats.consolidate;

/**
 * How many figures and articles count for one (metric, place, week): the aggregate behind weekly
 * mentions, two numbers however many figures are behind it. Kept exact by {@link MentionLedger},
 * which stores the figures themselves one key each, so that a figure applied twice (a duplicate,
 * a record replayed after a crash) counts once.
 *
 * @param only the key (after the week) of the week's only figure, held here rather than as a key
 *             of its own while there is just one (most weeks of a metric and place have one); null
 *             when there are more
 */
public record MentionCounts(int figures, int articles, String only) {
}
