package tally.stats.consolidate;

import java.util.NavigableMap;
import java.util.TreeMap;

/** A {@link SortedStore} in memory, sorted as a Kafka Streams store sorts (UTF-8 bytes): the ledgers' store in tests. */
final class MapStore<V> implements SortedStore<V> {

    final NavigableMap<String, V> map = new TreeMap<>(LedgerKeys.ORDER);

    @Override
    public V get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    @Override
    public String higher(String prefix, String key) {
        String k = key == null ? map.ceilingKey(prefix) : map.higherKey(key);
        return k != null && k.startsWith(prefix) ? k : null;
    }

    @Override
    public String lower(String prefix, String key) {
        String k = key == null ? map.lowerKey(prefix + Character.toString(Character.MAX_CODE_POINT)) : map.lowerKey(key);
        return k != null && k.startsWith(prefix) ? k : null;
    }
}
