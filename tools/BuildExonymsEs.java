// Writes stats/src/main/resources/tally/places/exonyms-es.tsv: the Spanish names of cities the place tables know only by
// their English or local name ("Damasco" for Damascus, "Jartum" for Khartoum, "Nueva York"), from CLDR's exemplar
// cities of the time zones as ICU4J (the project's own dependency) ships them. A Spanish name is kept when CLDR's
// English name of the same zone is a capital, city or region of countries.tsv, cities.tsv or places-extra.tsv for the
// zone's country, and the row takes that term's kind and subdivision. Left out: a Spanish name that is already a term of
// any table, a phrase ("Beulah, Dakota del Norte", "Yangón (Rangún)"), the zones named after a country or territory
// (their names are countries.tsv's, from world-countries: CLDR's "Navidad" is Christmas Island), and EXCLUDE.
//
//   java -cp ~/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar tools/BuildExonymsEs.java \
//       stats/src/main/resources/tally/places > stats/src/main/resources/tally/places/exonyms-es.tsv
//
// Refresh: rerun after an ICU upgrade (pom.xml's icu4j.version) or after the other place tables are rebuilt.
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public class BuildExonymsEs {
    /** "Belén" is Brazil's Belém to CLDR, but Bethlehem and a given name in Spanish news. */
    private static final Set<String> EXCLUDE = Set.of("Belén");
    private static final Set<String> KINDS = Set.of("capital", "city", "region");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, String[]> known = new HashMap<>(); // "SY|Damascus" -> a row naming it
        Set<String> terms = new HashSet<>();
        for (String file : new String[] {"countries.tsv", "cities.tsv", "places-extra.tsv", "subdivisions.tsv", "demonyms-es.tsv"}) {
            for (String line : Files.readAllLines(dir.resolve(file))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                terms.add(c[3]);
                if (!file.equals("subdivisions.tsv") && !file.equals("demonyms-es.tsv") && !c[2].equals("es")) {
                    known.putIfAbsent(c[0] + "|" + c[3], c);
                }
            }
        }
        TimeZoneNames es = TimeZoneNames.getInstance(ULocale.forLanguageTag("es"));
        TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
        Set<String> rows = new TreeSet<>();
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String country = TimeZone.getRegion(zone);
            String english = en.getExemplarLocationName(zone);
            String spanish = es.getExemplarLocationName(zone);
            String[] row = english == null ? null : known.get(country + "|" + english);
            if (row == null || !KINDS.contains(row[1]) || EXCLUDE.contains(spanish) || spanish == null || spanish.equals(english) || terms.contains(spanish) || !spanish.matches("[\\p{L} '’-]+")) {
                continue;
            }
            rows.add(String.join("\t", country, row[1], "es", spanish) + (row.length > 4 ? "\t" + row[4] : ""));
        }
        System.out.println("# Spanish names of cities the other tables know by another name, from CLDR's exemplar cities (ICU4J "
                + com.ibm.icu.util.VersionInfo.ICU_VERSION + ", Unicode license), by tools/BuildExonymsEs.java.");
        System.out.println("# Columns: iso2, kind, lang, term, subdivision code (as the English term's row).");
        rows.forEach(System.out::println);
    }
}
