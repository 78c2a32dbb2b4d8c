package tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The place tables: which names are states, provinces and departments, and which are left to their type or to a town. */
class PlacesTest {

    /** Every term that names a subdivision, with its ISO 3166-2 code: the Spanish rows, or all the others ("en" and "*"). */
    private static Map<String, String> codes(String lang) {
        Map<String, String> codes = new HashMap<>();
        Places.all().stream().filter(p -> p.subdivision() != null && p.lang().equals("es") == lang.equals("es"))
                .forEach(p -> codes.put(p.term(), p.subdivision()));
        return codes;
    }

    @Test
    void theSubdivisionTableHasEveryStateOfMexicoTheUnitedStatesAndColombia() {
        Set<String> codes = Places.subdivisions();
        assertEquals(32, codes.stream().filter(c -> c.startsWith("MX-")).count(), "Mexico's 32 states");
        assertEquals(33, codes.stream().filter(c -> c.startsWith("CO-")).count(), "Colombia's 32 departments and Bogotá");
        assertEquals(true, codes.containsAll(List.of("US-TX", "US-CA", "US-AZ", "US-NY", "US-DC")), codes.toString());
    }

    @Test
    void theSubdivisionTableNamesProvincesOfMoreCountriesAndKeepsAmbiguousNamesQualified() {
        Map<String, String> en = codes("en");
        Map<String, String> es = codes("es");
        // a province alone, in both languages, with and without its accents
        assertEquals("EC-G", en.get("Guayas"));
        assertEquals("EC-O", es.get("El Oro"));
        assertEquals("HN-OL", es.get("Olancho"));
        assertEquals("GT-PE", en.get("Peten"));
        assertEquals("NG-ZA", en.get("Zamfara"));
        assertEquals("UA-63", en.get("Kharkiv Oblast"));
        assertEquals("SY-HL", es.get("Alepo"));
        // a name that is also a surname, a word or another country's capital: only with its type
        assertEquals("VE-R", es.get("estado Sucre"));
        assertEquals("VE-R", en.get("Sucre state"));
        assertEquals("HN-CR", es.get("departamento de Cortés"));
        assertEquals("NG-NI", en.get("Niger State"));
        assertNull(es.get("Cortés"));
        assertNull(en.get("Trujillo"));
        assertEquals("US-FL", es.get("Florida"), "Florida stays the US state's, Uruguay's department only qualified");
        assertEquals("UY-FD", es.get("departamento de Florida"));
        // a name two countries' provinces share is neither's alone, nor qualified when the type is shared too
        assertNull(es.get("Santa Cruz"));
        assertNull(es.get("departamento de La Paz"));
        // the countries' capitals keep the country's meaning
        assertNull(en.get("Kabul"));
        assertEquals("AF-KAB", en.get("Kabul province"));
    }

    @Test
    void spainsProvincesNameTheirCommunityAndIndiaLebanonLibyaPalestineHaveCodes() {
        Map<String, String> en = codes("en");
        Map<String, String> es = codes("es");
        Map<String, String> city = new HashMap<>();
        Places.all().stream().filter(p -> p.kind() == Place.Kind.CITY).forEach(p -> city.put(p.term(), p.country()));
        // a community and a province of it carry the community's code, in both languages
        assertEquals("ES-CN", es.get("Canarias"));
        assertEquals("ES-CN", en.get("Canary Islands"));
        assertEquals("ES-CE", es.get("Ceuta"));
        assertEquals("ES-AN", es.get("Almería"));
        assertEquals("ES-AN", en.get("Andalusia"));
        assertEquals("ES-CN", en.get("Lanzarote"), "an island of places-extra.tsv carries its community's code");
        // names of Latin American places, cities and surnames: only with their type, or not at all when shared
        assertNull(es.get("Granada"));
        assertEquals("ES-AN", es.get("provincia de Granada"));
        assertNull(es.get("Valencia"));
        assertNull(es.get("Santa Cruz de Tenerife"));
        assertNull(es.get("León"));
        assertNull(es.get("Sevilla"));
        assertEquals("AR-X", es.get("provincia de Córdoba"), "Argentina's province keeps its qualified name");
        assertEquals("AR-F", es.get("provincia de La Rioja"));
        assertEquals("ES-RI", es.get("comunidad de La Rioja"));
        // India, Lebanon, Libya, Palestine
        assertEquals("IN-OR", en.get("Odisha"));
        assertEquals("IN-MN", en.get("Manipur"));
        assertEquals("LB-NA", en.get("Nabatieh"));
        assertEquals("LY-MI", en.get("Misrata"));
        assertEquals("PS-KYS", en.get("Khan Younis"));
        assertNull(en.get("Gaza"), "Gaza stays Palestine's name");
        // Spanish names of Sudan's states; the rivers and the capital only with their type
        assertEquals("SD-DN", es.get("Darfur del Norte"));
        assertEquals("SD-KS", es.get("Kordofan del Sur"));
        assertNull(es.get("Nilo Blanco"));
        assertEquals("SD-NW", es.get("estado del Nilo Blanco"));
        assertNull(es.get("Jartum"));
        // a town named like its own province is left to the province (cities.tsv), another country's town stays
        assertNull(city.get("Almería"));
        assertNull(city.get("Salta"));
        assertEquals("ES", city.get("Murcia"));
    }

    @Test
    void parishesCountiesAndProvincesOfTheThirdRoundHaveCodes() {
        Map<String, String> en = codes("en");
        // Jamaica: the parishes as reporters write them, a police division of Kingston; towns elsewhere only with their type
        assertEquals("JM-02", en.get("St Andrew"));
        assertEquals("JM-02", en.get("St. Andrew"));
        assertEquals("JM-14", en.get("St Catherine"), "the hand row of places-extra.tsv gave way to the coded one");
        assertEquals("JM-13", en.get("Clarendon"));
        assertEquals("JM-01", en.get("Kingston Western"));
        assertEquals("JM-14", en.get("Spanish Town"));
        assertNull(en.get("Portland"));
        assertEquals("JM-04", en.get("parish of Portland"));
        assertNull(en.get("Hanover"));
        assertNull(en.get("St Thomas"));
        assertEquals("JM-03", en.get("St Thomas parish"));
        assertNull(en.get("Kingston"), "the capital stays the country's");
        // Guyana: the regions, with a hyphen or an en dash, and the coasts of the Demerara
        assertEquals("GY-EB", en.get("East Berbice-Corentyne"));
        assertEquals("GY-EB", en.get("East Berbice–Corentyne"));
        assertEquals("GY-DE", en.get("East Coast Demerara"));
        assertEquals("GY-ES", en.get("West Coast Demerara"));
        assertNull(en.get("Berbice"));
        // Kenya: the counties; a county named like its town is left to the county (cities.tsv), a given name to its type
        assertEquals("KE-43", en.get("Turkana"));
        assertEquals("KE-17", en.get("Kisumu"));
        assertEquals("KE-28", en.get("Mombasa"), "the hand row of places-extra.tsv gave way to the coded one");
        assertEquals("KE-39", en.get("Taita Taveta"));
        assertNull(en.get("Nandi"));
        assertEquals("KE-32", en.get("Nandi County"));
        assertNull(en.get("Nairobi"), "the capital stays the country's");
        assertEquals("KE-30", en.get("Nairobi County"));
        assertNull(en.get("Busia"), "a district of Uganda too");
        // the Philippines: a region, its provinces as rows of it (iso-codes' outdated parents corrected), words left to their type
        assertEquals("PH-40", en.get("Calabarzon"));
        assertEquals("PH-14", en.get("Bangsamoro"));
        assertEquals("PH-14", en.get("Maguindanao"), "the hand row of places-extra.tsv gave way to the coded one");
        assertEquals("PH-14", en.get("Basilan"));
        assertEquals("PH-12", en.get("South Cotabato"));
        assertEquals("PH-07", en.get("Cebu"));
        assertEquals("PH-41", en.get("Occidental Mindoro"));
        assertNull(en.get("Antique"));
        assertNull(en.get("Quezon"));
        assertEquals("PH-40", en.get("Quezon province"));
        // South Africa: the provinces, KZN; North West only with its type
        assertEquals("ZA-GP", en.get("Gauteng"));
        assertEquals("ZA-KZN", en.get("KZN"));
        assertEquals("ZA-KZN", codes("es").get("KwaZulu-Natal"));
        assertNull(en.get("North West"));
        assertEquals("ZA-NW", en.get("North West province"));
        // Trinidad and Tobago: the corporations and the towns that name them; a person's name only with its type
        assertEquals("TT-TOB", en.get("Tobago"));
        assertEquals("TT-SJL", en.get("Laventille"));
        assertEquals("TT-CTT", en.get("Couva"));
        assertNull(en.get("Diego Martin"));
        assertEquals("MX-TAM", en.get("San Fernando"), "the hand row of places-extra.tsv keeps Tamaulipas' town");
        // Bangladesh: divisions, districts as rows of them, the older spellings; India's town names left out
        assertEquals("BD-B", en.get("Cox's Bazar"));
        assertEquals("BD-B", en.get("Chittagong"));
        assertEquals("BD-G", en.get("Sylhet"));
        assertEquals("BD-B", en.get("Kutupalong"), "a camp of places-extra.tsv carries its division's code");
        assertNull(en.get("Gopalganj"));
        assertNull(en.get("Dhaka"), "the capital stays the country's");
        // Greece: the regions' English and Spanish names; islands are hand rows of places-extra.tsv with their region's code
        assertEquals("GR-K", en.get("North Aegean"));
        assertEquals("GR-L", codes("es").get("Egeo Meridional"));
        assertEquals("GR-M", en.get("Crete"));
        assertEquals("GR-K", en.get("Lesbos"));
        assertEquals("GR-A", en.get("Evros"));
        assertNull(en.get("Attica"), "also New York's prison");
        // Tunisia: the governorates; Sfax's code-less hand row gave way; Portugal's Beja and a given name only with their type
        assertEquals("TN-61", en.get("Sfax"));
        assertEquals("TN-53", en.get("Mahdia"));
        assertNull(en.get("Béja"));
        assertNull(en.get("Ariana"));
        assertNull(en.get("Tunis"), "the capital stays the country's");
    }

    @Test
    void italysRegionsAndTheirProvincesHaveCodes() {
        Map<String, String> en = codes("en");
        Map<String, String> es = codes("es");
        // the regions by their English, Italian and Spanish names
        assertEquals("IT-82", en.get("Sicily"), "the hand row of places-extra.tsv gave way to the coded one");
        assertEquals("IT-82", es.get("Sicilia"));
        assertEquals("IT-75", en.get("Apulia"));
        assertEquals("IT-75", en.get("Puglia"));
        assertEquals("IT-25", es.get("Lombardía"));
        assertEquals("IT-88", es.get("Cerdeña"));
        assertEquals("IT-78", en.get("Calabria"));
        // provinces as rows of their region; islands and cities as hand rows with their region's code
        assertEquals("IT-78", en.get("Crotone"));
        assertEquals("IT-82", en.get("Agrigento"));
        assertEquals("IT-21", en.get("Turin"));
        assertEquals("IT-82", en.get("Lampedusa"));
        assertEquals("IT-82", es.get("Linosa"));
        assertEquals("IT-72", en.get("Naples"));
        // words, names and towns elsewhere only with their type; the capital stays the country's
        assertNull(en.get("Piedmont"), "also the US plateau");
        assertEquals("IT-21", en.get("Piedmont region"));
        assertNull(es.get("Latina"));
        assertNull(es.get("Como"));
        assertNull(es.get("Palermo"), "also Buenos Aires' barrio");
        assertEquals("IT-82", es.get("provincia de Palermo"));
        assertNull(en.get("Salerno"));
        assertNull(en.get("Rome"), "the capital stays the country's");
    }

    @Test
    void ugandasDistrictsHaveCodes() {
        Map<String, String> en = codes("en");
        // districts named like their towns give the town's row way (cities.tsv); refugee settlements carry their district's
        assertEquals("UG-304", en.get("Gulu"));
        assertEquals("UG-406", en.get("Kasese"));
        assertEquals("UG-104", en.get("Luweero"));
        assertEquals("UG-418", en.get("Nakivale"));
        assertEquals("UG-313", en.get("Bidibidi"));
        // a currency, a surname, the capital, Kenya's county: no code
        assertNull(en.get("Lira"));
        assertNull(en.get("Moyo"));
        assertNull(en.get("Kampala"), "the capital stays the country's");
        assertNull(en.get("Busia"), "a county of Kenya too");
    }

    @Test
    void spanishNamesOfCitiesKnownByAnotherNameComeFromCldr() {
        Map<String, Place> es = new HashMap<>();
        Places.all().stream().filter(p -> p.lang().equals("es")).forEach(p -> es.putIfAbsent(p.term(), p));
        assertEquals("SY", es.get("Damasco").iso2());
        assertEquals(Place.Kind.CAPITAL, es.get("Jartum").kind());
        assertEquals("SD", es.get("Jartum").iso2());
        assertEquals("IN-WB", es.get("Calcuta").subdivision(), "a city keeps its English row's state");
        // CLDR's "Navidad" (Christmas Island) and "Belén" (Brazil's Belém) are left out
        assertNull(es.get("Navidad"));
        assertNull(es.get("Belén"));
    }
}
