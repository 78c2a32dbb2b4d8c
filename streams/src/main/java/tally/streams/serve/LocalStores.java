package tally.streams.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import tally.streams.kafka.StoreDef;

/**
 * Interactive queries (IQv2) of this instance's active state stores. Only active partitions
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

    /** This instance's part of a store: the entries of its active partitions that answered, and which those were. */
    record Part<V>(Map<String, V> entries, Set<Integer> partitions) {
    }

    /**
     * Every entry of the store's active partitions on this instance. A partition whose task is
     * still restoring is not among the answers: the caller checks that every partition answered.
     */
    <V> Part<V> all(StoreDef<String, V> store) {
        StateQueryResult<KeyValueIterator<String, V>> result = query(StateQueryRequest.inStore(store.name())
                .withQuery(RangeQuery.<String, V>withNoBounds())
                .requireActive());
        Map<String, V> entries = new LinkedHashMap<>();
        for (QueryResult<KeyValueIterator<String, V>> one : result.getPartitionResults().values()) {
            read(store, one, entries);
        }
        return new Part<>(entries, Set.copyOf(result.getPartitionResults().keySet()));
    }

    /** The entries from {@code from} to {@code to} (inclusive) in one partition of a store. */
    <V> Map<String, V> range(StoreDef<String, V> store, String from, String to, int partition) {
        StateQueryRequest<KeyValueIterator<String, V>> request = StateQueryRequest.inStore(store.name())
                .withQuery(RangeQuery.<String, V>withRange(from, to))
                .withPartitions(Set.of(partition))
                .requireActive();
        QueryResult<KeyValueIterator<String, V>> only = query(request).getPartitionResults().get(partition);
        if (only == null) {
            throw ApiException.unavailable("partition " + partition + " of " + store.name() + " is not hosted here (a rebalance is under way); retry");
        }
        Map<String, V> entries = new LinkedHashMap<>();
        read(store, only, entries);
        return entries;
    }

    private static <V> void read(StoreDef<String, V> store, QueryResult<KeyValueIterator<String, V>> partition, Map<String, V> into) {
        try (KeyValueIterator<String, V> it = value(store, partition)) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                into.put(kv.key, kv.value);
            }
        }
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
