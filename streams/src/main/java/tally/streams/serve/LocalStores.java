package tally.streams.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import tally.streams.kafka.StoreDef;

/**
 * Interactive queries of this instance's active state stores (IQv2, and IQv1 for ranges of one
 * partition, see {@link #range}). Only active partitions
 * answer: a standby may lag behind, and the answer must equal what the output topics say.
 */
final class LocalStores {

    private final KafkaStreams streams;

    LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The value of a key in one partition of a store, or null. */
    <V> V get(StoreDef<String, V> store, String key, int partition) {
        StateQueryRequest<V> request = StateQueryRequest.inStore(store.name())
                .withQuery(KeyQuery.<String, V>withKey(key))
                .withPartitions(Set.of(partition))
                .requireActive();
        StateQueryResult<V> result = query(request);
        QueryResult<V> only = result.getPartitionResults().get(partition);
        if (only == null) {
            throw ApiException.unavailable("partition " + partition + " of " + store.name() + " is not hosted here (a rebalance is under way); retry");
        }
        return value(store, only);
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
        RangeQuery<String, V> range = after == null ? RangeQuery.withNoBounds() : RangeQuery.withLowerBound(after);
        StateQueryResult<KeyValueIterator<String, V>> result = query(StateQueryRequest.inStore(store.name())
                .withQuery(range.withAscendingKeys())
                .requireActive());
        TreeMap<String, V> entries = new TreeMap<>();
        boolean more = false;
        for (QueryResult<KeyValueIterator<String, V>> one : result.getPartitionResults().values()) {
            try (KeyValueIterator<String, V> it = value(store, one)) {
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
            }
        }
        while (entries.size() > limit) {
            entries.pollLastEntry();
            more = true;
        }
        return new Part<>(entries, Set.copyOf(result.getPartitionResults().keySet()), more);
    }

    /**
     * The entries from {@code from} to {@code to} (inclusive) in one partition of a store. Read
     * through the store's own interface (IQv1), not IQv2: Kafka Streams 4.3's IQv2 query takes the
     * store's position lock and then the store's lock, while a write takes them the other way round
     * (KAFKA-19629), and a range read during processing (the change alerts read a series on every
     * change) deadlocked a stream thread for good.
     */
    <V> Map<String, V> range(StoreDef<String, V> store, String from, String to, int partition) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw ApiException.unavailable("the Streams application is " + state + "; retry when /health/ready says UP");
        }
        ReadOnlyKeyValueStore<String, V> part;
        try {
            part = streams.store(StoreQueryParameters.fromNameAndType(store.name(), QueryableStoreTypes.<String, V>keyValueStore())
                    .withPartition(partition));
        } catch (InvalidStateStoreException e) {
            throw ApiException.unavailable("partition " + partition + " of " + store.name() + " is not hosted here (a rebalance is under way); retry");
        }
        Map<String, V> entries = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> it = part.range(from, to)) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                entries.put(kv.key, kv.value);
            }
        } catch (InvalidStateStoreException e) {
            throw ApiException.unavailable("store " + store.name() + " cannot answer now (" + e.getMessage() + "); retry");
        }
        return entries;
    }

    private <R> StateQueryResult<R> query(StateQueryRequest<R> request) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw ApiException.unavailable("the Streams application is " + state + "; retry when /health/ready says UP");
        }
        return streams.query(request);
    }

    private static <R> R value(StoreDef<String, ?> store, QueryResult<R> result) {
        if (result.isFailure()) {
            // NOT_ACTIVE, NOT_UP, ... during a rebalance: transient, never the caller's fault.
            throw ApiException.unavailable("store " + store.name() + " cannot answer now (" + result.getFailureReason() + "); retry");
        }
        return result.getResult();
    }
}
