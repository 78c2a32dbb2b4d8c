package tally.streams.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import tally.streams.kafka.StoreDef;

/**
 * Interactive queries of this instance's active state stores, one partition at a time. Only
 * active partitions answer: a standby may lag behind, and the answer must equal what the output
 * topics say.
 *
 * <p>Read through each store's own interface (IQv1), not IQv2: Kafka Streams 4.3's IQv2 query
 * takes the store's position lock and then the store's lock, while a write takes them the other
 * way round (KAFKA-19629), and reads during processing deadlocked a stream thread for good.
 */
final class LocalStores {

    private final KafkaStreams streams;

    LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The value of a key in one partition of a store, or null. */
    <V> V get(StoreDef<String, V> store, String key, int partition) {
        ReadOnlyKeyValueStore<String, V> part = partition(store, partition)
                .orElseThrow(() -> notHosted(store, partition));
        try {
            return part.get(key);
        } catch (InvalidStateStoreException e) {
            throw cannotAnswer(store, e);
        }
    }

    /**
     * One page of this instance's part of a store: the first entries after a key, in key order,
     * from its active partitions that answered, and which those were; {@code more} when entries
     * follow the page.
     */
    record Part<V>(SortedMap<String, V> entries, Set<Integer> partitions, boolean more) {
    }

    /**
     * At most {@code limit} entries with keys after {@code after} (null: from the first), in key
     * order, across the store's active partitions on this instance: each partition is read only
     * that far, so memory stays bounded whatever the store's size. A partition whose task is still
     * restoring is not among the answers: the caller checks that every partition answered.
     */
    <V> Part<V> page(StoreDef<String, V> store, String after, int limit) {
        TreeMap<String, V> entries = new TreeMap<>();
        Set<Integer> answered = new TreeSet<>();
        boolean more = false;
        for (int partition : activePartitions()) {
            var part = partition(store, partition);
            if (part.isEmpty()) {
                continue; // another sub-topology's task, or this store's still restoring
            }
            try (KeyValueIterator<String, V> it = after == null ? part.get().all() : part.get().range(after, null)) {
                int taken = 0;
                while (it.hasNext()) {
                    KeyValue<String, V> kv = it.next();
                    if (after != null && kv.key.equals(after)) {
                        continue; // the lower bound is inclusive; the cursor was on the page before
                    }
                    if (taken == limit) {
                        more = true;
                        break;
                    }
                    entries.put(kv.key, kv.value);
                    taken++;
                }
            } catch (InvalidStateStoreException e) {
                continue; // migrated away while read: not an answer, the caller retries
            }
            answered.add(partition);
        }
        while (entries.size() > limit) {
            entries.pollLastEntry();
            more = true;
        }
        return new Part<>(entries, Set.copyOf(answered), more);
    }

    /** The entries from {@code from} to {@code to} (inclusive) in one partition of a store. */
    <V> Map<String, V> range(StoreDef<String, V> store, String from, String to, int partition) {
        ReadOnlyKeyValueStore<String, V> part = partition(store, partition)
                .orElseThrow(() -> notHosted(store, partition));
        Map<String, V> entries = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> it = part.range(from, to)) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                entries.put(kv.key, kv.value);
            }
        } catch (InvalidStateStoreException e) {
            throw cannotAnswer(store, e);
        }
        return entries;
    }

    /** One active, running partition of a store on this instance, or empty if it is not here. */
    private <V> Optional<ReadOnlyKeyValueStore<String, V>> partition(StoreDef<String, V> store, int partition) {
        requireUp();
        try {
            return Optional.of(streams.store(StoreQueryParameters
                    .fromNameAndType(store.name(), QueryableStoreTypes.<String, V>keyValueStore())
                    .withPartition(partition)));
        } catch (InvalidStateStoreException e) {
            return Optional.empty();
        }
    }

    /** The partition numbers of this instance's active tasks, of every sub-topology. */
    private Set<Integer> activePartitions() {
        Set<Integer> partitions = new TreeSet<>();
        streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks()
                .forEach(task -> partitions.add(task.taskId().partition())));
        return partitions;
    }

    private void requireUp() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw ApiException.unavailable("the Streams application is " + state + "; retry when /health/ready says UP");
        }
    }

    private static ApiException notHosted(StoreDef<String, ?> store, int partition) {
        return ApiException.unavailable("partition " + partition + " of " + store.name() + " is not hosted here (a rebalance is under way); retry");
    }

    private static ApiException cannotAnswer(StoreDef<String, ?> store, InvalidStateStoreException e) {
        // migrated, closed or restoring during a rebalance: transient, never the caller's fault.
        return ApiException.unavailable("store " + store.name() + " cannot answer now (" + e.getMessage() + "); retry");
    }
}
