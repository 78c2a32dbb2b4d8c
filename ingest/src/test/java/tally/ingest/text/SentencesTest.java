package tally.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Span;

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

    @Test
    void suppressionsKeepAbbreviationsInsideSentences() {
        for (boolean referenceOnly : new boolean[] {false, true}) {
            char[] en = "Mr. Calderon spoke on Dec. 1. It ended.".toCharArray();
            assertEquals(List.of(new Span(0, 29), new Span(30, 39)), sentences("en", referenceOnly).split(en, 0, en.length));
            char[] es = "Lo dijo el Sr. Pérez. Los EE.UU. no.".toCharArray();
            assertEquals(List.of(new Span(0, 21), new Span(22, 36)), sentences("es", referenceOnly).split(es, 0, es.length));
        }
    }

    private static Sentences sentences(String lang, boolean referenceOnly) {
        Lexicon lex = Lexicon.forLanguage(lang);
        return new Sentences(lang, lex.abbreviations(), lex.sentenceSuppressions(), referenceOnly);
    }

    @Test
    void randomTextsSplitAsIcuSplitsThem() {
        for (String lang : List.of("en", "es")) {
            Sentences fast = sentences(lang, false);
            Sentences icu = sentences(lang, true);
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
        Sentences fast = sentences("en", false);
        Sentences icu = sentences("en", true);
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
