package tally.stats;

/**
 * One way a text names a country: its name, capital, demonym ("Mexicans") or a region inside it
 * ("Chihuahua"). The code "--" marks a place or people of no single country ("Central America",
 * "Central Americans"): it resolves to no country and stops a shorter name inside it ("America")
 * from matching.
 *
 * @param subdivision the ISO 3166-2 code of the state, province or department the term names or
 *                    lies in ("MX-CHH" for "Chihuahua" and "Ciudad Juárez"), or null
 */
public record Place(String iso2, Kind kind, String lang, String term, String subdivision) {

    public Place(String iso2, Kind kind, String lang, String term) {
        this(iso2, kind, lang, term, null);
    }

    public enum Kind { NAME, CAPITAL, DEMONYM, REGION, OTHER }

    public static final String NO_COUNTRY = "--";

    /** The ISO code, or null for a place in no single country. */
    public String country() {
        return NO_COUNTRY.equals(iso2) ? null : iso2;
    }
}
