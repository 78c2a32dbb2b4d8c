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
