package tally.stats.consolidate;

/**
 * Applies one mention change at a time to a week's counts. Each figure that counts is its own key
 * in {@code figures} ({@code week|article\0figure\0}, value empty), so a figure already there is
 * not counted again and one not there is not withdrawn, and an article counts while any of its
 * figures is there (one seek); {@code counts} holds the week's {@link MentionCounts}.
 */
public final class MentionLedger {

    private final SortedStore<String> figures;
    private final SortedStore<MentionCounts> counts;

    public MentionLedger(SortedStore<String> figures, SortedStore<MentionCounts> counts) {
        this.figures = figures;
        this.counts = counts;
    }

    /**
     * Figure {@code f} starts ({@code counts}) or stops counting in {@code week} (a {@link MentionKey} key).
     *
     * @return the week's counts after the change, or null when nothing is left in it
     */
    public MentionCounts apply(String week, FigureRef f, boolean counting) {
        String article = week + "|" + LedgerKeys.part(f.articleId());
        String key = article + LedgerKeys.part(f.figureId());
        MentionCounts known = counts.get(week);
        MentionCounts before = known == null ? MentionCounts.NONE : known;
        boolean there = figures.get(key) != null;
        if (there == counting) {
            return known; // already so: a duplicate, or a withdrawal of what does not count here
        }
        int articleChange = figures.hasOther(article, key) ? 0 : 1;
        figures.put(key, counting ? "" : null);
        int sign = counting ? 1 : -1;
        MentionCounts after = new MentionCounts(before.figures() + sign, before.articles() + sign * articleChange);
        if (after.figures() == 0) {
            counts.put(week, null);
            return null;
        }
        counts.put(week, after);
        return after;
    }
}
