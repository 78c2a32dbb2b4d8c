package tally.ingest.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import tally.stats.Span;

/**
 * Sentence boundaries from ICU's segmenter with the "standard" suppressions, which keep "Mr.
 * Calderon" and "Dec. 1" together. Paragraph breaks always end a sentence.
 */
public final class Sentences {

    /**
     * Longer "sentences" (tables, run-on chrome, hostile input) are cut at spaces into pieces of
     * this size, so every per-sentence step stays bounded. News sentences are far shorter.
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    /**
     * One iterator per thread, given each paragraph with {@link BreakIterator#setText}: an iterator
     * is not thread-safe, and a new one per paragraph allocated more than all of a paragraph's
     * tokens (ICU copies its boundary caches into every instance).
     */
    private final ThreadLocal<BreakIterator> iterator;
    private final java.util.Set<String> abbreviations;

    /** @param abbreviations words that do not end a sentence when followed by a dot ("sept") */
    public Sentences(String lang, java.util.Set<String> abbreviations) {
        ULocale locale = new ULocale(lang + "@ss=standard");
        this.iterator = ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(locale));
        this.abbreviations = abbreviations;
    }

    /**
     * Sentence spans inside [from, to) of a text, trimmed of white space. The text is given as its
     * characters ({@link String#toCharArray}), which the caller copies once for all paragraphs.
     */
    public List<Span> split(char[] text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        if (noBreakInside(text, from, to)) {
            add(text, from, to, spans);
        } else {
            BreakIterator it = iterator.get();
            it.setText(CharBuffer.wrap(text, from, to - from)); // the paragraph, indexed from 0, not copied
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                add(text, from + start, from + end, spans);
            }
        }
        List<Span> bounded = new ArrayList<>(spans.size());
        for (Span span : spans) {
            splitBeforeNumerals(text, span, bounded);
        }
        return bounded;
    }

    /** Adds the sentence [s, e) trimmed, or joins it to the previous one when it {@link #continues}. */
    private void add(char[] text, int s, int e, List<Span> spans) {
        while (s < e && Character.isWhitespace(text[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        if (e > s) {
            int last = spans.size() - 1;
            if (last >= 0 && continues(text, spans.get(last), s)) {
                spans.set(last, new Span(spans.get(last).start(), e));
            } else {
                spans.add(new Span(s, e));
            }
        }
    }

    /**
     * Whether ICU would find no sentence boundary inside [from, to), so that it need not run: UAX
     * #29 breaks only after a sentence terminator or a paragraph separator, and there is none
     * before the last character (a one-sentence paragraph, a heading). Characters beyond ASCII are
     * classified by ICU's own property data; surrogates (terminators beyond the BMP) go to ICU.
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

    /**
     * ICU does not end a sentence before a numeral followed by a lower-case word (UAX #29 rule
     * SB8: "... this year. 589 people were deported ..."); news copy starts sentences with
     * figures often enough. Split there, unless the dot ends an abbreviation ("No. 5", "Jan. 7")
     * or a single letter ("U.S. 15,000", "2 p.m. 15").
     */
    private void splitBeforeNumerals(char[] text, Span span, List<Span> out) {
        int start = span.start();
        for (int i = start + 2; i < span.end() - 1; i++) {
            // Every character passes this first test, written so that its branches are predictable:
            // one unsigned comparison answers ASCII (spaces and letters alternate unpredictably around
            // '0'..'9'); only characters beyond ASCII need the Unicode table.
            char c = text[i];
            boolean digit = (char) (c - '0') <= 9 || c >= 0x80 && Character.isDigit(c);
            if (!digit || !Character.isWhitespace(text[i - 1])) {
                continue;
            }
            int dot = i - 1;
            while (dot > start && Character.isWhitespace(text[dot])) {
                dot--;
            }
            char end = text[dot];
            if ((end != '.' && end != '!' && end != '?') || dot <= start) {
                continue;
            }
            char before = text[dot - 1];
            int w = dot;
            while (w > start && Character.isLetter(text[w - 1])) {
                w--;
            }
            boolean word = dot - w >= 2 && !isAbbreviation(text, w, dot) && (w == start || text[w - 1] != '.');
            if (Character.isDigit(before) || word) {
                cut(text, start, dot + 1, out);
                start = i;
            }
        }
        if (start == span.start() && span.end() - start <= MAX_SENTENCE_CHARS) {
            out.add(span); // most sentences: neither split nor cut
        } else {
            cut(text, start, span.end(), out);
        }
    }

    /** Adds the sentence [s, end), cut into pieces of at most {@link #MAX_SENTENCE_CHARS}. */
    private static void cut(char[] text, int s, int end, List<Span> out) {
        while (end - s > MAX_SENTENCE_CHARS) {
            int e = s + MAX_SENTENCE_CHARS;
            int space = e;
            while (space >= 0 && text[space] != ' ') { // String.lastIndexOf(' ', e)
                space--;
            }
            e = space > s + MAX_SENTENCE_CHARS / 2 ? space : e;
            out.add(new Span(s, e));
            s = e;
            while (s < end && text[s] == ' ') {
                s++;
            }
        }
        if (end > s) {
            out.add(new Span(s, end));
        }
    }

    /** A break after "Sept." or before a lower-case word is not a sentence end. */
    private boolean continues(char[] text, Span previous, int next) {
        if (Character.isLowerCase(text[next])) {
            return true;
        }
        int end = previous.end();
        if (end < 2 || text[end - 1] != '.') {
            return false;
        }
        int w = end - 1;
        while (w > previous.start() && Character.isLetter(text[w - 1])) {
            w--;
        }
        return isAbbreviation(text, w, end - 1);
    }

    private boolean isAbbreviation(char[] text, int from, int to) {
        return abbreviations.contains(new String(text, from, to - from).toLowerCase(java.util.Locale.ROOT));
    }
}
