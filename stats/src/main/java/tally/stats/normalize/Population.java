package tally.stats.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Mid-year population by country and year, shipped with Tally (population.csv, World Bank WDI
 * SP.POP.TOTL; see the file's header). Years outside the table take the nearest year in it.
 */
public final class Population {

    private static final String RESOURCE = "/tally/population/population.csv";
    private static final Population SHIPPED = load();

    private final Map<String, Map<Integer, Long>> byCountry;

    Population(Map<String, Map<Integer, Long>> byCountry) {
        this.byCountry = byCountry;
    }

    public static Population shipped() {
        return SHIPPED;
    }

    /** The population of a country in a year, or empty when the table has no such country. */
    public OptionalLong of(String iso2, int year) {
        Map<Integer, Long> years = iso2 == null ? null : byCountry.get(iso2);
        if (years == null || years.isEmpty()) {
            return OptionalLong.empty();
        }
        Long exact = years.get(year);
        if (exact != null) {
            return OptionalLong.of(exact);
        }
        int nearest = years.keySet().stream().min((a, b) -> Integer.compare(Math.abs(a - year), Math.abs(b - year))).orElseThrow();
        return OptionalLong.of(years.get(nearest));
    }

    private static Population load() {
        Map<String, Map<Integer, Long>> table = new HashMap<>();
        try (InputStream in = Population.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Population(table); // no table shipped: rates per 100,000 stay null
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("iso2")) {
                    continue;
                }
                String[] cols = line.split(",");
                table.computeIfAbsent(cols[0].strip(), k -> new HashMap<>())
                        .put(Integer.parseInt(cols[1].strip()), Long.parseLong(cols[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Population(table);
    }
}
