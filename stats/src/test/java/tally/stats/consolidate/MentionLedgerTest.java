package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MentionLedgerTest {

    private final MapStore<String> figures = new MapStore<>();
    private final MapStore<MentionCounts> counts = new MapStore<>();
    private final MentionLedger ledger = new MentionLedger(figures, counts);
    private static final String WEEK = "deaths|MX|2012-09-17";

    /** Figures added, added again, withdrawn and withdrawn again at random: the counts always equal those of the set of figures. */
    @Test
    void countsAlwaysEqualTheSetOfFiguresHoweverTheyAreApplied() {
        SplittableRandom random = new SplittableRandom(11);
        Map<String, String> current = new HashMap<>();
        for (int step = 0; step < 5_000; step++) {
            int n = random.nextInt(random.nextInt(3) == 0 ? 3 : 40);
            FigureRef f = new FigureRef("f" + n, "a" + n % 13);
            boolean counting = random.nextInt(5) < 3;
            MentionCounts after = ledger.apply(WEEK, f, counting);
            if (counting) {
                current.put(f.figureId(), f.articleId());
            } else {
                current.remove(f.figureId());
            }
            Set<String> articles = new HashSet<>(current.values());
            if (current.isEmpty()) {
                assertNull(after, "after step " + step);
            } else {
                assertEquals(current.size(), after.figures(), "figures after step " + step);
                assertEquals(articles.size(), after.articles(), "articles after step " + step);
                assertEquals(after, counts.get(WEEK));
            }
            if (current.size() >= 2) {
                assertEquals(current.size(), figures.map.size(), "every figure is a key once the week has two");
            } else {
                // A week's only figure is held in its counts, and may stay a key when the second one left.
                assertTrue(figures.map.size() <= current.size(), "keys after step " + step + ": " + figures.map.keySet());
            }
            assertFalse(ledger.repair(WEEK), "the counts agree with the figures after step " + step);
        }
    }

    @Test
    void aWeekOfManyFiguresIsTwoNumbers() {
        for (int i = 0; i < 20_000; i++) {
            ledger.apply(WEEK, new FigureRef("f" + i, "a" + i / 4), true);
        }
        assertEquals(new MentionCounts(20_000, 5_000, null), counts.get(WEEK));
        assertEquals(1, counts.map.size());
    }
}
