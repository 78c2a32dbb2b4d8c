package tally.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tally.streams.topology.FigureFixtures.deaths;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.Figure;
import tally.stats.Qualifier;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.StoreDef;

/**
 * Under at_least_once, a commit's changelog writes can land for some stores and not others (in
 * issue 21's run the broker gave no metadata for 60 s, task 2_0 became TaskCorruptedException and
 * was restored), and the records since the last commit are then processed again over those
 * stores. Here the stores of consolidation and mentions hold the last figure's change in some of
 * them and not in the others, as such a restore leaves them; that figure is processed again and
 * two articles are withdrawn, and the estimate, the weekly mentions and every store must end as a
 * clean run leaves them, with nothing dead-lettered. Before the repair, a summary and the sorted
 * values behind it disagreed: a seek found nothing (a NullPointerException, dead-lettered by the
 * processing handler) or counts went wrong.
 */
class PartialRestoreTest {

    private static final List<StoreDef<String, ?>> STORES = List.of(ConsolidationTopology.REPORTS_STORE,
            ConsolidationTopology.REPORTERS_STORE, ConsolidationTopology.ORDER_STORE, ConsolidationTopology.SUMMARIES_STORE,
            MentionsTopology.MENTIONS_STORE, MentionsTopology.FIGURES_STORE);
    /** The current figures' stores, as the commit before the last figure left them (it is processed again over them). */
    private static final List<StoreDef<String, ?>> UPSTREAM = List.of(CurrentFiguresTopology.VERSIONS_STORE, CurrentFiguresTopology.STORE,
            CurrentFiguresTopology.WITHDRAWN_STORE);
    private static final String STATISTIC = "deaths|MX|2010-01-01|2010-12-31|total|unknown|unspecified";

    @TempDir
    Path dir;

    private final List<Figure> before = List.of(
            deaths("f1", "a1", "Herald", 100, Qualifier.EXACT, 2010, "2011-01-10"),
            deaths("f2", "a2", "Tribune", 130, Qualifier.EXACT, 2010, "2011-01-11"),
            deaths("f3", "a3", "Herald", 120, Qualifier.EXACT, 2010, "2011-01-12"),
            deaths("f4", "a4", "Tribune", 90, Qualifier.AT_LEAST, 2010, "2011-01-12"));
    private final Figure last = deaths("f5", "a5", "Herald", 160, Qualifier.EXACT, 2010, "2011-01-13");

    @Test
    void everyPartialWriteOfTheLastChangeConvergesWhenItIsProcessedAgain() throws Exception {
        List<Map<String, Object>> without;
        List<Map<String, Object>> upstream;
        List<Map<String, Object>> with;
        List<Map<String, Object>> after;
        Map<String, String> outputs;
        try (TopologyTestDriver clean = driver("clean")) {
            for (Figure f : before) {
                send(clean, f);
            }
            without = stores(clean, STORES);
            upstream = stores(clean, UPSTREAM);
            send(clean, last);
            with = stores(clean, STORES);
            then(clean);
            after = stores(clean, STORES);
            outputs = latest(clean);
        }
        // The change landed in one consolidation store alone, or in all of them but one; and in one of the two
        // mention stores, alternately (a driver costs seconds: not every one of the 62 combinations).
        List<Integer> combinations = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            combinations.add(1 << s | 1 << 4 + s % 2);
            combinations.add(0b1111 & ~(1 << s) | 1 << 5 - s % 2);
        }
        List<String> failures = new ArrayList<>();
        for (int landed : combinations) {
            try (TopologyTestDriver restored = driver("restored-" + landed)) {
                List<String> which = new ArrayList<>();
                for (int s = 0; s < STORES.size(); s++) {
                    boolean kept = (landed & 1 << s) != 0;
                    if (kept) {
                        which.add(STORES.get(s).name());
                    }
                    KeyValueStore<String, Object> store = restored.getKeyValueStore(STORES.get(s).name());
                    (kept ? with : without).get(s).forEach(store::put);
                }
                for (int s = 0; s < UPSTREAM.size(); s++) {
                    KeyValueStore<String, Object> store = restored.getKeyValueStore(UPSTREAM.get(s).name());
                    upstream.get(s).forEach(store::put);
                }
                send(restored, last);
                then(restored);
                String state = "with the last change in " + which + " only: ";
                List<String> dead = dead(restored);
                if (!dead.isEmpty()) {
                    failures.add(state + "dead letters " + dead);
                }
                Map<String, String> now = latest(restored);
                if (!outputs.equals(now)) {
                    failures.add(state + "outputs " + now);
                }
                if (!after.equals(stores(restored, STORES))) {
                    failures.add(state + "stores " + stores(restored, STORES));
                }
            }
        }
        assertEquals(List.of(), failures, "a clean run gives " + outputs);
    }

    private TopologyTestDriver driver(String name) {
        Properties client = new Properties();
        client.put("bootstrap.servers", "unused:9092");
        return new TopologyTestDriver(TallyTopology.build(TallyEnvironment.DEFAULT),
                TallyStreamsConfig.of(TallyEnvironment.DEFAULT, client, dir.resolve(name), "at_least_once", 1, null));
    }

    private static void send(TopologyTestDriver driver, Figure f) throws Exception {
        TestInputTopic<String, byte[]> figures = driver.createInputTopic(TallyEnvironment.DEFAULT.figures(), new StringSerializer(),
                new ByteArraySerializer());
        figures.pipeInput(f.articleId(), Json.MAPPER.writeValueAsBytes(f));
    }

    /** Two articles withdrawn after the last figure: changes applied over the state the restore left. */
    private static void then(TopologyTestDriver driver) {
        TestInputTopic<String, byte[]> figures = driver.createInputTopic(TallyEnvironment.DEFAULT.figures(), new StringSerializer(),
                new ByteArraySerializer());
        figures.pipeInput("a1", (byte[]) null);
        figures.pipeInput("a3", (byte[]) null);
    }

    /** Every store's content, in the order of {@code defs}. */
    private static List<Map<String, Object>> stores(TopologyTestDriver driver, List<StoreDef<String, ?>> defs) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (StoreDef<String, ?> def : defs) {
            Map<String, Object> content = new TreeMap<>();
            KeyValueStore<String, Object> store = driver.getKeyValueStore(def.name());
            try (KeyValueIterator<String, Object> it = store.all()) {
                it.forEachRemaining(kv -> content.put(kv.key, kv.value));
            }
            all.add(content);
        }
        return all;
    }

    /** The last estimate of the statistic and the last mentions of each week, as JSON. */
    private static Map<String, String> latest(TopologyTestDriver driver) throws Exception {
        Map<String, String> out = new TreeMap<>();
        var estimates = driver.createOutputTopic(TallyTopics.DEFAULT.estimates().name(), TallyTopics.DEFAULT.estimates().keySerde().deserializer(),
                TallyTopics.DEFAULT.estimates().valueSerde().deserializer());
        for (KeyValue<String, ?> kv : estimates.readKeyValuesToList()) {
            out.put("estimate " + kv.key, Json.MAPPER.writeValueAsString(kv.value));
        }
        var mentions = driver.createOutputTopic(TallyTopics.DEFAULT.mentionsWeekly().name(),
                TallyTopics.DEFAULT.mentionsWeekly().keySerde().deserializer(), TallyTopics.DEFAULT.mentionsWeekly().valueSerde().deserializer());
        for (KeyValue<String, ?> kv : mentions.readKeyValuesToList()) {
            out.put("mentions " + kv.key, Json.MAPPER.writeValueAsString(kv.value));
        }
        assertEquals(true, out.containsKey("estimate " + STATISTIC), out.keySet().toString());
        return out;
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The dead letters: exception, processor and where it threw. */
    private static List<String> dead(TopologyTestDriver driver) {
        var dlq = driver.createOutputTopic(TallyEnvironment.DEFAULT.figuresDlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<String> reasons = new ArrayList<>();
        for (TestRecord<byte[], byte[]> r : dlq.readRecordsToList()) {
            reasons.add(String.join(" ", header(r, "__streams.errors.exception"), "in", header(r, "tally.errors.processor"),
                    header(r, "__streams.errors.stacktrace").lines().limit(3).toList().toString()));
        }
        return reasons;
    }
}
