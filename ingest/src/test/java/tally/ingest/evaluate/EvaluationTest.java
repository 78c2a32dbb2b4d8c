package tally.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/** What the evaluation counts: the all-fields-right share, and pages read as pages. */
class EvaluationTest {

    private static final LocalDate SEPT_17 = LocalDate.of(2012, 9, 17);
    private static final Period THAT_DAY = new Period(SEPT_17, SEPT_17);
    private static final String BAR_SHOOTING = "MONTERREY, Mexico — Gunmen burst into a bar in the northern city of "
            + "Monterrey on Sunday night and opened fire, killing eight people and wounding four, state prosecutors said.";

    private static GoldItem.Expected expected(Metric metric, double value, String place) {
        return new GoldItem.Expected(metric, value, Qualifier.EXACT, place, THAT_DAY, Basis.TOTAL, null, null, null);
    }

    @Test
    void allFieldsRightCountsOnlyMatchesWithEveryFieldRightOverTheExpected() {
        // The injuries are annotated in the wrong country on purpose: matched, but not all right.
        GoldItem item = new GoldItem("a", SEPT_17, "en", BAR_SHOOTING,
                List.of(expected(Metric.DEATHS, 8, "MX"), expected(Metric.INJURIES, 4, "GT"),
                        expected(Metric.KIDNAPPINGS, 3, "MX")), null);
        Evaluation.Report report = Evaluation.run(List.of(item));
        assertEquals(2, report.matched());
        assertEquals(1, report.allRight());
        assertEquals(1 / 3.0, report.allFieldsRight(), 1e-9);
        assertTrue(report.summary().contains("all fields right 0.333 of expected (1 of 3)"), report.summary());
    }

    @Test
    void kindAndDefinitionAreScoredOnlyWhereTheGoldCarriesThem() {
        GoldItem.Expected killed = new GoldItem.Expected(Metric.DEATHS, 8, Qualifier.EXACT, "MX", THAT_DAY, Basis.TOTAL, null,
                Kind.INCIDENT, Definition.ORGANIZED_CRIME); // the kind is right, the definition is not in the text
        GoldItem.Expected wounded = expected(Metric.INJURIES, 4, "MX"); // no kind or definition: not scored
        Evaluation.Report report = Evaluation.run(List.of(new GoldItem("k", SEPT_17, "en", BAR_SHOOTING,
                List.of(killed, wounded), null)));
        assertEquals(2, report.matched());
        assertEquals(1, report.kindScored());
        assertEquals(1, report.kindRight());
        assertEquals(1, report.definitionScored());
        assertEquals(0, report.definitionRight());
        assertTrue(report.misses().stream().anyMatch(m -> m.kind().equals("definition")
                && m.detail().startsWith("expected organized_crime, got unspecified")), report.misses().toString());
        assertTrue(report.summary().contains("kind 1.000 (1 of 1 annotated)  definition 0.000 (0 of 1 annotated)"),
                report.summary());
    }

    @Test
    void aPageItemIsReadAsAPageSoItsChromeIsDropped() {
        String article = String.join("\n\n",
                BAR_SHOOTING,
                "The attack was the latest in a wave of violence that has shaken the industrial city, where rival "
                        + "criminal groups have fought for control of the local drug trade for several years now.",
                "Witnesses said the attackers arrived in two pickup trucks, walked into the bar and fired at the "
                        + "customers before fleeing, and that the police arrived about twenty minutes later.",
                "State officials said they had reinforced patrols in the area and promised that the killers would "
                        + "be found and brought to justice, although no arrests had been made by Monday morning.");
        String related = String.join("\n",
                "Related",
                "- Gunmen kill 30 villagers in raid on market",
                "- Bomb kills 12 at bus station",
                "- Police arrest 45 suspects after prison riot");
        String text = article + "\n\n" + related;
        List<GoldItem.Expected> expect = List.of(expected(Metric.DEATHS, 8, "MX"), expected(Metric.INJURIES, 4, "MX"));
        Evaluation.Report asPassage = Evaluation.run(List.of(new GoldItem("p", SEPT_17, "en", text, expect, null)));
        Evaluation.Report asPage = Evaluation.run(List.of(new GoldItem("p", SEPT_17, "en", text, expect, null,
                GoldItem.PAGE)));
        assertEquals(2, asPage.matched());
        assertEquals(2, asPage.predicted(), "the related links are chrome on a page");
        assertTrue(asPassage.predicted() > asPage.predicted(),
                "as the article's own text, the related links are read too: " + asPassage.predicted());
    }
}
