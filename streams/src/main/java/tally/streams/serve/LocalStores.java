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
    <V> V get(String store, String key, int partition) {
        StateQueryRequest<V> request = StateQueryRequest.inStore(store)
                .withQuery(KeyQuery.<String, V>withKey(key))
                .withPartitions(Set.of(partition))
                .requireActive();
        StateQueryResult<V> result = query(request);
        QueryResult<V> only = result.getPartitionResults().get(partition);
        if (only == null) {
            throw ApiException.unavailable("partition " + partition + " of " + store + " is not hosted here (a rebalance is under way); retry");
        }
        return value(store, only);
    }

    /** Every entry of the store's active partitions on this instance. */
    <V> Map<String, V> all(String store) {
        return entries(store, StateQueryRequest.inStore(store)
                .withQuery(RangeQuery.<String, V>withNoBounds())
                .requireActive(), -1);
    }

    /** The entries from {@code from} to {@code to} (inclusive) in one partition of a store. */
    <V> Map<String, V> range(String store, String from, String to, int partition) {
        StateQueryRequest<KeyValueIterator<String, V>> request = StateQueryRequest.inStore(store)
                .withQuery(RangeQuery.<String, V>withRange(from, to))
                .withPartitions(Set.of(partition))
                .requireActive();
        return entries(store, request, partition);
    }

    /** @param partition the one partition asked for, or -1 for all of this instance's */
    private <V> Map<String, V> entries(String store, StateQueryRequest<KeyValueIterator<String, V>> request, int partition) {
        StateQueryResult<KeyValueIterator<String, V>> result = query(request);
        if (partition >= 0 && result.getPartitionResults().get(partition) == null) {
            throw ApiException.unavailable("partition " + partition + " of " + store + " is not hosted here (a rebalance is under way); retry");
        }
        Map<String, V> entries = new LinkedHashMap<>();
        for (QueryResult<KeyValueIterator<String, V>> one : result.getPartitionResults().values()) {
            try (KeyValueIterator<String, V> it = value(store, one)) {
                while (it.hasNext()) {
                    KeyValue<String, V> kv = it.next();
                    entries.put(kv.key, kv.value);
                }
            }
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

    private static <R> R value(String store, QueryResult<R> result) {
        if (result.isFailure()) {
            // NOT_ACTIVE, NOT_UP, ... during a rebalance: transient, never the caller's fault.
            throw ApiException.unavailable("store " + store + " cannot answer now (" + result.getFailureReason() + "); retry");
        }
        return result.getResult();
    }
}
