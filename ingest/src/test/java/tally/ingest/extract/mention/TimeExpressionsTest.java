package tally.ingest.extract.mention;

import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.ingest.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.stats.Period;

class TimeExpressionsTest {

    private static final Lexicon ES = Lexicon.forLanguage("es");
    private static final TimeExpressions ES_TIMES = new TimeExpressions(ES);
    private static final NumberReader ES_NUMBERS = new NumberReader(ES);

    /** The time expressions of a Spanish text published on a day. */
    private static List<TimeMention> findEs(String text, String published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return ES_TIMES.find(tokens, ES_NUMBERS.read(text, tokens), LocalDate.parse(published));
    }

    private final Lexicon lexicon = Lexicon.forLanguage("en");
    private final TimeExpressions times = new TimeExpressions(lexicon);
    private final NumberReader numbers = new NumberReader(lexicon);

    private List<TimeMention> find(String text, String published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return times.find(tokens, numbers.read(text, tokens), published == null ? null : LocalDate.parse(published));
    }

    private Period period(String text, String published) {
        List<TimeMention> found = find(text, published);
        assertEquals(1, found.size(), "one time expression in: " + text);
        return found.get(0).period();
    }

    private static Period p(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void relativeExpressionsResolveAgainstThePublicationDate() {
        assertEquals(Period.year(2011), period("Last year, many were killed", "2012-09-17"));
        assertEquals(p("2012-01-01", "2012-09-17"), period("so far this year", "2012-09-17"));
        assertEquals(p("2012-08-01", "2012-08-31"), period("last month", "2012-09-17"));
        assertEquals(p("2007-09-17", "2012-09-17"), period("over the past five years", "2012-09-17"));
    }

    @Test
    void sinceRunsToThePublicationDate() {
        assertEquals(p("2006-10-01", "2012-09-17"), period("since late 2006", "2012-09-17"));
        assertEquals(p("2006-10-01", "2012-09-17"),
                period("since President Felipe Calderon came into office in late 2006", "2012-09-17"));
        assertEquals(p("2006-12-01", "2012-09-17"), period("since December 2006", "2012-09-17"));
        assertEquals(p("2022-02-24", "2022-04-05"), period("since Feb. 24", "2022-04-05"));
    }

    @Test
    void monthRangesAndPartsOfYears() {
        assertEquals(p("2011-01-01", "2011-09-30"), period("between January and September last year", "2012-09-17"));
        assertEquals(p("2011-01-01", "2011-09-30"), period("in the first nine months of 2011", "2012-09-17"));
        assertEquals(p("2011-01-01", "2011-06-30"), period("in the first half of 2011", "2012-09-17"));
        assertEquals(p("2013-11-01", "2014-03-31"), period("between November and March", "2014-04-09"));
        assertEquals(p("2019-05-01", "2019-05-31"), period("in May", "2019-06-05"));
        assertEquals(p("2010-08-01", "2010-08-31"), period("killed in August 2010", "2020-08-22"));
        assertEquals(Period.years(2007, 2009), period("from 2007 to 2009", "2012-09-17"));
        assertEquals(Period.year(2019), period("in fiscal year 2019", "2020-01-10"));
    }

    @Test
    void withoutAPublicationDateRelativeTimesStayOpenWithAReason() {
        List<TimeMention> found = find("last year", null);
        assertNull(found.get(0).period());
        assertEquals("no publication date: a relative time cannot be resolved", found.get(0).warning());
        assertEquals(Period.year(2011), period("in 2011", null));
    }

    @Test
    void anIsoDateIsADayNotItsYear() {
        assertEquals(Period.day(java.time.LocalDate.of(2021, 5, 24)), period("date 2021-05-24 News", "2021-05-25"));
        assertEquals(Period.year(2021), period("in 2021, a year", "2021-05-25"));
    }

    @Test
    void aTallyUpToADayOrMonthOfThePublicationYearRunsFromItsJanuaryFirst() {
        assertEquals(p("2022-01-01", "2022-04-09"), period("Up to April 9, the country recorded 405 homicides", "2022-04-11"));
        assertEquals(p("2023-01-01", "2023-10-15"), period("as of October 15, 23,573 people had arrived", "2023-10-30"));
        assertEquals(p("2018-01-01", "2018-07-31"), period("As of 31 July 2018, the country hosts 976,002 refugees", "2018-07-31"));
        // a tally of an earlier year ends a count whose start the text does not give
        List<TimeMention> earlier = find("47,515 such deaths through September 2011", "2012-11-30");
        assertNull(earlier.get(0).period());
        assertTrue(earlier.get(0).warning().startsWith("cumulative count up to 2011-09-30"));
    }

    @Test
    void expressionsCountedFromTheSentencesOwnTime() {
        List<TimeMention> monthBefore = find("884 were intercepted in June, up from 742 the month before", "2017-07-21");
        assertEquals(Period.month(java.time.YearMonth.of(2017, 5)), monthBefore.get(1).period());
        List<TimeMention> same = find("between January 1 and October 24, compared to 822 for the corresponding period last year", "2015-10-28");
        assertEquals(p("2014-01-01", "2014-10-24"), same.get(1).period());
        List<TimeMention> spring = find("in August 2010, and the following spring", "2020-08-22");
        assertEquals(p("2011-03-01", "2011-05-31"), spring.get(1).period());
        List<TimeMention> summer = find("in 2019, and that summer", "2021-01-01");
        assertEquals(p("2019-06-01", "2019-08-31"), summer.get(1).period());
    }

    @Test
    void anAnchoredExpressionWithNoTimeBeforeItWaitsForTheFigureBefore() {
        TimeMention spring = find("The following spring, investigators found 200 bodies", "2020-08-22").get(0);
        assertNull(spring.period());
        assertEquals(p("2011-03-01", "2011-05-31"), spring.from(Period.month(java.time.YearMonth.of(2010, 8))));
        // "the year before" holds the year before publication until then
        assertEquals(Period.year(2018), period("compared with nearly 400,000 the previous year", "2019-10-31"));
    }

    @Test
    void aBareMonthAfterAMonthWithItsYearIsOfThatYear() {
        List<TimeMention> months = find("In April 2022 the deaths fell to 817, to 544 in May and to 429 in June", "2023-07-18");
        assertEquals(Period.month(java.time.YearMonth.of(2022, 5)), months.get(1).period());
        assertEquals(Period.month(java.time.YearMonth.of(2022, 6)), months.get(2).period());
        List<TimeMention> meses = findEs("En marzo de 2023 hubo 301, y 322 en abril", "2024-07-20");
        assertEquals(Period.month(java.time.YearMonth.of(2023, 4)), meses.get(1).period());
        // an earlier month is not "later in that year": it stays the latest before publication
        List<TimeMention> before = find("In April 2022 there were 817, against 400 in March", "2023-07-18");
        assertEquals(Period.month(java.time.YearMonth.of(2023, 3)), before.get(1).period());
    }

    @Test
    void bareFirstMonthsAreOfTheYearNamedBeforeAndNoTimeBeforeOf() {
        Period twoMonths2019 = Period.months(java.time.YearMonth.of(2019, 1), java.time.YearMonth.of(2019, 2));
        List<TimeMention> en = find("A better comparison is 2019, when in the first two months 310 were killed", "2023-03-08");
        assertEquals(twoMonths2019, en.get(1).period());
        assertEquals(Period.months(java.time.YearMonth.of(2023, 1), java.time.YearMonth.of(2023, 2)),
                period("during the first two months, 212 murders", "2023-03-08"));
        List<TimeMention> es = findEs("la de 2019, cuando se registraron 864 en los primeros dos meses", "2023-03-08");
        assertEquals(twoMonths2019, es.get(1).period());
        // the first months of something else are no time
        assertEquals(0, find("in the first six months of the war, 1,400 were killed", "2023-03-08").size());
        assertEquals(0, findEs("en los primeros seis meses de gobierno hubo 1.400", "2023-03-08").size());
    }

    @Test
    void aLengthWithNoDatesHasNoPeriodButSaysWhy() {
        TimeMention span = find("9,758 migrants were kidnapped over a six-month period", "2010-08-27").get(0);
        assertNull(span.period());
        assertEquals("a span of 6 months with no dates", span.warning());
    }

    @Test
    void fiscalYearsWeekdaysWithDatesAndDayFirstDates() {
        assertEquals(Period.year(2019), period("in the fiscal year that ended last month", "2019-10-31"));
        assertEquals(Period.year(2012), period("in the budget year that ended in September", "2013-01-29"));
        assertEquals(Period.day(LocalDate.of(2024, 5, 7)), period("on Tuesday, May 7", "2024-05-08"));
        assertEquals(p("2019-06-30", "2019-07-06"), period("between 30 June to 06 July 2019", "2019-07-10"));
        assertEquals(p("2023-10-16", "2023-10-30"), period("from October 16 to 30, 6,708 arrived", "2023-10-30"));
        assertEquals(p("2020-08-04", "2020-08-09"), period("during the period 4-9 August", "2020-08-13"));
    }

    @Test
    void spanishRunningTalliesComparisonsAndSpans() {
        assertEquals(p("2023-01-01", "2023-11-30"), findEs("737 casos hasta noviembre", "2023-12-26").get(0).period());
        assertEquals(p("2024-01-01", "2024-03-15"), findEs("En lo que va de año, 11.700 migrantes", "2024-03-15").get(0).period());
        assertEquals(p("2020-01-01", "2020-06-30"),
                findEs("en el primer semestre de 2021 fueron 1.150, frente a 980 en el mismo periodo de 2020", "2021-08-10").get(1).period());
        assertEquals(p("2025-07-01", "2025-07-31"), findEs("del 1 de julio al 31 de julio fueron deportados 4 mil 851", "2025-08-08").get(0).period());
        assertEquals(Period.day(LocalDate.of(2022, 4, 11)), findEs("463 fueron detenidos el lunes 11 de abril", "2022-04-12").get(0).period());
        assertEquals(p("2014-01-01", "2023-03-31"), findEs("De 2014 a la fecha 4 mil 400 migrantes han muerto", "2023-03-31").get(0).period());
        // "por mar" is the sea, not March
        assertTrue(findEs("11.700 migrantes llegaron por mar.", "2024-03-15").isEmpty());
    }

    /**
     * {@link TimeExpressions#mayStartIn} answers for the expressions not yet found (a sentence's are
     * found only when asked): every expression found must start where it says one may, in the
     * generated news and the team's gold sentences.
     */
    @Test
    void anExpressionStartsOnlyWhereOneMayStart() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        tally.ingest.generate.SyntheticNews news = new tally.ingest.generate.SyntheticNews(3);
        for (int a = 0; a < 300; a++) {
            texts.add(news.next().text());
        }
        for (String set : List.of("en", "en-holdout", "en-holdout2")) {
            tally.ingest.evaluate.Evaluation.load(java.nio.file.Path.of(getClass().getResource("/gold/" + set + ".jsonl").toURI()))
                    .forEach(item -> texts.add(item.text()));
        }
        int found = 0;
        for (String text : texts) {
            List<Token> tokens = Tokenizer.tokenize(text);
            List<NumberMention> read = numbers.read(text, tokens);
            for (TimeMention m : times.find(tokens, read, LocalDate.parse("2020-06-15"))) {
                assertTrue(times.mayStartIn(tokens, read, m.start(), m.start() + 1), () -> "'" + m + "' in: " + text);
                found++;
            }
        }
        assertTrue(found > 500, "expressions found: " + found);
        List<Token> tokens = Tokenizer.tokenize("Police arrested 38 people in March");
        List<NumberMention> read = numbers.read("Police arrested 38 people in March", tokens);
        assertTrue(!times.mayStartIn(tokens, read, 0, 2), "no number or time word before the count");
        assertTrue(times.mayStartIn(tokens, read, 4, 6), "'in March'");
    }

    @Test
    void trailingWindowsAndTallyLengthsEndAtPublication() {
        // from the publication date minus so many days, weeks or months (realnews/README.md, "Period")
        assertEquals(p("2025-01-05", "2025-01-19"), period("in the past two weeks", "2025-01-19"));
        assertEquals(p("2023-02-04", "2023-02-14"), period("27 killed in 10 days", "2023-02-14"));
        assertEquals(p("2018-01-13", "2018-09-13"), period("66 murders in eight months", "2018-09-13"));
        assertEquals(p("2022-01-01", "2022-06-30"), period("For the period January 1 to June 30, 2022", "2022-07-05"));
        assertEquals(Period.day(LocalDate.of(2024, 10, 6)), period("killed on Sunday the 6th", "2024-10-08"));
        assertEquals(Period.day(LocalDate.of(2018, 6, 28)), period("drowned on Friday (28/06) off Libya", "2018-07-01"));
    }

    @Test
    void aSpanishWeekdayWithItsDayIsTheLatestSuchDate() {
        assertEquals(Period.day(LocalDate.of(2024, 10, 3)), findEs("el jueves 3 se repatriaron 1.243", "2024-10-07").get(0).period());
        // "el lunes 30" in an article of Thursday 31 October 2024: Monday 30 September, not Wednesday 30 October
        assertEquals(Period.day(LocalDate.of(2024, 9, 30)), findEs("el lunes 30 murieron 5", "2024-10-31").get(0).period());
        assertEquals(p("2021-11-09", "2021-11-30"), findEs("en las últimas tres semanas", "2021-11-30").get(0).period());
        assertEquals(p("2022-03-11", "2022-03-15"), findEs("900 migrantes en solo cuatro días", "2022-03-15").get(0).period());
    }

    @Test
    void aStartMonthAndAnEndDayRunFromTheFirstOfThatMonth() {
        assertEquals(p("2023-01-01", "2023-06-11"), period("from January to June 11", "2023-06-20"));
        assertEquals(p("2021-01-01", "2021-03-09"), period("between January and March 9, 2021", "2023-06-20"));
        assertEquals(p("2022-01-01", "2022-11-20"), findEs("entre enero y el 20 de noviembre", "2022-11-25").get(0).period());
        assertEquals(p("2023-10-01", "2024-03-15"), findEs("desde octubre hasta el 15 de marzo", "2024-03-18").get(0).period());
        assertEquals(p("2019-02-01", "2019-08-30"), findEs("de febrero al 30 de agosto del 2019", "2024-03-18").get(0).period());
    }

    @Test
    void aYearAfterDelIsReadAsAfterDe() {
        assertEquals(p("2024-01-01", "2024-11-20"), findEs("del 1 de enero al 20 de noviembre del 2024", "2024-11-21").get(0).period());
        assertEquals(p("2015-06-18", "2015-11-16"), findEs("desde el 18 de junio al 16 de noviembre del 2015", "2016-03-02").get(0).period());
    }
}
