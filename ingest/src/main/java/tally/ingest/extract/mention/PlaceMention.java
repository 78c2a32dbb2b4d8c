package tally.ingest.extract.mention;

import tally.stats.Place;

/** A place named in a sentence, over tokens [start, end). {@code country} is null for "Central America". */
public record PlaceMention(String country, Place.Kind kind, int start, int end) {
}
