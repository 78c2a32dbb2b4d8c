package tally.ingest.extract.analysis;

import java.util.BitSet;
import java.util.List;
import tally.ingest.text.ArticleText;
import tally.ingest.text.Token;
import tally.ingest.text.WordIds;
import tally.ingest.text.WordSieve;
import tally.stats.Span;

/**
 * The words one of which every link rule needs in a sentence (each rule declares its own), so a
 * sentence with none of them states no figure: its numbers are not read, and a sieve over its
 * characters spares most such sentences even the tokenizer. Derived from the rules, it cannot
 * drift from them.
 */
public final class LinkWords {

    private final BitSet words;
    private final WordSieve sieve;

    public LinkWords(BitSet words) {
        this.words = (BitSet) words.clone();
        this.sieve = new WordSieve(WordIds.words(words));
    }

    /** Whether the sentence may hold one of the words, read from its characters: "no" is certain. */
    public boolean mayHold(ArticleText text, Span sentence) {
        return text.mayHold(sieve, sentence);
    }

    /** Whether one of the tokens is one of the words. */
    public boolean any(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word() != WordIds.NONE && words.get(t.word())) {
                return true;
            }
        }
        return false;
    }
}
