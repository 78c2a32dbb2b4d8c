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
 * (countries.tsv, from world-countries, ODbL) and what reporters write instead (places-extra.tsv).
 */
public final class Places {

    private static final List<String> FILES = List.of("/tally/places/countries.tsv", "/tally/places/places-extra.tsv");
    private static final List<Place> ALL = load();

    private Places() {
    }

    public static List<Place> all() {
        return ALL;
    }

    /** The English short name of a country ("Mexico", not "United Mexican States"), from the JDK's CLDR data. */
    public static String englishName(String iso2) {
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(iso2) ? iso2 : name;
    }

    private static List<Place> load() {
        List<Place> places = new ArrayList<>();
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
                    if (cols.length != 4) {
                        throw new IllegalStateException(file + ": expected 4 tab-separated columns: " + line);
                    }
                    places.add(new Place(cols[0], Place.Kind.valueOf(cols[1].toUpperCase(Locale.ROOT)), cols[2], cols[3]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(places);
    }
}
