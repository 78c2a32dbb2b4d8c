package tally.ingest.clean;

/**
 * Characters a reader does not see: zero-width spaces and joiners, the word joiner and a stray
 * byte-order mark. Pages carry them inside words and numbers ("4\u200b5 people"), where they would
 * cut a number in two; the cleaner drops them, so the text is read as it is seen.
 */
final class InvisibleCharacters {

    private static final char[] INVISIBLE = {'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'};

    private InvisibleCharacters() {
    }

    static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
    }

    /** The text without them; the same string when it has none (most texts). */
    static String strip(String text) {
        // String.indexOf is vectorized and answers a Latin-1 text at once: five searches cost less than one loop over the characters.
        int first = -1;
        for (char c : INVISIBLE) {
            int at = text.indexOf(c);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
