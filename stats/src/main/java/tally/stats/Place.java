package tally.stats;

/**
 * One way a text names a country: its name, capital, demonym ("Mexicans") or a region inside it
 * ("Chihuahua"). The code "--" marks a place or people of no single country ("Central America",
 * "Central Americans"): it resolves to no country and stops a shorter name inside it ("America")
 * from matching.
 */
public record Place(String iso2, Kind kind, String lang, String term) {

    public enum Kind { NAME, CAPITAL, DEMONYM, REGION, OTHER }

    public static final String NO_COUNTRY = "--";

    /** The ISO code, or null for a place in no single country. */
    public String country() {
        return NO_COUNTRY.equals(iso2) ? null : iso2;
    }
}
