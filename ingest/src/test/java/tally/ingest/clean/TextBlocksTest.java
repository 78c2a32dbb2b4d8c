package tally.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tally.stats.Span;

class TextBlocksTest {

    @Test
    void aCleanTextIsReadInPlace() {
        assertEquals(List.of(new Span(0, 3), new Span(5, 8)), TextBlocks.paragraphsIfClean("One\n\nTwo".toCharArray()));
        for (String unclean : List.of("", " One", "One ", "One  two", "One\nTwo", "One\n\n\nTwo", "One \n\nTwo", "One\n\n Two",
                "One\n\n- Two", "One\n\n", "One\ttwo", "One\u00a0two")) {
            assertNull(TextBlocks.paragraphsIfClean(unclean.toCharArray()), unclean);
        }
    }

    /** Whatever is read in place is what splitting and joining the blocks with blank lines gives. */
    @Test
    void aCleanTextIsWhatSplittingGives() {
        Random random = new Random(7);
        String alphabet = "ab  \n\n\n-*\t\u00a0\u2014\u2028.";
        int clean = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Span> paragraphs = TextBlocks.paragraphsIfClean(text.toString().toCharArray());
            StringBuilder joined = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (Block b : TextBlocks.split(text.toString())) {
                joined.append(joined.length() > 0 ? "\n\n" : "");
                spans.add(new Span(joined.length(), joined.length() + b.text().length()));
                joined.append(b.text());
            }
            if (paragraphs != null) {
                clean++;
                assertEquals(text.toString(), joined.toString());
                assertEquals(spans, paragraphs);
            }
        }
        assertTrue(clean > 1000, "too few clean texts: " + clean);
    }

    /** A wire copy indents every paragraph; a copied menu indents its short links, and a teaser its one summary. */
    @Test
    void indentedLinesOfProseOneAfterAnotherAreParagraphs() {
        String first = "Un total de 18.420 personas llegaron de forma irregular a Grecia en lo que va de año, según los datos que publicó el ministerio.";
        String second = "Las llegadas por mar crecieron un 12 %, con 15.200 personas, mientras que las entradas por tierra bajaron a 3.220 en el periodo.";
        List<Block> blocks = TextBlocks.split("   ATENAS, 3 Oct. (AGENCIA) -\n\n   " + first + "\n\n   " + second
                + "\n\n   Más noticias de la región\n\n   " + first);
        assertEquals(List.of(Block.plain("ATENAS, 3 Oct. (AGENCIA) -", true), Block.plain(first, false), Block.plain(second, false),
                Block.plain("Más noticias de la región", true), Block.plain(first, true)), blocks);
    }

    /** A page's captions here: a line ending with a credit. */
    private static List<Block> pageBlocks(String text) {
        return TextBlocks.split(text, line -> line.endsWith("/ Wire Agency"));
    }

    /**
     * A page copy's headline, standfirst, caption, byline and date on lines with no blank line between them are five
     * elements: a line that does not end as a sentence stands alone, and so does a caption ending with its credit.
     */
    @Test
    void aPageCopysHeaderLinesAreElementsOfTheirOwn() {
        String headline = "Storm floods 14 river towns as dams overflow";
        String standfirst = "Rescuers say some 3,500 families have left their homes along the lower valley since Friday.";
        String caption = "A family crosses a flooded street in Riverton on Saturday. / Wire Agency";
        String body = "The regional government said on Sunday that 14 towns had been flooded and that the water would stay high.";
        String text = "WEATHER\n" + headline + "\n" + standfirst + "\n" + caption + "\nBy Ana Ortiz\nMarch 3, 2024\n\n" + body;
        assertEquals(List.of("WEATHER", headline, standfirst, caption, "By Ana Ortiz", "March 3, 2024", body),
                pageBlocks(text).stream().map(Block::text).toList());
        assertEquals(1, TextBlocks.split(text.substring(0, text.indexOf("\n\n"))).size(), "a feed's lines stay one paragraph");
    }

    /**
     * Lines of prose one after another stay one paragraph, as a clean copy gives them; so do the lines of a paragraph the
     * copy hard-wrapped, whether the next line opens in lower case or with a name, and a line the next one repeats with
     * its credit (an image's alt text, then its caption). The copy's last line, cut short, stays with the one before.
     */
    @Test
    void linesOfOneParagraphStayTogether() {
        String prose = "Police said 9 people were hurt in the crash.\nThe road was closed for six hours.";
        assertEquals(List.of(prose.replace('\n', ' ')), pageBlocks(prose).stream().map(Block::text).toList());
        String wrapped = "Port Amalia, 4 May (Harbour News) The Coastal Relief Agency\n"
                + "has said that the number of people taken off boats near the\n"
                + "island this year has reached 2,310, more than the Harbour\n"
                + "Office counted for the whole of last year.";
        assertEquals(List.of(wrapped.replace('\n', ' ')), pageBlocks(wrapped).stream().map(Block::text).toList());
        String alt = "Volunteers carry sandbags to the levee";
        assertEquals(List.of(alt + " " + alt + " / Wire Agency"),
                pageBlocks(alt + "\n" + alt + " / Wire Agency").stream().map(Block::text).toList());
        String cut = "Officials said 40 houses burned down.\nThe fire spread to the hills where firefighters";
        assertEquals(List.of(cut.replace('\n', ' ')), pageBlocks(cut).stream().map(Block::text).toList());
    }
}
