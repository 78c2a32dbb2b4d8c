package tally.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tally.ingest.Articles;
import tally.stats.Basis;
import tally.stats.Figure;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

class FigureExtractorTest {

    private static Figure only(String published, String text) {
        List<Figure> figures = Articles.figures(published, text);
        assertEquals(1, figures.size(), "one figure in: " + text + " got " + figures);
        return figures.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The State Department had a $5 million reward out for his arrest.",
        "A 25-year-old man was found in the car.",
        "Juan Perez, 25, was arrested on a highway.",
        "He takes over Dec. 1.",
        "(Page 2 of 2)",
        "Six out of 10 Mexicans think that organized crime gangs are getting the upper hand.",
        "Only about one in five kidnappings is ever reported to police.",
        "Voters still have two months before they choose a president.",
        "Thousands of families have never received justice for murdered loved ones.",
        "Dozens of people were killed in the clashes.",
        "Troops seized 20,000 weapons and five trucks.",
        "Three officials said the two countries would cooperate.",
        "The drought could displace 1 million people by 2030.",
        "The government plans to deport 5 million people.",
        "The homicide rate reached 24 per 100,000 inhabitants.",
        "On average, 18 people were killed every day.",
        "Homicides fell 12 percent in 2012.",
        "The shelter has 200 beds and three kitchens.",
        "The attack happened at 3 p.m. on Route 66.",
        "The suspects face up to 20 years in prison.",
        "Mexico won the match 3-1 in 2010."
    })
    void thingsThatAreNotFiguresYieldNone(String text) {
        assertEquals(List.of(), Articles.figures("2012-09-17", text));
    }

    @Test
    void bracketedAgesAfterVictimsNamesAreNoListItems() {
        // Without the age guard, "(58)" after a figure reads as an item of its list ("Cortés (188)").
        Figure f = only("2024-09-10", "Four people were shot dead in Catacamas, Honduras. "
                + "Police named them as José Solís (58), Elsa Giménez (39), Mileydi Vásquez (28) and Olvin Sevilla (20).");
        assertEquals(4, f.value());
    }

    @Test
    void fewerOrLessRightAfterANumberIsADifferenceButMoreIsNot() {
        // "less"/"fewer" right after the number need no second term ([difference alone]); "more" alone adds to a count
        assertEquals(List.of(), Articles.figures("2024-01-05", "The province ended 2023 with 88 less killings."));
        assertEquals(5, only("2024-01-05", "Five more people were killed in Kandahar on Sunday.").value());
    }

    @Test
    void laterMembersOfALabelledListAreLabels() {
        // "aged 6, 9 and 12": each age is a label, the count is the children's
        assertEquals(3, only("2023-09-20", "Three children aged 6, 9 and 12 were shot dead in Cali.").value());
        // a conjunction alone joins no count to a label
        assertEquals(12, only("2023-09-20", "A bomb exploded in District 9 and 12 people were injured.").value());
    }

    @Test
    void passiveSubjectWithDemonym() {
        Figure f = only("2012-09-17", "Last year, 15,273 Mexicans were killed in drug-related violence.");
        assertEquals(Metric.DEATHS, f.metric());
        assertEquals(15273, f.value());
        assertEquals("MX", f.place());
        assertEquals(Period.year(2011), f.period());
    }

    @Test
    void activeVerbWithNumberWordsAndDemonymAdjective() {
        Figure f = only("2014-07-28", "A bomb blast in southern Afghanistan killed four civilians Saturday, an official said.");
        assertEquals(Metric.DEATHS, f.metric());
        assertEquals(4, f.value());
        assertEquals("AF", f.place());
        assertEquals(Period.day(java.time.LocalDate.of(2014, 7, 28)), f.period());
    }

    @Test
    void theKillersAreNotCounted() {
        Figure f = only("2012-01-01", "Twelve gunmen killed five police officers in Michoacan.");
        assertEquals(5, f.value());
    }

    @Test
    void migrantsKilledAreDeathsButDeathsOnTheCrossingAreMigrantDeaths() {
        assertEquals(Metric.DEATHS, only("2010-08-27", "Seventy-two migrants were killed at a ranch in San Fernando.").metric());
        assertEquals(Metric.MIGRANT_DEATHS, only("2013-01-10", "Some 477 migrants died crossing the Arizona desert last year.").metric());
    }

    @Test
    void agenciesMakeCatchingAnApprehension() {
        Figure f = only("2012-01-01", "Border Patrol agents apprehended 327,577 people along the southwest border in fiscal 2011.");
        assertEquals(Metric.APPREHENSIONS, f.metric());
        assertEquals("US", f.place());
        assertEquals(Period.year(2011), f.period());
    }

    @Test
    void totalsListsAndComparisons() {
        List<Figure> figures = Articles.figures("2011-01-15",
                "The death toll rose to 2,826 in 2007, 6,838 in 2008 and 9,614 in 2009, up from 62 in December 2006.");
        assertEquals(List.of(2826.0, 6838.0, 9614.0, 62.0), figures.stream().map(Figure::value).toList());
        assertEquals(Period.year(2008), figures.get(1).period());
        assertTrue(figures.stream().allMatch(f -> f.metric() == Metric.DEATHS));
    }

    @Test
    void qualifiersAndYearlyRatesWithTheirChange() {
        Figure f = only("2012-09-17", "An estimated 150,000 undocumented immigrants come to the U.S. each year, "
                + "a 70 percent drop from the annual rates during the first half of the decade.");
        assertEquals(Qualifier.APPROXIMATELY, f.qualifier());
        assertEquals(Basis.PER_YEAR, f.basis());
        assertEquals(-70.0, f.change().percent());
        assertEquals(500_000.0, f.change().baseline());
        assertEquals(Qualifier.AT_LEAST, only("2012-01-01", "More than 35,000 people have died.").qualifier());
        assertEquals(Qualifier.AT_MOST, only("2012-01-01", "Up to 300 migrants drowned off Lampedusa.").qualifier());
    }

    @Test
    void cumulativeCountsHaveNoPeriodAndSayWhy() {
        Figure f = only("2016-02-11", "The war in Syria has claimed more than 250,000 lives.");
        assertNull(f.period());
        assertTrue(f.warnings().contains("cumulative or current count with no stated period"), f.warnings().toString());
    }

    @Test
    void placeComesFromTheSentenceBeforeWhenTheSentenceHasNone() {
        List<Figure> figures = Articles.figures("2012-01-01",
                "Violence has surged in Honduras. Police said 20 people were killed in the weekend.");
        assertEquals("HN", figures.get(0).place());
    }

    @Test
    void idsAreDeterministicAndDistinct() {
        String text = "Gunmen killed 12 people and wounded 30 in Acapulco.";
        List<Figure> first = Articles.figures("2012-01-01", text);
        List<Figure> second = Articles.figures("2012-01-01", text);
        assertEquals(first.stream().map(Figure::id).toList(), second.stream().map(Figure::id).toList());
        assertNotEquals(first.get(0).id(), first.get(1).id());
        assertEquals(first.get(0).articleId(), first.get(1).articleId());
    }

    @Test
    void spansPointIntoTheCleanText() {
        String text = "Police said 12 people were killed.";
        Figure f = only("2012-01-01", text);
        assertEquals(text, text.substring(f.span().start(), f.span().end()));
        assertEquals("12 people were killed", text.substring(f.mention().start(), f.mention().end()));
    }

    /** Counts with no word of their own for what they count go on with the statistic before them. */
    @Test
    void breakdownsAndListsContinueTheStatisticBeforeThem() {
        List<Figure> f = Articles.figures("2019-02-14", "Police recorded 1,204 homicides in Honduras in 2018. "
                + "Cortes led the departments with 388, ahead of Atlantida (97).");
        assertEquals(List.of(1204.0, 388.0, 97.0), f.stream().map(Figure::value).toList());
        for (Figure x : f) {
            assertEquals(Metric.DEATHS, x.metric());
            assertEquals(Period.year(2018), x.period(), "the list has the period of the count it breaks down");
        }
        assertEquals("Elliptical", f.get(1).rule());
        List<Figure> including = Articles.figures("2016-03-09", "A raid on a camp killed 27 people, including 11 children.");
        assertEquals(List.of(27.0, 11.0), including.stream().map(Figure::value).toList());
    }

    @Test
    void aStatedPeriodDatesTheBreakdownsWhileTheArticleKeepsCountingInIt() {
        List<Figure> f = Articles.figures("2021-09-10", "Zambian police recorded 96 murders in the last six months. "
                + "The figures were released at a briefing in Lusaka. He called the trend worrying. "
                + "In that period last year, 81 murders were recorded. Domestic disputes led to 40 murders, while 17 murders followed robberies.");
        assertEquals(List.of(96.0, 81.0, 40.0, 17.0), f.stream().map(Figure::value).toList());
        Period lastSixMonths = new Period(java.time.LocalDate.of(2021, 3, 10), java.time.LocalDate.of(2021, 9, 10));
        assertEquals(lastSixMonths, f.get(0).period());
        assertEquals(new Period(java.time.LocalDate.of(2020, 3, 10), java.time.LocalDate.of(2020, 9, 10)), f.get(1).period());
        // four sentences after the lead, kept by the comparison with the same span last year
        assertEquals(lastSixMonths, f.get(2).period());
        assertEquals(lastSixMonths, f.get(3).period());
    }

    @Test
    void aListOfThingsOrACountFarFromAFigureContinuesNothing() {
        assertEquals(List.of(1204.0), Articles.figures("2019-02-14", "Police recorded 1,204 homicides in Honduras in 2018. "
                + "Soldiers seized weapons, including 12 trucks.").stream().map(Figure::value).toList());
        assertEquals(List.of(1204.0), Articles.figures("2019-02-14", "Police recorded 1,204 homicides in Honduras in 2018. "
                + "The report was long. Its authors met twice. The mayor said so (41).").stream().map(Figure::value).toList());
    }

    /** Issue 21: a zero-width character inside a number does not cut it in two. */
    @Test
    void invisibleCharactersInsideANumberAreNotSeen() {
        assertEquals(List.of(45.0), Articles.figures("2012-03-05", "In 2012, 4\u200b5 people were killed in Mexico.").stream()
                .map(Figure::value).toList());
        assertEquals(List.of(1500.0), Articles.figures("2012-03-05", "In 2012, 1\u2009500 people were killed in Mexico.").stream()
                .map(Figure::value).toList());
    }

    /**
     * A sentence of no figure that dates one attack dates the toll after it; a weekday with a verb of saying before the
     * word of the event dates a statement instead, and "were reported" with the count before it is the count's own verb.
     */
    @Test
    void theDayOfAnAttackInTheSentenceBeforeDatesTheTollAfterIt() {
        java.time.LocalDate march3 = java.time.LocalDate.of(2023, 3, 3);
        assertEquals(Period.day(march3), only("2023-03-10", "Gunmen attacked the village of Kwali on March 3. "
                + "Twelve people were killed, police said.").period());
        List<Figure> f = Articles.figures("2023-03-10", "Bandits have killed 120 people in Zamfara since January. "
                + "On Thursday, the governor said that attacks on villages had risen. Twelve people were killed in Kwali.");
        assertEquals(new Period(java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 3, 10)), f.get(1).period());
        assertEquals(Period.year(2021), Articles.figures("2023-05-10", "Honduras recorded 1,020 homicides in the first four "
                + "months of the year. It was a sharp drop, after 3,360 homicides were reported in 2021.").get(1).period());
    }
}
