package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tally.stats.Places;

/**
 * The dashboard's subdivision shapes (built by tools/dashboard-map from subdivisions.tsv) match the table the extractor
 * places figures with: a country added to the table without its shapes rebuilt, or most of a country's codes without a
 * shape, fails here rather than as a blank map in a browser.
 */
class SubdivisionMapTest {

    /** The countries tools/dashboard-map/build.mjs leaves out (its LEFT_OUT): the map package has no shapes for them, or none that match ISO's. */
    private static final Set<String> LEFT_OUT = Set.of("BF", "CD", "KE", "PS", "SS");

    @Test
    void everyCountryOfTheTableHasItsShapesUnderItsOwnCodes() throws Exception {
        JsonNode countries;
        try (InputStream in = SubdivisionMapTest.class.getResourceAsStream("/tally/dashboard/map/subdivisions-10m.json")) {
            countries = new ObjectMapper().readTree(in).get("countries");
        }
        Map<String, Set<String>> table = new TreeMap<>();
        Places.subdivisions().forEach(code -> table.computeIfAbsent(code.substring(0, 2), k -> new HashSet<>()).add(code));
        for (var country : table.entrySet()) {
            String iso = country.getKey();
            if (LEFT_OUT.contains(iso)) {
                assertTrue(countries.get(iso) == null, iso + " is left out, yet has shapes");
                continue;
            }
            assertTrue(countries.has(iso), iso + " has subdivisions in the table but no shapes: rebuild tools/dashboard-map");
            Set<String> drawn = new HashSet<>();
            countries.get(iso).get("areas").forEach(a -> {
                if (a.hasNonNull("id")) { // an area ISO gives no code of its own is drawn without one, as no data
                    drawn.add(a.get("id").asText());
                }
            });
            drawn.forEach(code -> assertTrue(code.startsWith(iso + "-"), iso + ": a shape under another country's code " + code));
            // a few codes may have no shape (provinces newer than Natural Earth's admin-1, Somaliland's five regions), most must
            Set<String> shapeless = new TreeSet<>(country.getValue());
            shapeless.removeAll(drawn);
            assertTrue(shapeless.size() * 3 <= country.getValue().size(), iso + ": no shape for " + shapeless);
        }
        countries.fieldNames().forEachRemaining(iso -> assertTrue(table.containsKey(iso), iso + " has shapes but no subdivisions"));
    }
}
