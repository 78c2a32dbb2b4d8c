package tally.ingest.text;

import java.util.BitSet;
import java.util.Set;

/**
 * Lower-case lexicon words, asked about tokens by their word id ({@link Token#word()}): a token
 * whose word no lexicon uses is answered without hashing its text.
 */
public final class WordSet {

    private final Set<String> words;
    private final BitSet ids = new BitSet();

    public WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        words.forEach(w -> ids.set(WordIds.intern(w)));
    }

    public boolean contains(Token t) {
        return t.word() != WordIds.NONE && ids.get(t.word());
    }

    public boolean contains(String lower) {
        return words.contains(lower);
    }

    public Set<String> words() {
        return words;
    }
}
