package tally.ingest.text;

/**
 * How many tokens lie between two runs of tokens [aStart, aEnd) and [bStart, bEnd): 0 when they
 * touch or overlap. The nearness by which a count takes its place, period and definition.
 */
public final class TokenGap {

    private TokenGap() {
    }

    public static int between(int aStart, int aEnd, int bStart, int bEnd) {
        return aEnd <= bStart ? bStart - aEnd : Math.max(0, aStart - bEnd);
    }
}
