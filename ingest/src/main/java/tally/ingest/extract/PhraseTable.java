package tally.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases indexed by their first and last word, matched on lower-case tokens; the
 * longest phrase wins. Lookups cost one hash probe plus the few phrases that share a word.
 */
public final class PhraseTable<V> {

    /** A phrase found at a position: how many tokens it spans and its value. */
    public record Match<V>(int length, V value) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();

    public void add(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        String[] words = tokens.stream().map(Token::lower).toArray(String[]::new);
        Entry<V> entry = new Entry<>(words, value);
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        byLast.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(entry);
        Comparator<Entry<V>> longestFirst = Comparator.comparingInt(e -> -e.words.length);
        byFirst.get(words[0]).sort(longestFirst);
        byLast.get(words[words.length - 1]).sort(longestFirst);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> candidates = byFirst.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (i + e.words.length <= tokens.size() && matches(tokens, i, e.words)) {
                return new Match<>(e.words.length, e.value);
            }
        }
        return null;
    }

    /** The longest phrase ending just before token {@code end}, or null. */
    public Match<V> endingAt(List<Token> tokens, int end) {
        if (end <= 0 || end > tokens.size()) {
            return null;
        }
        List<Entry<V>> candidates = byLast.get(tokens.get(end - 1).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            int start = end - e.words.length;
            if (start >= 0 && matches(tokens, start, e.words)) {
                return new Match<>(e.words.length, e.value);
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int start, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(start + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
