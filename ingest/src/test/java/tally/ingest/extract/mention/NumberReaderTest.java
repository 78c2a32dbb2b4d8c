package tally.ingest.extract.mention;

import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberReaderTest {

    private final NumberReader reader = new NumberReader(Lexicon.forLanguage("en"));

    private List<Double> values(String text) {
        return reader.read(text, Tokenizer.tokenize(text)).stream().map(NumberMention::value).toList();
    }

    @Test
    void digitsWithSeparatorsDecimalsAndScales() {
        assertEquals(List.of(15273.0), values("15,273 people"));
        assertEquals(List.of(2_500_000.0), values("2.5 million people"));
        assertEquals(List.of(1_200_000.0), values("a 1.2-million-strong crowd"));
        assertEquals(List.of(150_000.0), values("150 thousand migrants"));
        assertEquals(List.of(5_000_000.0), values("a $5m reward"));
    }

    @Test
    void numberWordsAreParsedByIcuSpellout() {
        assertEquals(List.of(15_000.0), values("fifteen thousand people"));
        assertEquals(List.of(72.0), values("Seventy-two migrants"));
        assertEquals(List.of(4.0), values("four civilians"));
        assertEquals(List.of(273.0), values("two hundred and seventy-three"));
        assertEquals(List.of(24.0), values("two dozen soldiers"));
    }

    @Test
    void vagueAmountsAndArticlesAreNotNumbers() {
        assertEquals(List.of(), values("thousands of families, dozens of bodies, hundreds of migrants"));
        assertEquals(List.of(), values("a man and an officer"));
        assertEquals(List.of(), values("tens of thousands fled"));
    }

    @Test
    void yearsAreMarked() {
        List<NumberMention> found = reader.read("in 2006", Tokenizer.tokenize("in 2006"));
        assertTrue(found.get(0).yearLike());
        assertTrue(!reader.read("2,006 people", Tokenizer.tokenize("2,006 people")).get(0).yearLike());
    }

    /** realnews/README.md counts "1, 421" with a stray space as one figure; a date or a list before the comma is no such slip. */
    @Test
    void aStraySpaceAfterTheThousandsCommaJoinsTheGroups() {
        NumberReader spanish = new NumberReader(Lexicon.forLanguage("es"));
        assertEquals(List.of(1421.0), values("the 1, 421 recorded"));
        assertEquals(List.of(2022.0, 12853.0), values("In 2022, 12, 853 were deported"));
        assertEquals(List.of(19.0, 206.0), values("On August 19, 206 migrants arrived"));
        assertEquals(List.of(19.0, 206.0), values("On Monday 19, 206 migrants arrived"));
        assertEquals(List.of(4.0, 7.0, 120.0, 9.0), values("4, 7, 120 and 9"));
        assertEquals(List.of(10.0, 120.0, 130.0), values("10, 120 and 130 people"));
        assertEquals(List.of(1.0, 421.0, 500.0), values("1, 421, 500"));
        assertEquals(List.of(5.0, 100.0, 200.0), values("5, 100, 200"));
        assertEquals(List.of(12853.0, 13.0), values("Of this number, 12, 853 were civilians, 13 were policemen"));
        assertEquals(List.of(1421.0), spanish.read("fueron 1, 421 personas", Tokenizer.tokenize("fueron 1, 421 personas"))
                .stream().map(NumberMention::value).toList());
        assertEquals(List.of(19.0, 206.0), spanish.read("el 19 de agosto, 206 migrantes",
                Tokenizer.tokenize("el 19 de agosto, 206 migrantes")).stream().map(NumberMention::value).toList());
    }

    @Test
    void absurdDigitRunsAreIgnored() {
        assertEquals(List.of(), values("1".repeat(40)));
    }

    /** Issue 21: numbers as a reader sees them. A regular space after a year still separates two numbers in English. */
    @Test
    void thinAndNarrowNoBreakSpacesGroupThousands() {
        assertEquals(List.of(1500.0), values("1\u2009500 people"));
        assertEquals(List.of(1234567.0), values("1\u202f234\u202f567 people"));
        assertEquals(List.of(2010.0, 1.0, 500.0), values("in 2010 1 500"));
        assertEquals(List.of(12.0, 3456.0), values("12\u20093456"));
    }

    /** Issue 16: South African and UN English group thousands with a plain space; a four-digit group or a number before keeps them apart. */
    @Test
    void plainSpacesGroupThousandsAfterAShortGroup() {
        assertEquals(List.of(6000.0), values("more than 6 000 people"));
        assertEquals(List.of(1274148.0), values("1 274 148 who surrendered"));
        assertEquals(List.of(2019.0, 150.0), values("In 2019 150 people"));
        assertEquals(List.of(12.0, 30.0), values("12 30 people"));
    }

    /** A footnote mark glued to a number ends the number's mention, so that what it counts is read after it. */
    @Test
    void aGluedFootnoteMarkIsPartOfTheNumber() {
        String text = "854,704* refugees";
        List<NumberMention> found = reader.read(text, Tokenizer.tokenize(text));
        assertEquals(854704.0, found.get(0).value());
        assertEquals(2, found.get(0).end());
        String apart = "854,704 * 3";
        assertEquals(1, reader.read(apart, Tokenizer.tokenize(apart)).get(0).end());
    }
}
