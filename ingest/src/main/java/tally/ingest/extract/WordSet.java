package tally.ingest.extract;

import java.util.BitSet;
import java.util.Set;

/**
 * Lower-case lexicon words, asked about tokens by their word id ({@link Token#word()}): a token
 * whose word no lexicon uses is answered without hashing its text.
 */
final class WordSet {

    private final Set<String> words;
    private final BitSet ids = new BitSet();

    WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        words.forEach(w -> ids.set(WordIds.intern(w)));
    }

    boolean contains(Token t) {
        return t.word() != WordIds.NONE && ids.get(t.word());
    }

    boolean contains(String lower) {
        return words.contains(lower);
    }

    Set<String> words() {
        return words;
    }
}
