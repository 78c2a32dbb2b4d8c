package tally.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Tokenizer;

/** Dates written out in page blocks, by which the cleaner drops teasers from a later crawl. */
class WrittenDatesTest {

    private final WrittenDates en = new WrittenDates(Lexicon.forLanguage("en"));

    @Test
    void theLatestWrittenDateIsFound() {
        assertEquals(LocalDate.of(2014, 7, 13), en.latest(Tokenizer.tokenize("In this Sunday, July 13, 2014 file image, smoke rises over Tripoli.")));
        assertEquals(LocalDate.of(2011, 3, 1), en.latest(Tokenizer.tokenize("From March 2010 to March 2011 the toll rose.")));
    }

    @Test
    void aMonthWithoutAYearIsNoDate() {
        assertNull(en.latest(Tokenizer.tokenize("In May, 12 people were killed; March 2.12 is no date.")));
    }

    @Test
    void spanishDatesAreLowerCaseWithDe() {
        assertEquals(LocalDate.of(2006, 12, 1), new WrittenDates(Lexicon.forLanguage("es")).latest(Tokenizer.tokenize("desde diciembre de 2006")));
    }
}
