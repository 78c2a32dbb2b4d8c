package tally.ingest.extract.mention;

/**
 * A number in a sentence: its value and the tokens [start, end) it spans, scale words included
 * ("1.2 million", "fifteen thousand").
 *
 * @param digits   written with digits rather than words
 * @param yearLike four digits without a separator in the range of calendar years ("2006")
 */
public record NumberMention(double value, int start, int end, boolean digits, boolean yearLike) {
}
