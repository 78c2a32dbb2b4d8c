package tally.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and punctuation in one linear pass (no regular expressions, so
 * no backtracking on hostile input). Numbers keep their separators ("15,273", "2.5"); initialisms
 * stay whole ("U.S.", "a.m."); a possessive "'s" is its own token so "Mexico's" names Mexico.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /**
     * The tokens of [from, to) of a text given as its characters ({@link String#toCharArray}):
     * indexing an array is far cheaper than String.charAt on a text that is not Latin-1 (one dash
     * makes a whole article UTF-16), and one copy of an article serves all its sentences.
     */
    public static List<Token> tokenize(char[] chars, int from, int to) {
        List<Token> tokens = new ArrayList<>((to - from) / 4); // about a token per five characters of prose
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (isSpace(c)) {
                i++;
            } else if (isDigit(c)) {
                i = number(chars, i, to, tokens);
            } else if (isLetter(c)) {
                i = word(chars, i, to, tokens);
            } else {
                tokens.add(token(chars, i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text.toCharArray(), 0, text.length());
    }

    private static int number(char[] text, int start, int to, List<Token> out) {
        int i = start;
        while (i < to && isDigit(text[i])) {
            i++;
        }
        // Thousands groups: a separator followed by exactly three digits.
        while (i + 3 < to + 0 && (text[i] == ',') && isDigit(text[i + 1]) && isDigit(text[i + 2])
                && isDigit(text[i + 3]) && (i + 4 >= to || !isDigit(text[i + 4]))) {
            i += 4;
        }
        if (i + 1 < to && text[i] == '.' && isDigit(text[i + 1])) {
            i++;
            while (i < to && isDigit(text[i])) {
                i++;
            }
        }
        out.add(token(text, start, i, Token.Kind.NUMBER));
        return i;
    }

    private static int word(char[] text, int start, int to, List<Token> out) {
        // Initialisms: single letters each followed by a dot ("U.S.", "a.m.").
        int j = start;
        int letters = 0;
        while (j + 1 < to && isLetter(text[j]) && text[j + 1] == '.'
                && (j + 2 >= to || !isLetter(text[j + 2]) || (j + 3 < to && text[j + 3] == '.'))) {
            letters++;
            j += 2;
        }
        if (letters >= 2) {
            out.add(token(text, start, j, Token.Kind.WORD));
            return j;
        }
        int i = start;
        // The word's hash for the lexicon lookup, and whether it is Latin-1 in lower case, are found
        // in the same scan: the lookup and the lower-case test would each read the word again.
        int hash = 0;
        boolean latin1 = true;
        boolean lowerCase = true;
        while (i < to) {
            char c = text[i];
            if (c >= 'a' && c <= 'z') {
                hash = 31 * hash + c; // most characters of a word: nothing more to test
                i++;
            } else if (isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || isApostrophe(c) && i + 1 < to && isLetter(text[i + 1])
                    && !(Character.toLowerCase(text[i + 1]) == 's' && (i + 2 >= to || !isLetter(text[i + 2])))) {
                // o'clock, don't; but not the possessive 's
                char lower = WordIds.lower(c);
                hash = 31 * hash + lower;
                latin1 &= c <= 0xff;
                lowerCase &= lower == c;
                i++;
            } else {
                break;
            }
        }
        out.add(latin1 ? word(text, start, i, hash, lowerCase) : token(text, start, i, Token.Kind.WORD));
        if (i + 1 < to && isApostrophe(text[i]) && Character.toLowerCase(text[i + 1]) == 's'
                && (i + 2 >= to || !isLetter(text[i + 2]))) {
            out.add(token(text, i, i + 2, Token.Kind.WORD));
            i += 2;
        }
        return i;
    }

    /**
     * The token of the Latin-1 word chars[start, end), given the hash of its lower case
     * ({@link WordIds#find(char[], int, int, int, boolean)}) and whether it is written in lower case.
     */
    private static Token word(char[] chars, int start, int end, int hash, boolean lowerCase) {
        WordIds.Word known = WordIds.find(chars, start, end, hash, lowerCase);
        if (known != null) {
            String t = lowerCase ? known.lower() : new String(chars, start, end - start);
            return new Token(t, known.lower(), Token.Kind.WORD, start, end, known.id());
        }
        String t = new String(chars, start, end - start);
        return new Token(t, lowerCase ? t : null, Token.Kind.WORD, start, end, WordIds.NONE);
    }

    /** The token of chars[start, end). */
    private static Token token(char[] chars, int start, int end, Token.Kind kind) {
        WordIds.Word known = WordIds.find(chars, start, end); // a lexicon word needs no lower-case copy
        if (known != null) {
            // Most words are lexicon words written in lower case: the table's string is their text too.
            String t = known.spells(chars, start, end) ? known.lower() : new String(chars, start, end - start);
            return new Token(t, known.lower(), kind, start, end, known.id());
        }
        String t = new String(chars, start, end - start);
        String lower = WordIds.isLowerCase(chars, start, end) ? t : t.toLowerCase(Locale.ROOT);
        return new Token(t, lower, kind, start, end, WordIds.NONE);
    }

    /** White space in the widest sense (no-break spaces too); printable ASCII is answered without a Unicode table lookup. */
    public static boolean isSpace(char c) {
        return c == ' ' || (c < ' ' || c > '~') && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** {@link Character#isLetter(char)}, with ASCII answered without a Unicode table lookup. */
    public static boolean isLetter(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
