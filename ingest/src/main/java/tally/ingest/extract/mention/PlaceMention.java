package tally.ingest.extract.mention;

import tally.stats.Place;

/**
 * A place named in a sentence, over tokens [start, end). {@code country} is null for "Central
 * America"; {@code subdivision} is the ISO 3166-2 code of the state or province it names or lies in, or null.
 */
public record PlaceMention(String country, Place.Kind kind, int start, int end, String subdivision) {
}
