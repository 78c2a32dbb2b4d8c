package tally.ingest.extract.mention;

/** A percent change over tokens [start, end), end being the end of its clause (or of its baseline phrase). */
public record ChangeMention(double percent, int start, int end) {
}
