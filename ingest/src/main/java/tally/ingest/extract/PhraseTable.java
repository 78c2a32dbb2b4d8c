package tally.ingest.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Multi-word phrases matched on lower-case tokens; the longest phrase wins, and of two equal
 * phrases the first added. The phrases form two tries over word ids, one read forwards from a
 * phrase's first word and one backwards from its last, so a lookup costs one array access per
 * token of the longest candidate and none at all for a word no phrase uses.
 */
public final class PhraseTable<V> {

    /** A phrase found at a position: how many tokens it spans and its value. */
    public record Match<V>(int length, V value) {
    }

    /** A trie node: the phrase ending here, if any, and the nodes one word further, by word id. */
    private static final class Node<V> {
        Match<V> match;
        int[] words = new int[0];
        Node<V>[] next = newNodes(0);

        Node<V> next(int word) {
            int k = Arrays.binarySearch(words, word);
            return k < 0 ? null : next[k];
        }

        Node<V> nextOrAdd(int word) {
            int k = Arrays.binarySearch(words, word);
            if (k >= 0) {
                return next[k];
            }
            int at = -k - 1;
            words = insert(words, at, word);
            Node<V>[] grown = newNodes(next.length + 1);
            System.arraycopy(next, 0, grown, 0, at);
            System.arraycopy(next, at, grown, at + 1, next.length - at);
            grown[at] = new Node<>();
            next = grown;
            return grown[at];
        }

        private static int[] insert(int[] a, int at, int value) {
            int[] out = new int[a.length + 1];
            System.arraycopy(a, 0, out, 0, at);
            System.arraycopy(a, at, out, at + 1, a.length - at);
            out[at] = value;
            return out;
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newNodes(int n) {
            return (Node<V>[]) new Node<?>[n];
        }
    }

    /** Roots by the id of a phrase's first word (forwards) or last word (backwards). */
    private Node<V>[] byFirst = Node.newNodes(0);
    private Node<V>[] byLast = Node.newNodes(0);

    public void add(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        int[] words = new int[tokens.size()];
        for (int k = 0; k < words.length; k++) {
            words[k] = WordIds.intern(tokens.get(k).lower());
        }
        add(words, value);
    }

    /** Adds a phrase given as word ids ({@link WordIds#intern}). */
    void add(int[] words, V value) {
        if (words.length == 0) {
            return;
        }
        Match<V> match = new Match<>(words.length, value);
        byFirst = grown(byFirst, words[0]);
        Node<V> node = byFirst[words[0]];
        for (int k = 1; k < words.length; k++) {
            node = node.nextOrAdd(words[k]);
        }
        node.match = node.match == null ? match : node.match;
        int last = words[words.length - 1];
        byLast = grown(byLast, last);
        node = byLast[last];
        for (int k = words.length - 2; k >= 0; k--) {
            node = node.nextOrAdd(words[k]);
        }
        node.match = node.match == null ? match : node.match;
    }

    private static <V> Node<V>[] grown(Node<V>[] roots, int word) {
        Node<V>[] out = word < roots.length ? roots : Arrays.copyOf(roots, word + 1);
        if (out[word] == null) {
            out[word] = new Node<>();
        }
        return out;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Node<V> node = root(byFirst, tokens.get(i));
        Match<V> longest = null;
        for (int j = i + 1; node != null; j++) {
            longest = node.match != null ? node.match : longest;
            node = j < tokens.size() ? next(node, tokens.get(j)) : null;
        }
        return longest;
    }

    /** The longest phrase ending just before token {@code end}, or null. */
    public Match<V> endingAt(List<Token> tokens, int end) {
        if (end <= 0 || end > tokens.size()) {
            return null;
        }
        Node<V> node = root(byLast, tokens.get(end - 1));
        Match<V> longest = null;
        for (int j = end - 2; node != null; j--) {
            longest = node.match != null ? node.match : longest;
            node = j >= 0 ? next(node, tokens.get(j)) : null;
        }
        return longest;
    }

    private static <V> Node<V> root(Node<V>[] roots, Token t) {
        int word = t.word();
        return word >= 0 && word < roots.length ? roots[word] : null;
    }

    private static <V> Node<V> next(Node<V> node, Token t) {
        return t.word() == WordIds.NONE ? null : node.next(t.word());
    }
}
