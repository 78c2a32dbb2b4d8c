package tally.stats.consolidate;

import java.util.Objects;
import java.util.TreeSet;

/**
 * Applies one mention change at a time to a week's counts. Each figure that counts is its own key
 * in {@code figures} ({@code week|article\0figure\0}, value empty) once the week has two, so a
 * figure already there is not counted again and one not there is not withdrawn, and an article
 * counts while any of its figures is there (one seek); {@code counts} holds the week's
 * {@link MentionCounts}, and a week's only figure (the common case) is held there instead of as a
 * key, which saves a store write per figure.
 */
public final class MentionLedger {

    private final SortedStore<String> figures;
    private final SortedStore<MentionCounts> counts;

    public MentionLedger(SortedStore<String> figures, SortedStore<MentionCounts> counts) {
        this.figures = figures;
        this.counts = counts;
    }

    /**
     * Figure {@code f} starts ({@code counting}) or stops counting in {@code week} (a {@link MentionKey} key).
     *
     * @return the week's counts after the change, or null when nothing is left in it
     */
    public MentionCounts apply(String week, FigureRef f, boolean counting) {
        String prefix = week + "|";
        String articlePart = LedgerKeys.part(f.articleId());
        String own = articlePart + LedgerKeys.part(f.figureId());
        MentionCounts known = counts.get(week);
        MentionCounts after;
        if (known == null) {
            after = counting ? new MentionCounts(1, 1, own) : null;
        } else if (known.only() != null) {
            if (known.only().equals(own)) {
                after = counting ? known : null;
                if (!counting && figures.get(prefix + own) != null) {
                    figures.put(prefix + own, null); // kept as a key when a second figure left (below)
                }
            } else if (!counting) {
                after = known; // not there: nothing to withdraw
            } else {
                figures.put(prefix + known.only(), "");
                figures.put(prefix + own, "");
                after = new MentionCounts(2, known.only().startsWith(articlePart) ? 1 : 2, null);
            }
        } else {
            boolean there = figures.get(prefix + own) != null;
            if (there == counting) {
                return known; // already so: a duplicate, or a withdrawal of what does not count here
            }
            int articleChange = figures.hasOther(prefix + articlePart, prefix + own) ? 0 : 1;
            figures.put(prefix + own, counting ? "" : null);
            int sign = counting ? 1 : -1;
            after = new MentionCounts(known.figures() + sign, known.articles() + sign * articleChange, null);
            if (after.figures() == 1) {
                // One left: held in the counts again. Its key stays, so that a restore that kept this
                // change of one store and not of the other still finds it (repair).
                String last = figures.higher(prefix, null);
                if (last == null) {
                    throw new IllegalStateException("the counts of " + week + " name figures its store does not have");
                }
                after = new MentionCounts(1, 1, last.substring(prefix.length()));
            }
        }
        if (!Objects.equals(after, known)) {
            counts.put(week, after);
        }
        return after;
    }

    /**
     * Makes a week's counts agree with its figures (those stored as keys and the one held in the
     * counts): under at_least_once a restore after a partial write can keep one store's change and
     * lose the other's (RELIABILITY.md). Reads every figure key of the week and writes only what differs.
     *
     * @return whether anything differed
     */
    public boolean repair(String week) {
        String prefix = week + "|";
        MentionCounts known = counts.get(week);
        TreeSet<String> there = new TreeSet<>(LedgerKeys.ORDER);
        for (String k = figures.higher(prefix, null); k != null; k = figures.higher(prefix, k)) {
            there.add(k.substring(prefix.length()));
        }
        boolean repaired = false;
        if (known != null && known.only() != null && there.size() >= 1 && there.add(known.only())) {
            figures.put(prefix + known.only(), "");
            repaired = true;
        }
        MentionCounts expected;
        if (there.isEmpty()) {
            expected = known != null && known.only() != null ? known : null;
        } else if (there.size() == 1) {
            expected = new MentionCounts(1, 1, there.first());
        } else {
            expected = new MentionCounts(there.size(), (int) there.stream().map(f -> LedgerKeys.firstPart(f, "")).distinct().count(), null);
        }
        if (!Objects.equals(known, expected)) {
            counts.put(week, expected);
            repaired = true;
        }
        return repaired;
    }
}
