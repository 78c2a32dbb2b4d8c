package tally.stats;

/**
 * One way a text names a country: its name, capital, demonym ("Mexicans") or a region inside it
 * ("Chihuahua"). Kind OTHER names a place in no single country ("Central America"); it resolves
 * to no country and stops a shorter name inside it ("America") from matching.
 */
public record Place(String iso2, Kind kind, String lang, String term) {

    public enum Kind { NAME, CAPITAL, DEMONYM, REGION, OTHER }

    /** The ISO code, or null for a place in no single country. */
    public String country() {
        return kind == Kind.OTHER ? null : iso2;
    }
}
