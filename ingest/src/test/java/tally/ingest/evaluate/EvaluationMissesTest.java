package tally.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/** Each disagreement says which rule linked the figure found, or which guard dropped the number missed. */
class EvaluationMissesTest {

    private static GoldItem item(String id, String text, GoldItem.Expected... expect) {
        return new GoldItem(id, LocalDate.of(2011, 1, 13), "en", text, List.of(expect), null);
    }

    private static GoldItem.Expected deaths(double value) {
        return new GoldItem.Expected(Metric.DEATHS, value, Qualifier.EXACT, "MX", Period.year(2010), Basis.TOTAL, null, null, null);
    }

    private static String detail(GoldItem item) {
        Evaluation.Report report = Evaluation.run(List.of(item));
        assertEquals(1, report.misses().size(), () -> "one disagreement: " + report.misses());
        return report.misses().get(0).detail();
    }

    @Test
    void aSpuriousFigureNamesItsRule() {
        assertEquals("deaths 15 [rule SubjectVerb]", detail(item("a", "In 2010, 15 people were killed in Mexico.")));
    }

    @Test
    void aMissedFigureNamesTheGuardThatDroppedItsNumber() {
        assertEquals("deaths 12 [Unit]", detail(item("b", "In 2010, 12 kilometers of road in Mexico were closed after attacks.", deaths(12))));
        assertEquals("deaths 8 [CountOfOtherThings]", detail(item("c", "In 2010, 8 trucks were burned in Mexico, police said.", deaths(8))));
    }

    @Test
    void aMissedFigureFoundAsAnotherMetricSaysSo() {
        Evaluation.Report report = Evaluation.run(List.of(item("d", "In 2010, 40 people were kidnapped in Mexico.", deaths(40))));
        assertEquals(List.of("deaths 40 [found as kidnappings by rule SubjectVerb]", "kidnappings 40 [rule SubjectVerb]"),
                report.misses().stream().map(Evaluation.Miss::detail).toList());
    }

    @Test
    void aMissedSecondMentionSaysWhyItWasMissedAndThatTheFirstWasFound() {
        Evaluation.Report report = Evaluation.run(List.of(item("f", "In 2010, 16 people were killed in Mexico. Sixteen were buried in one grave on Monday.",
                deaths(16), deaths(16))));
        assertEquals(List.of("deaths 16 [no link rule; another mention found by rule SubjectVerb]"),
                report.misses().stream().map(Evaluation.Miss::detail).toList());
    }

    @Test
    void aFieldDisagreementNamesTheRule() {
        GoldItem.Expected elsewhere = new GoldItem.Expected(Metric.DEATHS, 15, Qualifier.EXACT, "GT", Period.year(2010), Basis.TOTAL, null, null, null);
        assertEquals("expected GT, got MX [rule SubjectVerb]", detail(item("e", "In 2010, 15 people were killed in Mexico.", elsewhere)));
    }
}
