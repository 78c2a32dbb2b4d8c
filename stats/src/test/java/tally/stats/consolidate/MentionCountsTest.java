package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MentionCountsTest {

    @Test
    void aFigureAppliedTwiceCountsOnce() {
        FigureRef a1 = new FigureRef("f1", "a");
        FigureRef a2 = new FigureRef("f2", "a");
        FigureRef b1 = new FigureRef("f3", "b");
        MentionCounts counts = MentionCounts.empty().plus(a1).plus(a1).plus(a2).plus(b1);
        assertEquals(3, counts.figures());
        assertEquals(2, counts.articles());
        MentionCounts less = counts.minus(a1).minus(a1);
        assertEquals(2, less.figures());
        assertEquals(2, less.articles());
        assertEquals(0, less.minus(a2).minus(b1).figures());
        assertEquals(0, less.minus(a2).minus(b1).articles());
    }
}
