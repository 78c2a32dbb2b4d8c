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
}
