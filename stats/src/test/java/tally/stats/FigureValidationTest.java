package tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureValidationTest {

    private static Figure figure(double value, String place, Period period, String published) {
        return new Figure("id", "article", null, published == null ? null : LocalDate.parse(published), null, Metric.DEATHS, value,
                Qualifier.EXACT, place, period, Basis.TOTAL, "q", new Span(0, 1), "tally-extract/1/en", new Span(0, 1), null, "en",
                null, List.of());
    }

    @Test
    void acceptsAnOrdinaryFigure() {
        assertNull(FigureValidation.problem(figure(15273, "MX", Period.year(2010), "2011-01-13")));
        assertNull(FigureValidation.problem(figure(4, null, null, null)));
    }

    @Test
    void refusesAbsurdValuesUnknownPlacesAndImpossiblePeriods() {
        assertEquals("value -5.0 is not a count of people", FigureValidation.problem(figure(-5, "MX", null, null)));
        assertEquals("value 1.0E11 is not a count of people", FigureValidation.problem(figure(1e11, "MX", null, null)));
        assertEquals("value NaN is not a count of people", FigureValidation.problem(figure(Double.NaN, "MX", null, null)));
        assertEquals("unknown place 'XX'", FigureValidation.problem(figure(5, "XX", null, null)));
        assertEquals("period starts before 1900-01-01", FigureValidation.problem(figure(5, "MX", Period.year(1850), null)));
        assertEquals("period starts after the publication date",
                FigureValidation.problem(figure(5, "MX", Period.year(2030), "2011-01-13")));
        assertEquals("publication date +999999999-01-01 is not between 1900-01-01 and 2199-12-31",
                FigureValidation.problem(figure(5, "MX", null, "+999999999-01-01")));
        assertEquals("publication date 1899-12-31 is not between 1900-01-01 and 2199-12-31",
                FigureValidation.problem(figure(5, null, null, "1899-12-31")));
        assertNull(FigureValidation.problem(figure(5, "MX", Period.year(2190), "2199-12-31")));
    }

    @Test
    void refusesADefinitionOfTheOtherCategoryAndASubdivisionOutsideItsCountry() {
        Figure f = figure(15273, "MX", Period.year(2010), "2011-01-13");
        assertNull(FigureValidation.problem(f.withMeaning(Kind.FLOW, Definition.ORGANIZED_CRIME, "MX-CHH", "INEGI")));
        assertEquals("definition refugees does not apply to deaths",
                FigureValidation.problem(f.withMeaning(Kind.FLOW, Definition.REFUGEES, null, null)));
        assertEquals("subdivision 'US-TX' is not inside place 'MX'",
                FigureValidation.problem(f.withMeaning(Kind.FLOW, Definition.UNSPECIFIED, "US-TX", null)));
        assertEquals("unknown subdivision 'MX-XYZ'",
                FigureValidation.problem(f.withMeaning(Kind.FLOW, Definition.UNSPECIFIED, "MX-XYZ", null)));
    }

    @Test
    void theSubdivisionTableHasEveryStateOfMexicoTheUnitedStatesAndColombia() {
        java.util.Set<String> codes = Places.subdivisions();
        assertEquals(32, codes.stream().filter(c -> c.startsWith("MX-")).count(), "Mexico's 32 states");
        assertEquals(33, codes.stream().filter(c -> c.startsWith("CO-")).count(), "Colombia's 32 departments and Bogotá");
        assertEquals(true, codes.containsAll(List.of("US-TX", "US-CA", "US-AZ", "US-NY", "US-DC")), codes.toString());
    }

    @Test
    void theSubdivisionTableNamesProvincesOfMoreCountriesAndKeepsAmbiguousNamesQualified() {
        java.util.Map<String, String> en = new java.util.HashMap<>();
        java.util.Map<String, String> es = new java.util.HashMap<>();
        for (Place p : Places.all()) {
            if (p.subdivision() != null) {
                (p.lang().equals("es") ? es : en).put(p.term(), p.subdivision());
            }
        }
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
        java.util.Map<String, String> en = new java.util.HashMap<>();
        java.util.Map<String, String> es = new java.util.HashMap<>();
        java.util.Map<String, String> city = new java.util.HashMap<>();
        for (Place p : Places.all()) {
            if (p.subdivision() != null) {
                (p.lang().equals("es") ? es : en).put(p.term(), p.subdivision());
            }
            if (p.kind() == Place.Kind.CITY) {
                city.put(p.term(), p.country());
            }
        }
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
    void aSchemaOneRecordIsReadWithKindUnknownAndDefinitionUnspecified() throws Exception {
        String v1 = "{\"schema\":1,\"id\":\"f\",\"articleId\":\"a\",\"metric\":\"deaths\",\"value\":7,"
                + "\"qualifier\":\"exact\",\"basis\":\"total\",\"place\":\"MX\"}";
        Figure f = tally.stats.json.Json.MAPPER.readValue(v1, Figure.class);
        assertEquals(Kind.UNKNOWN, f.kind());
        assertEquals(Definition.UNSPECIFIED, f.definition());
        assertNull(f.subdivision());
        assertNull(FigureValidation.problem(f));
    }
}
