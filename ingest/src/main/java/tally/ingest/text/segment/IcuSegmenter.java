package tally.ingest.text.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.CharBuffer;

/** ICU's sentence segmenter, filtered by the language's suppressions: the reference. */
final class IcuSegmenter implements Segmenter {

    /**
     * Given each paragraph with {@link BreakIterator#setText}: a new iterator per paragraph
     * allocated more than all of a paragraph's tokens (ICU copies its boundary caches into every
     * instance).
     */
    private final BreakIterator icu;

    IcuSegmenter(String lang, Suppressions suppressions) {
        this.icu = suppressions.filter(BreakIterator.getSentenceInstance(new ULocale(lang)));
    }

    @Override
    public boolean split(char[] text, int from, int to, Boundaries out) {
        if (noBreakInside(text, from, to)) {
            return true;
        }
        icu.setText(CharBuffer.wrap(text, from, to - from)); // the paragraph, indexed from 0, not copied
        icu.first();
        for (int end = icu.next(); end != BreakIterator.DONE && from + end < to; end = icu.next()) {
            out.add(from + end);
        }
        out.numeralAfterTerminator(true);
        return true;
    }

    /**
     * Whether ICU would find no boundary inside [from, to), so that it need not run: UAX #29 breaks
     * only after a sentence terminator or a paragraph separator, and there is none before the last
     * character (a one-sentence paragraph, a heading). Characters beyond ASCII are classified by
     * ICU's own property data; surrogates (terminators beyond the BMP) go to ICU.
     */
    static boolean noBreakInside(char[] text, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            char c = text[k];
            if (c < 0x80 ? c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' : mayEndSentence(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayEndSentence(char c) {
        if (Character.isSurrogate(c)) {
            return true;
        }
        int kind = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
        return kind == UCharacter.SentenceBreak.STERM || kind == UCharacter.SentenceBreak.ATERM || kind == UCharacter.SentenceBreak.SEP
                || kind == UCharacter.SentenceBreak.CR || kind == UCharacter.SentenceBreak.LF;
    }
}
