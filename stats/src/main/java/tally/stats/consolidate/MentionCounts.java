package tally.stats.consolidate;

/**
 * How many figures and articles count for one (metric, place, week): the aggregate behind weekly
 * mentions, two numbers however many figures are behind it. Kept exact by {@link MentionLedger},
 * which stores the figures themselves one key each, so that a figure applied twice (a duplicate,
 * a record replayed after a crash) counts once.
 */
public record MentionCounts(int figures, int articles) {

    public static final MentionCounts NONE = new MentionCounts(0, 0);
}
