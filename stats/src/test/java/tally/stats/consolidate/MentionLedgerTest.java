package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MentionLedgerTest {

    private final MapStore<String> figures = new MapStore<>();
    private final MapStore<MentionCounts> counts = new MapStore<>();
    private final MentionLedger ledger = new MentionLedger(figures, counts);
    private static final String WEEK = "deaths|MX|2012-09-17";

    @Test
    void aFigureAppliedTwiceCountsOnceAndArticlesCountWhileAnyFigureIsThere() {
        FigureRef a1 = new FigureRef("f1", "a");
        FigureRef a2 = new FigureRef("f2", "a");
        FigureRef b1 = new FigureRef("f3", "b");
        ledger.apply(WEEK, a1, true);
        ledger.apply(WEEK, a1, true);
        ledger.apply(WEEK, a2, true);
        assertEquals(new MentionCounts(3, 2), ledger.apply(WEEK, b1, true));
        ledger.apply(WEEK, a1, false);
        assertEquals(new MentionCounts(2, 2), ledger.apply(WEEK, a1, false), "withdrawn twice, subtracted once");
        assertEquals(new MentionCounts(1, 1), ledger.apply(WEEK, a2, false));
        assertNull(ledger.apply(WEEK, b1, false));
        assertEquals(0, figures.map.size() + counts.map.size(), "nothing left behind");
    }

    @Test
    void aWeekOfManyFiguresIsTwoNumbers() {
        for (int i = 0; i < 20_000; i++) {
            ledger.apply(WEEK, new FigureRef("f" + i, "a" + i / 4), true);
        }
        assertEquals(new MentionCounts(20_000, 5_000), counts.get(WEEK));
        assertEquals(1, counts.map.size());
    }
}
