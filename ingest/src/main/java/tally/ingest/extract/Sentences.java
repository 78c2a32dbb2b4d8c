package tally.ingest.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import tally.stats.Span;

/**
 * Sentence boundaries from ICU's segmenter with the "standard" suppressions, which keep "Mr.
 * Calderon" and "Dec. 1" together. Paragraph breaks always end a sentence.
 */
public final class Sentences {

    private final ULocale locale;

    public Sentences(String lang) {
        this.locale = new ULocale(lang + "@ss=standard");
    }

    /** Sentence spans inside [from, to) of the text, trimmed of white space. */
    public List<Span> split(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text.substring(from, to));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = from + start;
            int e = from + end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                spans.add(new Span(s, e));
            }
        }
        return spans;
    }
}
