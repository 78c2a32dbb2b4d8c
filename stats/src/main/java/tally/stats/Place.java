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

    /**
     * REGION: a state, province, region or city written by hand (places-extra.tsv, subdivisions.tsv);
     * CITY: a town of cities.tsv (GeoNames), weaker than every other kind: it counts only where the
     * text frames it as a place, and never above a country, state or region the sentence names.
     */
    public enum Kind { NAME, CAPITAL, DEMONYM, REGION, OTHER, CITY }

    public static final String NO_COUNTRY = "--";
    /** The language of a term written alike in every language (a town's name). */
    public static final String EVERY_LANGUAGE = "*";

    /** The ISO code, or null for a place in no single country. */
    public String country() {
        return NO_COUNTRY.equals(iso2) ? null : iso2;
    }
}
