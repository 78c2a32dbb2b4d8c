package tally.ingest.extract;

/**
 * A word, number or punctuation mark with its offsets in the article text, and the id of its
 * lower-case form among the words lexicons use ({@link WordIds#NONE} if none does). Ids are those
 * of the lexicon words known when the text is tokenized: tokenize after making the lexicon,
 * number reader or time expressions that will read the tokens, as every caller does.
 */
public record Token(String text, String lower, Kind kind, int start, int end, int word) {

    public enum Kind { WORD, NUMBER, PUNCT }

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
        return lower.equals(lowerText);
    }

    public boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
