package tally.streams.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * A state store defined once: its name, its serdes, how it is built, and the type of its values
 * (interactive queries answered by another instance arrive as JSON and are read back as that
 * type). The topology that owns the store builds it from here, its processors and the API find
 * it through the same definition.
 */
public record StoreDef<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Class<V> valueType) {

    /** A persistent (RocksDB) key-value store, cached so that a key written many times in a commit is flushed once. */
    public StoreBuilder<KeyValueStore<K, V>> builder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keySerde, valueSerde).withCachingEnabled();
    }

    /**
     * The same store without a record cache: for a store read by ranges (a range over a cached
     * store first copies every cached key in it) whose keys are written once each anyway.
     */
    public StoreBuilder<KeyValueStore<K, V>> uncachedBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keySerde, valueSerde).withCachingDisabled();
    }

    /** The store in a processor that was connected to it. */
    public KeyValueStore<K, V> in(ProcessorContext<?, ?> context) {
        return context.getStateStore(name);
    }
}
