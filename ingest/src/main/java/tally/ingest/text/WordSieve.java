package tally.ingest.text;

import java.util.Collection;

/**
 * Whether a text may hold one of a few lexicon words as a token of its own, read straight from
 * its characters: a sieve over the hashes of its runs of letters, so that a sentence holding none
 * of the words need not be tokenized to know it. The answer "may" can be wrong; "no" cannot, for
 * words made of letters only, which are exactly the tokens that are a whole run of letters (the
 * tokenizer never ends a word between two letters).
 */
public final class WordSieve {

    private static final int BITS = 1 << 18;

    private final long[] bits = new long[BITS / 64];
    /** A word that is not letters only could be part of a longer run: then every text may hold it. */
    private final boolean always;

    public WordSieve(Collection<String> lowerCaseWords) {
        boolean lettersOnly = true;
        for (String w : lowerCaseWords) {
            lettersOnly &= !w.isEmpty() && w.chars().allMatch(c -> c <= 0xff && Tokenizer.isLetter((char) c));
            int k = bit(w.hashCode());
            bits[k >>> 6] |= 1L << k;
        }
        this.always = !lettersOnly;
    }

    /**
     * Whether text[from, to) may hold one of the words: false only when no run of Latin-1 letters
     * in it, lower-cased, has the hash of one. A run with a letter beyond Latin-1, or a combining
     * mark, may be anything.
     */
    public boolean mayHold(char[] text, int from, int to) {
        if (always) {
            return true;
        }
        int h = 0;
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c >= 'a' && c <= 'z') {
                h = 31 * h + c; // most characters
                inRun = true;
            } else if (Tokenizer.isLetter(c)) {
                if (c > 0xff) {
                    return true;
                }
                h = 31 * h + WordIds.lower(c);
                inRun = true;
            } else {
                if (c > 0xff && Character.getType(c) == Character.NON_SPACING_MARK) {
                    return true;
                }
                if (inRun && has(h)) {
                    return true;
                }
                h = 0;
                inRun = false;
            }
        }
        return inRun && has(h);
    }

    private boolean has(int h) {
        int k = bit(h);
        return (bits[k >>> 6] & 1L << k) != 0;
    }

    /** The bit of a word's hash ({@link String#hashCode} of its lower case). */
    private static int bit(int h) {
        return (h ^ h >>> 16) & (BITS - 1);
    }
}
