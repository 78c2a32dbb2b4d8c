package tally.streams.serve;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import tally.stats.consolidate.KeyRange;
import tally.stats.json.Json;
import tally.streams.kafka.StoreDef;

/**
 * Answers store queries for every key, wherever it lives: the Streams metadata says which
 * instance hosts the active copy of a key's partition; this instance's keys are queried locally
 * (IQv2), the others over HTTP from the owner's {@code /internal/stores} endpoint. A query of a
 * whole store asks every instance hosting it and merges the answers.
 */
final class StoreRouter {

    static final String INTERNAL_PATH = "/internal/stores/";
    /** Entries of one page of a store, unless the request says fewer. */
    static final int PAGE = 1_000;
    /** The most a request may ask for in one page. */
    static final int MAX_PAGE = 5_000;
    private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaStreams streams;
    private final LocalStores local;
    private final HostInfo self;
    private final InternalToken token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REMOTE_TIMEOUT).build();

    /** @param token sent to the other instances with each request */
    StoreRouter(KafkaStreams streams, HostInfo self, InternalToken token) {
        this.streams = streams;
        this.local = new LocalStores(streams);
        this.self = self;
        this.token = token;
    }

    LocalStores local() {
        return local;
    }

    /**
     * The value of a key in a store partitioned by another key ({@code routingKey}: a statistic's
     * reports live in the partition of its series), from whichever instance owns it, or null.
     */
    <V> V get(StoreDef<String, V> store, String key, String routingKey) {
        KeyQueryMetadata owner = owner(store, routingKey);
        if (owner.activeHost().equals(self)) {
            return local.get(store, key, owner.partition());
        }
        JsonNode answer = remote(owner.activeHost(), store, "?key=" + encode(key) + "&partition=" + owner.partition());
        JsonNode value = answer.get("value");
        return value == null || value.isNull() ? null : Json.MAPPER.convertValue(value, store.valueType());
    }

    /**
     * The entries keyed {@code prefix|...} of the partition that holds {@code routingKey}, from
     * whichever instance owns it: for stores keyed below the key they are partitioned by
     * ({@code series|year}, partitioned by series).
     */
    <V> Map<String, V> under(StoreDef<String, V> store, String routingKey, String prefix) {
        KeyRange keys = KeyRange.startingWith(prefix + "|");
        KeyQueryMetadata owner = owner(store, routingKey);
        if (owner.activeHost().equals(self)) {
            return local.range(store, keys.from(), keys.to(), owner.partition());
        }
        JsonNode answer = remote(owner.activeHost(), store, "?from=" + encode(keys.from()) + "&to=" + encode(keys.to()) + "&partition=" + owner.partition());
        return Json.MAPPER.convertValue(answer.get("entries"), entriesOf(store));
    }

    /** Which instance and partition hold a key's partition of a store. */
    private KeyQueryMetadata owner(StoreDef<String, ?> store, String routingKey) {
        KeyQueryMetadata owner = streams.queryMetadataForKey(store.name(), routingKey, store.keySerde().serializer());
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw ApiException.unavailable("no instance hosts " + store.name() + " now (starting or rebalancing); retry");
        }
        return owner;
    }

    /** One page of a whole store across all instances: entries in key order, and the key to continue after, or null at the end. */
    record Page<V>(SortedMap<String, V> entries, String next) {
    }

    /**
     * At most {@code limit} entries of a store with keys after {@code after} (null: from the
     * first), in key order, across all instances, each asked for one page only, so that neither
     * answer grows with the store (issue 21, item 3). Fails (retry) unless every partition the
     * metadata knows answered: during a rebalance a task may still be restoring, and a merged
     * answer without it would be silently incomplete.
     */
    <V> Page<V> page(StoreDef<String, V> store, String after, int limit) {
        Collection<StreamsMetadata> hosts = streams.streamsMetadataForStore(store.name());
        if (hosts.isEmpty()) {
            throw ApiException.unavailable("no instance hosts " + store.name() + " now (starting or rebalancing); retry");
        }
        Set<Integer> expected = new TreeSet<>();
        hosts.forEach(h -> h.topicPartitions().forEach(tp -> expected.add(tp.partition())));
        JavaType entries = entriesOf(store);
        TreeMap<String, V> merged = new TreeMap<>();
        Set<Integer> answered = new TreeSet<>();
        boolean more = false;
        for (StreamsMetadata host : hosts) {
            if (host.hostInfo().equals(self)) {
                LocalStores.Part<V> part = local.page(store, after, limit);
                merged.putAll(part.entries());
                answered.addAll(part.partitions());
                more |= part.more();
            } else {
                JsonNode answer = remote(host.hostInfo(), store, "?limit=" + limit + (after == null ? "" : "&after=" + encode(after)));
                merged.putAll(Json.MAPPER.convertValue(answer.get("entries"), entries));
                answer.path("partitions").forEach(p -> answered.add(p.asInt()));
                more |= answer.path("next").isTextual();
            }
        }
        if (!answered.containsAll(expected)) {
            expected.removeAll(answered);
            throw ApiException.unavailable("partitions " + expected + " of " + store.name() + " are not ready (a rebalance is under way); retry");
        }
        while (merged.size() > limit) {
            merged.pollLastEntry();
            more = true;
        }
        return new Page<>(merged, more && !merged.isEmpty() ? merged.lastKey() : null);
    }

    /** Every entry of a store, page by page: for answers that are small by nature (the yearly series points). */
    <V> Map<String, V> all(StoreDef<String, V> store) {
        Map<String, V> all = new LinkedHashMap<>();
        String after = null;
        do {
            Page<V> page = page(store, after, PAGE);
            all.putAll(page.entries());
            after = page.next();
        } while (after != null);
        return all;
    }

    private static JavaType entriesOf(StoreDef<String, ?> store) {
        return Json.MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, store.valueType());
    }

    private JsonNode remote(HostInfo host, StoreDef<String, ?> store, String query) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + INTERNAL_PATH + encode(store.name()) + query);
        try {
            HttpResponse<byte[]> response = http.send(token.sign(HttpRequest.newBuilder(uri)).timeout(REMOTE_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = Json.MAPPER.readTree(response.body());
            if (response.statusCode() != 200) {
                String why = body != null && body.hasNonNull("error") ? body.get("error").asText() : "status " + response.statusCode();
                throw ApiException.unavailable("instance " + host.host() + ":" + host.port() + " could not answer for " + store.name() + ": " + why);
            }
            return body;
        } catch (IOException e) {
            throw ApiException.unavailable("instance " + host.host() + ":" + host.port() + " is unreachable (" + e.getMessage() + "); retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
