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
}
