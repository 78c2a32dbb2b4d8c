package tally.stats;

/**
 * A percent change that the text attaches to a figure ("a 70 percent drop from the annual rates of
 * the early 2000s"). {@code baseline} is the value before the change, derived from the figure.
 */
public record Change(double percent, Double baseline) {

    /** Derives the baseline from the value after the change: 150,000 after a 70 % drop was 500,000. */
    public static Change of(double percent, double valueAfter) {
        double factor = 1 + percent / 100.0;
        Double baseline = factor > 0 ? (double) Math.round(valueAfter / factor) : null;
        return new Change(percent, baseline);
    }
}
