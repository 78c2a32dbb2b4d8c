package tally.ingest.text;

import java.util.Locale;

/**
 * A word, number or punctuation mark with its offsets in the article text, and the id of its
 * lower-case form among the words lexicons use ({@link WordIds#NONE} if none does). Ids are those
 * of the lexicon words known when the text is tokenized: tokenize after making the lexicon,
 * number reader or time expressions that will read the tokens, as every caller does.
 *
 * <p>The lower case of a word that no lexicon uses is made when first asked: most such words
 * (names, mostly) are only ever compared by id.
 */
public final class Token {

    public enum Kind { WORD, NUMBER, PUNCT }

    private final String text;
    private String lower;
    private final Kind kind;
    private final int start;
    private final int end;
    private final int word;

    /** @param lower the text in lower case, or null (only for Latin-1 text) to make it when asked */
    Token(String text, String lower, Kind kind, int start, int end, int word) {
        this.text = text;
        this.lower = lower;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.word = word;
    }

    public String text() {
        return text;
    }

    public String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    public Kind kind() {
        return kind;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int word() {
        return word;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean is(String lowerText) {
        if (lower == null && lowerText.length() != text.length()) {
            return false; // Latin-1 text keeps its length in lower case
        }
        return lower().equals(lowerText);
    }

    public boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    @Override
    public String toString() {
        return text;
    }
}
