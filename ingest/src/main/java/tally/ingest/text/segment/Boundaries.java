package tally.ingest.text.segment;

import java.util.Arrays;

/** The boundaries a {@link Segmenter} found in a paragraph: a growable list of offsets, reused. */
public final class Boundaries {

    private int[] ends = new int[16];
    private int count;
    private boolean numeralAfterTerminator;

    /** Empties the list for the next paragraph. */
    public void clear() {
        count = 0;
        numeralAfterTerminator = false;
    }

    void add(int end) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, 2 * count);
        }
        ends[count++] = end;
    }

    public int size() {
        return count;
    }

    public int get(int i) {
        return ends[i];
    }

    /**
     * Whether a terminator, white space and a numeral may follow each other in the paragraph
     * ("... this year. 589 people"), where UAX #29 keeps one sentence that news copy means as two.
     */
    public boolean numeralAfterTerminator() {
        return numeralAfterTerminator;
    }

    void numeralAfterTerminator(boolean may) {
        numeralAfterTerminator = may;
    }
}
