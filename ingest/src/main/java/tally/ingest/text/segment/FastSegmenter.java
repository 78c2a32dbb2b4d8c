package tally.ingest.text.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;

/**
 * The fast path of sentence splitting: the boundaries ICU's {@link IcuSegmenter} finds, for every
 * paragraph whose characters need none of UAX #29's harder classes (Extend, Format, Sep, CR, LF,
 * surrogates), found by looking only around terminators. ICU's iterator reads every character
 * through several calls; this is several times faster. {@code SentencesTest} checks the two agree.
 */
final class FastSegmenter implements Segmenter {

    // Sentence_Break classes of UAX #29, ordered so that one comparison passes most characters.
    private static final byte OTHER = 0, SP = 1, LOWER = 2, UPPER = 3, OLETTER = 4, NUMERIC = 5, CLOSE = 6, SCONTINUE = 7,
            ATERM = 8, STERM = 9;
    /** Extend, Format, Sep, CR, LF and surrogates: rules this leaves to ICU. */
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


    private final CharsTrie backwards;
    private final CharsTrie forwards;

    FastSegmenter(Suppressions suppressions) {
        Suppressions.Tries tries = suppressions.tries();
        this.backwards = tries.backwards();
        this.forwards = tries.forwards();
    }

    /**
     * Gives the boundaries ICU would find in the paragraph [from, to), or returns false (nothing
     * added) when a character's class is {@link #ICU_ONLY}. Without those, UAX #29
     * breaks only after a terminator and the closing punctuation and spaces that follow it
     * (SB9-SB11), unless the next character keeps the text together (SB6-SB8a); ICU then drops
     * the boundaries its suppressions match. ICU's iterator reads every character through
     * several calls: this looks only around terminators, several times faster.
     */
    @Override
    public boolean split(char[] text, int from, int to, Boundaries out) {
        boolean numeralAfterTerminator = false;
        for (int t = terminator(text, from, to); t < to; t = terminator(text, t, to)) {
            if (CLASS[text[t]] == ICU_ONLY) {
                out.clear();
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
                out.add(j);
            }
            t = j; // the next character may be a terminator too
        }
        out.numeralAfterTerminator(numeralAfterTerminator);
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
        if (backwards == null) {
            return false;
        }
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
        if (value == Suppressions.MATCH) {
            return true;
        }
        if (value != Suppressions.PARTIAL || forwards == null) {
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
