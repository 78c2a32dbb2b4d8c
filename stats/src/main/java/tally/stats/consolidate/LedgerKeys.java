package tally.stats.consolidate;

import java.util.Comparator;

/**
 * How the ledgers compose store keys from free text (outlet names, ids): parts end with a NUL,
 * which sorts before every other character, so that a key's order is its parts' order and no
 * outlet name can reach into another's prefix. A NUL inside a part is read as U+0001.
 */
final class LedgerKeys {

    static final String SEP = "\u0000";

    /** The order of keys in a store: UTF-8 bytes, that is code points (not Java's UTF-16 order). */
    static final Comparator<String> ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private LedgerKeys() {
    }

    /** A part of a key, terminated. */
    static String part(String text) {
        return text.replace('\u0000', '\u0001') + SEP;
    }

    /** The last part of {@code key}, as {@link #part} made it (with its end). */
    static String lastPart(String key) {
        return key.substring(key.lastIndexOf(SEP, key.length() - 2) + 1);
    }

    /** The first part of {@code key} after {@code prefix}, as {@link #part} made it (without its end). */
    static String firstPart(String key, String prefix) {
        return key.substring(prefix.length(), key.indexOf(SEP, prefix.length()));
    }
}
