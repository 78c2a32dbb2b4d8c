package tally.ingest.extract.mention;

import tally.stats.Place;

/**
 * A place named in a sentence, over tokens [start, end). {@code country} is null for "Central
 * America"; {@code subdivision} is the ISO 3166-2 code of the state or province it names or lies in, or null.
 */
public record PlaceMention(String country, Place.Kind kind, int start, int end, String subdivision) {

    /**
     * A dateline ("MONTERREY, NL.—", "CIUDAD JUÁREZ, Chihuahua —"): written in capitals at the start
     * of a sentence, it says where the reporter files from, not which state a figure counts.
     */
    public boolean isDateline(java.util.List<tally.ingest.text.Token> tokens) {
        String first = tokens.get(0).text();
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                || first.equals(first.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < Math.min(tokens.size(), DATELINE_WORDS); k++) {
            String t = tokens.get(k).text();
            if (t.equals("\u2014") || t.equals("\u2013") || t.equals("-")) {
                return end <= k; // the places before the dash
            }
        }
        return false;
    }

    /** How far into a sentence a dateline's dash may stand ("SAN PEDRO SULA, Honduras, May 3 —"). */
    private static final int DATELINE_WORDS = 10;

    /** The places whose index {@code keep} accepts; the same list when it accepts all (most sentences). */
    static java.util.List<PlaceMention> kept(java.util.List<PlaceMention> places, java.util.function.IntPredicate keep) {
        java.util.List<PlaceMention> kept = null;
        for (int i = 0; i < places.size(); i++) {
            boolean k = keep.test(i);
            if (!k && kept == null) {
                kept = new java.util.ArrayList<>(places.subList(0, i));
            } else if (k && kept != null) {
                kept.add(places.get(i));
            }
        }
        return kept == null ? places : java.util.List.copyOf(kept);
    }
}
