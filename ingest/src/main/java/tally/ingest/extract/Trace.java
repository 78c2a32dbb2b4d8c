package tally.ingest.extract;

/**
 * What became of each number the extractor read and did not make a figure: the guard that
 * blocked it, or {@link #NO_LINK}. {@code evaluate --misses} prints it beside each missed figure.
 */
@FunctionalInterface
public interface Trace {

    /** The reason given when no link rule said what a number counts. */
    String NO_LINK = "no link rule";

    /** Traces nothing. */
    Trace NONE = (quote, value, reason) -> { };

    /** @param quote the sentence, @param value the number, @param reason a guard's name or {@link #NO_LINK} */
    void dropped(String quote, double value, String reason);

    /** A number dropped, as a collecting trace keeps it. */
    record Dropped(double value, String reason) {
    }
}
