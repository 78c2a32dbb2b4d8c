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
}
