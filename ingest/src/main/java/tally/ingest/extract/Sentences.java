package tally.ingest.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import com.ibm.icu.util.ULocale;
import java.lang.reflect.Field;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import tally.stats.Span;

/**
 * Sentence boundaries from ICU's segmenter with the "standard" suppressions, which keep "Mr.
 * Calderon" and "Dec. 1" together (most paragraphs are split the same way without ICU, see
 * {@link Segmenter#splitWithoutIcu}). Paragraph breaks always end a sentence.
 */
public final class Sentences {

    /**
     * Longer "sentences" (tables, run-on chrome, hostile input) are cut at spaces into pieces of
     * this size, so every per-sentence step stays bounded. News sentences are far shorter.
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    /**
     * One segmenter per thread, given each paragraph with {@link BreakIterator#setText}: an iterator
     * is not thread-safe, and a new one per paragraph allocated more than all of a paragraph's
     * tokens (ICU copies its boundary caches into every instance).
     */
    private final ThreadLocal<Segmenter> segmenter;
    private final java.util.Set<String> abbreviations;
    /** Longer words are no abbreviation: most words before a dot are, and are not copied to be looked up. */
    private final int longestAbbreviation;

    /** @param abbreviations words that do not end a sentence when followed by a dot ("sept") */
    public Sentences(String lang, java.util.Set<String> abbreviations) {
        this(lang, abbreviations, false);
    }

    /** @param icuOnly every paragraph to ICU: what the faster way is tested against */
    Sentences(String lang, java.util.Set<String> abbreviations, boolean icuOnly) {
        ULocale locale = new ULocale(lang + "@ss=standard");
        this.segmenter = ThreadLocal.withInitial(() -> new Segmenter(BreakIterator.getSentenceInstance(locale), icuOnly));
        this.abbreviations = abbreviations;
        this.longestAbbreviation = abbreviations.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Sentence spans inside [from, to) of a text, trimmed of white space. The text is given as its
     * characters ({@link String#toCharArray}), which the caller copies once for all paragraphs.
     */
    public List<Span> split(char[] text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        // Whether a terminator, white space and a numeral follow each other, as splitBeforeNumerals
        // looks for: never in a paragraph without a terminator before its last character.
        boolean numeral = false;
        Segmenter seg = segmenter.get();
        if (seg.splitWithoutIcu(this, text, from, to, spans)) {
            numeral = seg.numeralAfterTerminator;
        } else if (noBreakInside(text, from, to)) {
            add(text, from, to, spans);
        } else {
            BreakIterator it = seg.icu;
            it.setText(CharBuffer.wrap(text, from, to - from)); // the paragraph, indexed from 0, not copied
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                add(text, from + start, from + end, spans);
            }
            numeral = true;
        }
        List<Span> bounded = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int start = numeral ? splitBeforeNumerals(text, span, bounded) : span.start();
            if (start == span.start() && span.end() - start <= MAX_SENTENCE_CHARS) {
                bounded.add(span); // most sentences: neither split nor cut
            } else {
                cut(text, start, span.end(), bounded);
            }
        }
        return bounded;
    }

    /** Whether paragraphs are split without ICU's iterator: false when ICU's suppressions could not be read. */
    boolean splitsWithoutIcu() {
        return segmenter.get().withoutIcu;
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
     * Whether ICU would find no sentence boundary inside [from, to), so that it need not run on a
     * paragraph {@link Segmenter#splitWithoutIcu} leaves to it (one with a soft hyphen, say): UAX
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
        return to - from <= longestAbbreviation && abbreviations.contains(new String(text, from, to - from).toLowerCase(java.util.Locale.ROOT));
    }

    // Sentence_Break classes of UAX #29, ordered so that one comparison passes most characters.
    private static final byte OTHER = 0, SP = 1, LOWER = 2, UPPER = 3, OLETTER = 4, NUMERIC = 5, CLOSE = 6, SCONTINUE = 7,
            ATERM = 8, STERM = 9;
    /** Extend, Format, Sep, CR, LF and surrogates: rules {@link Segmenter#splitWithoutIcu} leaves to ICU. */
    private static final byte ICU_ONLY = 10;
    /** The class of every UTF-16 unit, from ICU's property data (the data its segmenter is built from). */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int kind = Character.isSurrogate((char) c) ? UCharacter.SentenceBreak.SEP : UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
            CLASS[c] = switch (kind) {
                case UCharacter.SentenceBreak.SP -> SP;
                case UCharacter.SentenceBreak.LOWER -> LOWER;
                case UCharacter.SentenceBreak.UPPER -> UPPER;
                case UCharacter.SentenceBreak.OLETTER -> OLETTER;
                case UCharacter.SentenceBreak.NUMERIC -> NUMERIC;
                case UCharacter.SentenceBreak.CLOSE -> CLOSE;
                case UCharacter.SentenceBreak.SCONTINUE -> SCONTINUE;
                case UCharacter.SentenceBreak.ATERM -> ATERM;
                case UCharacter.SentenceBreak.STERM -> STERM;
                case UCharacter.SentenceBreak.OTHER -> OTHER;
                default -> ICU_ONLY;
            };
        }
    }

    /**
     * ICU's iterator and, read from it, the tries of its "standard" suppressions: abbreviations
     * after which a boundary is no boundary, backwards (".rM" for "Mr.") and, for those with inner
     * dots, the rest forwards ("U.S.A."). Without them (another ICU), every paragraph goes to ICU.
     */
    private static final class Segmenter {

        /** The values ICU's filter builder gives suppressions in its backwards trie. */
        private static final int PARTIAL = 1, MATCH = 2;

        final BreakIterator icu;
        private final CharsTrie backwards;
        private final CharsTrie forwards;
        private final boolean withoutIcu;
        private int[] ends = new int[16];
        /** Set by {@link #splitWithoutIcu}: whether the paragraph has a numeral after a terminator and white space. */
        boolean numeralAfterTerminator;

        Segmenter(BreakIterator icu, boolean icuOnly) {
            this.icu = icu;
            CharsTrie b = null;
            CharsTrie f = null;
            boolean known = false;
            try {
                Class<?> filtered = Class.forName("com.ibm.icu.impl.SimpleFilteredSentenceBreakIterator");
                if (filtered.isInstance(icu)) {
                    b = ((CharsTrie) field(filtered, "backwardsTrie").get(icu)).clone();
                    CharsTrie partial = (CharsTrie) field(filtered, "forwardsPartialTrie").get(icu);
                    f = partial == null ? null : partial.clone();
                    known = true;
                }
            } catch (ReflectiveOperationException | CloneNotSupportedException | RuntimeException e) {
                known = false;
            }
            this.backwards = b;
            this.forwards = f;
            this.withoutIcu = known && !icuOnly;
        }

        private static Field field(Class<?> c, String name) throws ReflectiveOperationException {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        }

        /**
         * Gives {@link #add} the sentences ICU would find in the paragraph [from, to), or returns
         * false (nothing added) when a character's class is {@link #ICU_ONLY}. Without those, UAX #29
         * breaks only after a terminator and the closing punctuation and spaces that follow it
         * (SB9-SB11), unless the next character keeps the text together (SB6-SB8a); ICU then drops
         * the boundaries its suppressions match. ICU's iterator reads every character through
         * several calls: this looks only around terminators, several times faster.
         */
        boolean splitWithoutIcu(Sentences sentences, char[] text, int from, int to, List<Span> spans) {
            if (!withoutIcu) {
                return false;
            }
            int count = 0;
            numeralAfterTerminator = false;
            for (int t = terminator(text, from, to); t < to; t = terminator(text, t, to)) {
                if (CLASS[text[t]] == ICU_ONLY) {
                    return false;
                }
                numeralAfterTerminator |= numeralAfter(text, t, to);
                int j = t + 1;
                while (j < to && CLASS[text[j]] == CLOSE) {
                    j++;
                }
                while (j < to && CLASS[text[j]] == SP) {
                    j++;
                }
                if (j == to) {
                    break; // the paragraph's end, always a boundary
                }
                if (breaksAt(text, from, to, t, j) && !suppressed(text, from, to, j)) {
                    ends = count < ends.length ? ends : java.util.Arrays.copyOf(ends, 2 * count);
                    ends[count++] = j;
                }
                t = j; // the next character may be a terminator too
            }
            int start = from;
            for (int k = 0; k < count; k++) {
                sentences.add(text, start, ends[k], spans);
                start = ends[k];
            }
            sentences.add(text, start, to, spans);
            return true;
        }

        /** The first terminator or {@link #ICU_ONLY} character in [from, to), or to: a counted loop, for speed. */
        private static int terminator(char[] text, int from, int to) {
            for (int k = from; k < to; k++) {
                if (CLASS[text[k]] >= ATERM) {
                    return k;
                }
            }
            return to;
        }

        /** Whether the terminator at t is ".", "!" or "?" and white space then a numeral follow it. */
        private static boolean numeralAfter(char[] text, int t, int to) {
            char c = text[t];
            int k = t + 1;
            if (c != '.' && c != '!' && c != '?' || k == to || !Character.isWhitespace(text[k])) {
                return false;
            }
            while (k < to && Character.isWhitespace(text[k])) {
                k++;
            }
            return k < to && Character.isDigit(text[k]);
        }

        /** Whether UAX #29 breaks before j, after the terminator at t and the closing punctuation and spaces that follow it. */
        private static boolean breaksAt(char[] text, int from, int to, int t, int j) {
            byte next = CLASS[text[j]];
            if (next == SCONTINUE || next == ATERM || next == STERM) {
                return false; // SB8a
            }
            if (CLASS[text[t]] != ATERM) {
                return true;
            }
            byte before = t > from ? CLASS[text[t - 1]] : OTHER;
            if (j == t + 1 && (next == NUMERIC || next == UPPER && (before == UPPER || before == LOWER))) {
                return false; // SB6 "3.5", SB7 "U.S."
            }
            for (int k = j; k < to; k++) { // SB8: "etc. and", "Sept. 5 attack"
                byte c = CLASS[text[k]];
                if (c == LOWER) {
                    return false;
                }
                if (c == UPPER || c == OLETTER || c >= ATERM) {
                    return true;
                }
            }
            return true;
        }

        /** Whether ICU's suppressions drop the boundary at n, looked up as its filter does. */
        private boolean suppressed(char[] text, int from, int to, int n) {
            int best = -1;
            int value = 0;
            backwards.reset();
            for (int i = text[n - 1] == ' ' ? n - 1 : n; i > from; ) { // one space after the dot is skipped
                i--;
                BytesTrie.Result r = backwards.next(text[i]);
                if (r.hasValue()) {
                    best = i;
                    value = backwards.getValue();
                }
                if (!r.hasNext()) {
                    break;
                }
            }
            if (best < 0) {
                return false;
            }
            if (value == MATCH) {
                return true;
            }
            if (value != PARTIAL || forwards == null) {
                return false;
            }
            // "U." matched backwards: the text must go on as an abbreviation with inner dots ("U.S.A."), or end inside one.
            forwards.reset();
            BytesTrie.Result r = BytesTrie.Result.INTERMEDIATE_VALUE;
            for (int k = best; k < to && (r = forwards.next(text[k])).hasNext(); k++) {
                // follow the trie
            }
            return r.matches();
        }
    }
}
