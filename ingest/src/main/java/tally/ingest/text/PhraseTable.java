package tally.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Multi-word phrases matched on lower-case tokens; the longest phrase wins, and of two equal
 * phrases the first added. The phrases form two tries over word ids ({@link Token#word()}), one
 * read forwards from a phrase's first word and one backwards from its last, so a lookup costs an
 * array access for the first token, one hash probe per further token of the longest candidate,
 * and nothing for a word no phrase uses.
 */
public final class PhraseTable<V> {

    /** A phrase found at a position: how many tokens it spans and its value. */
    public record Match<V>(int length, V value) {
    }

    /** No key: node numbers start at 1 and word ids at 0, so no edge is ever -1. */
    private static final long NO_EDGE = -1L;

    /** Trie nodes are numbered from 1 (0 is "no node"); the phrase ending at each, if any. */
    private Match<V>[] matches = newMatches(2);
    private int nodes = 1;
    /** The first node by the id of a phrase's first word (forwards) or last word (backwards). */
    private int[] byFirst = new int[0];
    private int[] byLast = new int[0];
    /** Edges of both tries, open addressing: key (node, word id), value the node one word further. */
    private long[] edgeKeys = emptyKeys(16);
    private int[] edgeTargets = new int[16];
    private int edges;
    /**
     * The words on any edge: most tokens after a phrase's first word continue no phrase, and are
     * answered from these few cache lines instead of a probe of the (far larger) edge table.
     */
    private final BitSet edgeWords = new BitSet();
    /** Each phrase's first word, key word ({@link #keyWords}) and value, in the order added. */
    private final List<Phrase<V>> phrases = new ArrayList<>();

    private record Phrase<V>(int first, int key, V value) {
    }

    public void add(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        int[] words = new int[tokens.size()];
        int key = 0;
        for (int k = 0; k < words.length; k++) {
            words[k] = WordIds.intern(tokens.get(k).lower());
            key = tokens.get(k).lower().length() > tokens.get(key).lower().length() ? k : key;
        }
        add(words, key, value);
    }

    /** Adds a phrase given as word ids ({@link WordIds#intern}); its first word is its key word. */
    public void add(int[] words, V value) {
        add(words, 0, value);
    }

    private void add(int[] words, int key, V value) {
        if (words.length == 0) {
            return;
        }
        Match<V> match = new Match<>(words.length, value);
        phrases.add(new Phrase<>(words[0], words[key], value));
        byFirst = grown(byFirst, words[0]);
        int node = byFirst[words[0]] = orNew(byFirst[words[0]]);
        for (int k = 1; k < words.length; k++) {
            node = nextOrAdd(node, words[k]);
        }
        matches[node] = matches[node] == null ? match : matches[node];
        int last = words[words.length - 1];
        byLast = grown(byLast, last);
        node = byLast[last] = orNew(byLast[last]);
        for (int k = words.length - 2; k >= 0; k--) {
            node = nextOrAdd(node, words[k]);
        }
        matches[node] = matches[node] == null ? match : matches[node];
    }

    /**
     * The ids of the words that start a phrase whose value passes the test: where a token's word is
     * not one of them, {@link #at} finds no such phrase.
     */
    public BitSet firstWords(Predicate<? super V> test) {
        return words(test, Phrase::first);
    }

    /**
     * One word of each phrase whose value passes the test, its longest ("killing" of "the killing
     * of"): tokens with none of these words hold no such phrase, and the longest word of a phrase
     * is the one least likely to be in a sentence that holds no phrase.
     */
    public BitSet keyWords(Predicate<? super V> test) {
        return words(test, Phrase::key);
    }

    private BitSet words(Predicate<? super V> test, ToIntFunction<Phrase<V>> word) {
        BitSet words = new BitSet();
        phrases.stream().filter(p -> test.test(p.value())).forEach(p -> words.set(word.applyAsInt(p)));
        return words;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        int node = root(byFirst, tokens.get(i));
        Match<V> longest = null;
        for (int j = i + 1; node != 0; j++) {
            longest = matches[node] != null ? matches[node] : longest;
            node = j < tokens.size() ? next(node, tokens.get(j).word()) : 0;
        }
        return longest;
    }

    /** Whether any phrase of the table starts at one of the tokens. */
    public boolean occursIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (at(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The longest phrase ending just before token {@code end}, or null. */
    public Match<V> endingAt(List<Token> tokens, int end) {
        if (end <= 0 || end > tokens.size()) {
            return null;
        }
        int node = root(byLast, tokens.get(end - 1));
        Match<V> longest = null;
        for (int j = end - 2; node != 0; j--) {
            longest = matches[node] != null ? matches[node] : longest;
            node = j >= 0 ? next(node, tokens.get(j).word()) : 0;
        }
        return longest;
    }

    private static int root(int[] roots, Token t) {
        int word = t.word();
        return word >= 0 && word < roots.length ? roots[word] : 0;
    }

    private int next(int node, int word) {
        if (word == WordIds.NONE || !edgeWords.get(word)) {
            return 0;
        }
        long key = edge(node, word);
        int mask = edgeKeys.length - 1;
        for (int s = slot(key, mask); ; s = s + 1 & mask) {
            if (edgeKeys[s] == key) {
                return edgeTargets[s];
            }
            if (edgeKeys[s] == NO_EDGE) {
                return 0;
            }
        }
    }

    private int nextOrAdd(int node, int word) {
        int known = next(node, word);
        if (known != 0) {
            return known;
        }
        if (2 * (edges + 1) > edgeKeys.length) {
            long[] oldKeys = edgeKeys;
            int[] oldTargets = edgeTargets;
            edgeKeys = emptyKeys(2 * oldKeys.length);
            edgeTargets = new int[2 * oldKeys.length];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != NO_EDGE) {
                    put(oldKeys[s], oldTargets[s]);
                }
            }
        }
        int target = orNew(0);
        put(edge(node, word), target);
        edges++;
        edgeWords.set(word);
        return target;
    }

    private void put(long key, int target) {
        int mask = edgeKeys.length - 1;
        int s = slot(key, mask);
        while (edgeKeys[s] != NO_EDGE) {
            s = s + 1 & mask;
        }
        edgeKeys[s] = key;
        edgeTargets[s] = target;
    }

    /** The node given, or a new one when none (0). */
    private int orNew(int node) {
        if (node != 0) {
            return node;
        }
        if (nodes == matches.length) {
            matches = Arrays.copyOf(matches, 2 * nodes);
        }
        return nodes++;
    }

    private static long edge(int node, int word) {
        return (long) node << 32 | word;
    }

    private static int slot(long key, int mask) {
        return Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    }

    private static int[] grown(int[] roots, int word) {
        return word < roots.length ? roots : Arrays.copyOf(roots, word + 1);
    }

    private static long[] emptyKeys(int n) {
        long[] keys = new long[n];
        Arrays.fill(keys, NO_EDGE);
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static <V> Match<V>[] newMatches(int n) {
        return (Match<V>[]) new Match<?>[n];
    }
}
