package tally.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Numbers for the lower-case words that lexicons (phrases, word lists, time templates) and
 * spelled-out numbers use. The tokenizer looks each token up
 * once, straight from the text, so phrase tables match tokens by comparing ints instead of
 * hashing strings per table, and a known word's lower-case form is this table's string rather
 * than a new one. Words of the text that no lexicon uses have no id ({@link #NONE}) and are never
 * added.
 */
public final class WordIds {

    public static final int NONE = -1;

    /**
     * A word, its id, its hash (compared before the characters) and its characters (compared as an
     * array, without {@code String.charAt}); final fields, so a reader racing an intern sees the
     * entry whole or not at all.
     */
    record Word(String lower, int id, int hash, char[] chars) {

        Word(String lower, int id) {
            this(lower, id, lower.hashCode(), lower.toCharArray());
        }

        /** Whether text[from, to) is this word as it stands, not only in lower case. */
        boolean spells(char[] text, int from, int to) {
            return same(this, text, from, to, false);
        }
    }

    /**
     * Open addressing on {@link String#hashCode} of the lower-case form, replaced whole when it
     * grows. The hashes sit beside the words, so a probe that misses reads no word.
     */
    private record Table(Word[] words, int[] hashes) {
        Table(int size) {
            this(new Word[size], new int[size]);
        }

        void put(Word w) {
            int s = probe(this, w.hash(), w.chars(), 0, w.chars().length, false);
            hashes[s] = w.hash(); // before the word: a reader that sees a word with another hash probes on, and finds nothing
            words[s] = w;
        }
    }

    private static volatile Table table = new Table(1 << 12);
    private static int size;

    private WordIds() {
    }

    /** The id of a lexicon word, assigned on first use (lexicons of two languages may load at once). */
    public static synchronized int intern(String lower) {
        Word known = find(lower);
        if (known != null) {
            return known.id();
        }
        if (2 * (size + 1) > table.words().length) {
            Table grown = new Table(2 * table.words().length);
            for (Word w : table.words()) {
                if (w != null) {
                    grown.put(w);
                }
            }
            table = grown;
        }
        Word word = new Word(lower, size++);
        table.put(word);
        return word.id();
    }

    /**
     * The lexicon word that text[from, to) is in lower case, or null. Text of Latin-1 characters
     * is looked up as it stands, without a lower-case copy: its lower case is the lower case of
     * each character ({@link String#toLowerCase} maps no Latin-1 letter to more than one character,
     * or outside Latin-1). The tokenizer's copy of a sentence is read, not a {@code String}: an array
     * is far cheaper to index.
     */
    static Word find(char[] text, int from, int to) {
        Table t = table;
        int s = slot(t, text, from, to, true);
        return s >= 0 ? t.words()[s] : find(new String(text, from, to - from).toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #find(char[], int, int)} of a Latin-1 word whose hash the caller found while reading
     * it: the {@link String#hashCode} of its lower case, each character through {@link #lower};
     * a word written in lower case is compared as it stands.
     */
    static Word find(char[] text, int from, int to, int hash, boolean lowerCase) {
        Table t = table;
        return t.words()[probe(t, hash, text, from, to, !lowerCase)];
    }

    /** The lower-case words of these ids. */
    public static List<String> words(BitSet ids) {
        List<String> words = new ArrayList<>();
        for (Word w : table.words()) {
            if (w != null && ids.get(w.id())) {
                words.add(w.lower());
            }
        }
        return words;
    }

    /** The lexicon word that is exactly this lower-case string, or null. */
    public static Word find(String lower) {
        Table t = table;
        return t.words()[slot(t, lower.toCharArray(), 0, lower.length(), false)];
    }

    /**
     * The slot of the word text[from, to) (lower-cased when fold): its entry, or the empty slot
     * where it would go; -1 when folding meets a character beyond Latin-1.
     */
    private static int slot(Table t, char[] text, int from, int to, boolean fold) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (fold && c > 0xff) {
                return -1;
            }
            h = 31 * h + (fold ? lower(c) : c);
        }
        return probe(t, h, text, from, to, fold);
    }

    /** {@link #slot} of a word whose hash is known. */
    private static int probe(Table t, int h, char[] text, int from, int to, boolean fold) {
        Word[] words = t.words();
        int[] hashes = t.hashes();
        int mask = words.length - 1;
        for (int s = (h ^ h >>> 16) & mask; ; s = s + 1 & mask) {
            Word w = words[s];
            if (w == null || hashes[s] == h && same(w, text, from, to, fold)) {
                return s;
            }
        }
    }

    /**
     * Whether text[from, to) is Latin-1 and already in lower case, so that {@link String#toLowerCase}
     * would return it unchanged (see {@link #find(char[], int, int)}); answered from the array, most
     * characters without a Unicode table lookup.
     */
    static boolean isLowerCase(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c > 0xff || lower(c) != c) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#toLowerCase(char)}, with ASCII answered without a Unicode table lookup. */
    public static char lower(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c : Character.toLowerCase(c);
    }

    private static boolean same(Word w, char[] text, int from, int to, boolean fold) {
        char[] lower = w.chars();
        if (!fold || lower.length != to - from) {
            return Arrays.equals(lower, 0, lower.length, text, from, to);
        }
        for (int k = from; k < to; k++) {
            if (lower[k - from] != lower(text[k])) {
                return false;
            }
        }
        return true;
    }
}
