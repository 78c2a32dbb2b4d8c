package tally.stats.consolidate;

/**
 * The keys of a sorted store that start with one prefix, as an inclusive range {@code from..to}:
 * a series' points ({@code series|year}), a statistic's reports ({@code statistic|...}). Keys are
 * compared as their UTF-8 bytes, as RocksDB sorts them, so every key with the prefix lies between
 * the prefix and the prefix with its last character raised by one.
 */
public record KeyRange(String from, String to) {

    /**
     * The keys starting with {@code prefix}. The prefixes of Tally's keys end with a separator
     * ('|' or NUL), never with the largest character, so raising the last one cannot overflow.
     */
    public static KeyRange startingWith(String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("a key range needs a prefix");
        }
        int last = prefix.length() - 1;
        return new KeyRange(prefix, prefix.substring(0, last) + (char) (prefix.charAt(last) + 1));
    }
}
