package tally.ingest.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tally.ingest.text.segment.Boundaries;
import tally.ingest.text.segment.Segmenter;
import tally.ingest.text.segment.Suppressions;
import tally.stats.Span;

/**
 * Sentence boundaries from ICU's segmenter, filtered by the language's suppressions, which keep
 * "Mr. Calderon" and "Dec. 1" together (most paragraphs are split the same way faster, by
 * {@link tally.ingest.text.segment.Segmenter}'s fast path). Paragraph breaks always end a
 * sentence; a sentence is not ended after an abbreviation, and is ended before a numeral that
 * starts one.
 */
public final class Sentences {

    /**
     * Longer "sentences" (tables, run-on chrome, hostile input) are cut at spaces into pieces of
     * this size, so every per-sentence step stays bounded. News sentences are far shorter.
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    /** A thread's segmenters, fast one first, and the boundaries they fill: none is thread-safe. */
    private record Segmenters(Segmenter[] inOrder, Boundaries boundaries) {
    }

    private final ThreadLocal<Segmenters> segmenters;
    private final Set<String> abbreviations;
    /** Longer words are no abbreviation: most words before a dot are, and are not copied to be looked up. */
    private final int longestAbbreviation;

    /**
     * @param abbreviations words that do not end a sentence when followed by a dot ("sept")
     * @param suppressions  the same for ICU's segmenter, as written ("Sept.", "U.S.A.")
     */
    public Sentences(String lang, Set<String> abbreviations, Collection<String> suppressions) {
        this(lang, abbreviations, suppressions, false);
    }

    /** @param referenceOnly every paragraph to ICU: what the fast path is tested against */
    Sentences(String lang, Set<String> abbreviations, Collection<String> suppressions, boolean referenceOnly) {
        Suppressions words = new Suppressions(suppressions);
        this.segmenters = ThreadLocal.withInitial(() -> new Segmenters(Segmenter.forLanguage(lang, words, referenceOnly), new Boundaries()));
        this.abbreviations = abbreviations;
        this.longestAbbreviation = abbreviations.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Sentence spans inside [from, to) of a text, trimmed of white space. The text is given as its
     * characters ({@link String#toCharArray}), which the caller copies once for all paragraphs.
     */
    public List<Span> split(char[] text, int from, int to) {
        Segmenters seg = segmenters.get();
        Boundaries ends = seg.boundaries();
        ends.clear();
        for (Segmenter segmenter : seg.inOrder()) {
            if (segmenter.split(text, from, to, ends)) {
                break;
            }
        }
        List<Span> spans = new ArrayList<>(ends.size() + 1);
        int start = from;
        for (int k = 0; k < ends.size(); k++) {
            add(text, start, ends.get(k), spans);
            start = ends.get(k);
        }
        add(text, start, to, spans);
        List<Span> bounded = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int s = ends.numeralAfterTerminator() ? splitBeforeNumerals(text, span, bounded) : span.start();
            if (s == span.start() && span.end() - s <= MAX_SENTENCE_CHARS) {
                bounded.add(span); // most sentences: neither split nor cut
            } else {
                cut(text, s, span.end(), bounded);
            }
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
     * ICU does not end a sentence before a numeral followed by a lower-case word (UAX #29 rule
     * SB8: "... this year. 589 people were deported ..."); news copy starts sentences with
     * figures often enough. Split there, unless the dot ends an abbreviation ("No. 5", "Jan. 7")
     * or a single letter ("U.S. 15,000", "2 p.m. 15"). The pieces before the last are added
     * (and {@link #cut}); the start of the last is returned.
     */
    private int splitBeforeNumerals(char[] text, Span span, List<Span> out) {
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
        return start;
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
        // Lower case never shortens a word.
        return to - from <= longestAbbreviation && abbreviations.contains(new String(text, from, to - from).toLowerCase(Locale.ROOT));
    }
}
