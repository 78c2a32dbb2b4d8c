package tally.ingest.text;

import java.util.List;
import tally.stats.Span;

/**
 * An article's cleaned text, read by span: the one copy of its characters that the sentence
 * splitter, the sieves and the tokenizer read, made once per article.
 */
public final class ArticleText {

    private final String text;
    private final char[] chars;

    public ArticleText(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    /** The text as a string, for offsets into it and for number parsing. */
    public String string() {
        return text;
    }

    public String substring(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The sentences of a paragraph. */
    public List<Span> sentences(Sentences sentences, Span paragraph) {
        return sentences.split(chars, paragraph.start(), paragraph.end());
    }

    public List<Token> tokens(Span span) {
        return Tokenizer.tokenize(chars, span.start(), span.end());
    }

    /** Whether the span holds a digit (a number written in words has none). */
    public boolean hasDigit(Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = chars[i];
            // Below U+0660 (the first digit beyond ASCII) only '0' to '9' are digits: no Unicode table lookup.
            if (c < '\u0660' ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the span may hold one of the sieve's words ({@link WordSieve#mayHold}). */
    public boolean mayHold(WordSieve sieve, Span span) {
        return sieve.mayHold(chars, span.start(), span.end());
    }
}
