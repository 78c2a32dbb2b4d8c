package tally.streams.topology;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import tally.stats.consolidate.KeyRange;
import tally.stats.consolidate.SortedStore;

/**
 * A Kafka Streams store as the ledgers of {@code tally.stats.consolidate} see it: gets, puts and
 * the sorted neighbour of a key, each one seek. Keys are compared as their UTF-8 bytes, as RocksDB
 * and the record cache sort them.
 */
final class StoreView<V> implements SortedStore<V> {

    private final KeyValueStore<String, V> store;

    StoreView(KeyValueStore<String, V> store) {
        this.store = store;
    }

    @Override
    public V get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, V value) {
        if (value == null) {
            store.delete(key);
        } else {
            store.put(key, value);
        }
    }

    @Override
    public String higher(String prefix, String key) {
        try (KeyValueIterator<String, V> it = store.range(key == null ? prefix : key, KeyRange.startingWith(prefix).to())) {
            return next(it, prefix, key);
        }
    }

    @Override
    public String lower(String prefix, String key) {
        try (KeyValueIterator<String, V> it = store.reverseRange(prefix, key == null ? KeyRange.startingWith(prefix).to() : key)) {
            return next(it, prefix, key);
        }
    }

    /** The first key of the iterator other than {@code skip}, if it has the prefix. */
    private static <V> String next(KeyValueIterator<String, V> it, String prefix, String skip) {
        while (it.hasNext()) {
            KeyValue<String, V> kv = it.next();
            if (kv.key.equals(skip)) {
                continue;
            }
            return kv.key.startsWith(prefix) ? kv.key : null;
        }
        return null;
    }

}
