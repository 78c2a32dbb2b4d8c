package tally.ingest.extract;

/** A percent change over tokens [start, end), end being the end of its clause (or of its baseline phrase). */
record ChangeMention(double percent, int start, int end) {
}
