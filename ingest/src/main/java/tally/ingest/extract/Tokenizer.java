package tally.ingest.extract;

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

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isDigit(c)) {
                i = number(text, i, to, tokens);
            } else if (isLetter(c)) {
                i = word(text, i, to, tokens);
            } else {
                tokens.add(token(text, i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    private static int number(String text, int start, int to, List<Token> out) {
        int i = start;
        while (i < to && isDigit(text.charAt(i))) {
            i++;
        }
        // Thousands groups: a separator followed by exactly three digits.
        while (i + 3 < to + 0 && (text.charAt(i) == ',') && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                && isDigit(text.charAt(i + 3)) && (i + 4 >= to || !isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        if (i + 1 < to && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < to && isDigit(text.charAt(i))) {
                i++;
            }
        }
        out.add(token(text, start, i, Token.Kind.NUMBER));
        return i;
    }

    private static int word(String text, int start, int to, List<Token> out) {
        // Initialisms: single letters each followed by a dot ("U.S.", "a.m.").
        int j = start;
        int letters = 0;
        while (j + 1 < to && isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j + 2 >= to || !isLetter(text.charAt(j + 2)) || (j + 3 < to && text.charAt(j + 3) == '.'))) {
            letters++;
            j += 2;
        }
        if (letters >= 2) {
            out.add(token(text, start, j, Token.Kind.WORD));
            return j;
        }
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(c) && i + 1 < to && isLetter(text.charAt(i + 1))
                    && !(Character.toLowerCase(text.charAt(i + 1)) == 's' && (i + 2 >= to || !isLetter(text.charAt(i + 2))))) {
                i++; // o'clock, don't; but not the possessive 's
            } else {
                break;
            }
        }
        out.add(token(text, start, i, Token.Kind.WORD));
        if (i + 1 < to && isApostrophe(text.charAt(i)) && Character.toLowerCase(text.charAt(i + 1)) == 's'
                && (i + 2 >= to || !isLetter(text.charAt(i + 2)))) {
            out.add(token(text, i, i + 2, Token.Kind.WORD));
            i += 2;
        }
        return i;
    }

    private static Token token(String text, int start, int end, Token.Kind kind) {
        String t = text.substring(start, end);
        WordIds.Word known = WordIds.find(text, start, end); // a lexicon word needs no lower-case copy
        String lower = known != null ? known.lower() : t.toLowerCase(Locale.ROOT);
        return new Token(t, lower, kind, start, end, known != null ? known.id() : WordIds.NONE);
    }

    /** White space in the widest sense (no-break spaces too); printable ASCII is answered without a Unicode table lookup. */
    public static boolean isSpace(char c) {
        return c == ' ' || (c < ' ' || c > '~') && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** {@link Character#isLetter(char)}, with ASCII answered without a Unicode table lookup. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
