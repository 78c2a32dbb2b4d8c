package tally.stats.consolidate;

/**
 * What the ledgers ({@link ReportLedger}, {@link MentionLedger}) need of a key-value store whose
 * keys are sorted (as bytes of UTF-8): a Kafka Streams store in the application, a sorted map in
 * tests. Keeping one small value per key, with sorted neighbours found by a seek, is what lets an
 * aggregate stay the same size however many reports are behind it.
 */
public interface SortedStore<V> {

    V get(String key);

    /** Sets a key's value; null deletes the key. */
    void put(String key, V value);

    /** The smallest key after {@code key} (from the start when null) among those starting with {@code prefix}, or null. */
    String higher(String prefix, String key);

    /** The largest key before {@code key} (from the end when null) among those starting with {@code prefix}, or null. */
    String lower(String prefix, String key);

    /** Whether a key other than {@code key} starts with {@code prefix}. */
    default boolean hasOther(String prefix, String key) {
        String first = higher(prefix, null);
        return first != null && (!first.equals(key) || higher(prefix, key) != null);
    }
}
