package tally.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tally.ingest.generate.SyntheticNews;

/** Sentences found without ICU are ICU's sentences. */
class SentencesTest {

    /** Words, abbreviations of ICU's suppressions, numbers and the punctuation and spaces UAX #29 rules look at. */
    private static final String[] PIECES = {
        "the", "said", "Police", "MEXICO", "a", "I", "Mr.", "Mrs", "Dr.", "U.S.", "U.S.A.", "U.", "S.A.", "Ph.D.", "a.m.",
        "e.g.", "Sept.", "No.", "Jan.", "Lt.Cdr.", "Sr.", "Sra.", "EE.UU.", "etc.", "p.ej.", "a. C.", "5", "3.5", "1,200",
        "2010", ".", ". ", "! ", "? ", "...", "?!", "\"", "'", "(", ")", "[", "\u201c", "\u201d", "\u2019", "\u00bf", "\u00a1",
        "\u2014", "-", ",", ";", ":", " ", " ", " ", "  ", "\u00a0", "\u2024", "\u3002", "\u00e9l", "\u00c9l", "\u00aa",
        "\u4e2d", "\u0301", "\u00ad", "\n", "\t", "%", "$", "\ud83d\ude00",
    };

    /**
     * The fast way reads ICU's suppressions from private fields of its filter. Another ICU could
     * rename them: every paragraph would then go to ICU, correct but slower, and this says so.
     */
    @Test
    void theFastWayIsTaken() {
        for (String lang : List.of("en", "es")) {
            assertTrue(new Sentences(lang, Lexicon.forLanguage(lang).abbreviations()).splitsWithoutIcu(), lang);
        }
    }

    @Test
    void randomTextsSplitAsIcuSplitsThem() {
        for (String lang : List.of("en", "es")) {
            Lexicon lex = Lexicon.forLanguage(lang);
            Sentences fast = new Sentences(lang, lex.abbreviations());
            Sentences icu = new Sentences(lang, lex.abbreviations(), true);
            Random random = new Random(11);
            for (int k = 0; k < 300_000; k++) {
                StringBuilder text = new StringBuilder();
                for (int i = 1 + random.nextInt(12); i > 0; i--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                    text.append(random.nextInt(3) == 0 ? "" : " ");
                }
                char[] chars = text.toString().toCharArray();
                assertEquals(icu.split(chars, 0, chars.length), fast.split(chars, 0, chars.length), text::toString);
            }
        }
    }

    @Test
    void newsSplitsAsIcuSplitsIt() {
        Lexicon lex = Lexicon.forLanguage("en");
        Sentences fast = new Sentences("en", lex.abbreviations());
        Sentences icu = new Sentences("en", lex.abbreviations(), true);
        SyntheticNews news = new SyntheticNews(3);
        for (int k = 0; k < 2_000; k++) {
            char[] chars = news.next().text().toCharArray();
            for (int start = 0, end; start < chars.length; start = end + 1) {
                end = start;
                while (end < chars.length && chars[end] != '\n') {
                    end++;
                }
                assertEquals(icu.split(chars, start, end), fast.split(chars, start, end));
            }
        }
    }
}
