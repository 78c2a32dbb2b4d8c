package tally.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static tally.streams.topology.FigureFixtures.deaths;
import static tally.streams.topology.FigureFixtures.figure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.json.Json;
import tally.stats.json.JsonSerde;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.NormalizedFigure;
import tally.stats.normalize.Population;
import tally.streams.app.TallyStreamsConfig;

/** Each topology class on its own, wired between test topics. */
class EachTopologyTest {

    @TempDir
    Path state;

    private final Normalization normalization = new Normalization(Population.shipped());

    private TopologyTestDriver driver(StreamsBuilder builder) {
        Properties client = new Properties();
        client.put("bootstrap.servers", "unused:9092");
        return new TopologyTestDriver(builder.build(), TallyStreamsConfig.of(TallyEnvironment.DEFAULT, client, state, "at_least_once", 1, null));
    }

    private static final Serde<FigureChange> CHANGE = JsonSerde.binary(FigureChange.class);

    /** Figure changes fed from a test topic, as CurrentFiguresTopology would emit them, routed by series. */
    private static KStream<String, SeriesUpdates> changes(StreamsBuilder b) {
        return SeriesRoutingTopology.bySeries(b.stream("test.changes", Consumed.with(TallySerdes.KEY, CHANGE).withName("test-changes-source")));
    }

    private byte[] change(tally.stats.Figure before, tally.stats.Figure after) {
        return CHANGE.serializer().serialize("test.changes", new FigureChange(before == null ? null : normalization.normalize(before),
                after == null ? null : normalization.normalize(after)));
    }

    private <V> Map<String, V> run(Function<StreamsBuilder, String> wire, org.apache.kafka.common.serialization.Deserializer<V> out,
                                   java.util.function.Consumer<TestInputTopic<String, byte[]>> feed, String inputTopic) {
        StreamsBuilder b = new StreamsBuilder();
        String outputTopic = wire.apply(b);
        try (TopologyTestDriver d = driver(b)) {
            feed.accept(d.createInputTopic(inputTopic, new StringSerializer(), new ByteArraySerializer()));
            return d.createOutputTopic(outputTopic, new StringDeserializer(), out).readKeyValuesToMap();
        }
    }

    private byte[] normalized(tally.stats.Figure f) {
        return TallySerdes.NORMALIZED.serializer().serialize("test.normalized", normalization.normalize(f));
    }

    @Test
    void validationPassesGoodFiguresOnly() {
        Map<String, tally.stats.Figure> out = run(b -> {
            ValidationTopology.validFigures(b, TallyTopics.DEFAULT.figures()).to("test.valid", Produced.with(TallySerdes.KEY, TallySerdes.FIGURE).withName("test-sink"));
            return "test.valid";
        }, TallySerdes.FIGURE.deserializer(), in -> {
            in.pipeInput("good", Json.MAPPER.valueToTree(deaths("good", "a", "H", 5, Qualifier.EXACT, 2010, "2011-01-01")).toString()
                    .getBytes(StandardCharsets.UTF_8));
            in.pipeInput("bad", "nope".getBytes(StandardCharsets.UTF_8));
        }, TallyEnvironment.DEFAULT.figures());
        assertEquals(java.util.Set.of("good"), out.keySet());
    }

    @Test
    void currentFiguresKeepTheNewestVersionAndWithdrawOlderOnes() {
        StreamsBuilder b = new StreamsBuilder();
        CurrentFiguresTopology.changes(b, b.stream("test.normalized", Consumed.with(TallySerdes.KEY, TallySerdes.NORMALIZED)
                        .withName("test-normalized-source")))
                .to("test.changes.out", Produced.with(TallySerdes.KEY, CHANGE).withName("test-changes-sink"));
        tally.stats.Figure v1 = figure("v1", "a", "H", Metric.DEATHS, 1, Qualifier.EXACT, "MX", Period.year(2010), "2011-01-01", 1);
        tally.stats.Figure v2 = figure("v2", "a", "H", Metric.DEATHS, 2, Qualifier.EXACT, "MX", Period.year(2010), "2011-01-01", 2);
        tally.stats.Figure v3 = figure("v3", "a", "H", Metric.DEATHS, 3, Qualifier.EXACT, "MX", Period.year(2010), "2011-01-01", 3);
        try (TopologyTestDriver d = driver(b)) {
            TestInputTopic<String, byte[]> in = d.createInputTopic("test.normalized", new StringSerializer(), new ByteArraySerializer());
            in.pipeInput("a", normalized(v2));
            in.pipeInput("a", normalized(v1));
            in.pipeInput("v2", normalized(v2)); // keyed by figure id, as an older producer did: re-keyed by article
            in.pipeInput("a", normalized(v3));
            List<KeyValue<String, FigureChange>> out = d.createOutputTopic("test.changes.out", new StringDeserializer(), CHANGE.deserializer())
                    .readKeyValuesToList();
            NormalizedFigure n2 = normalization.normalize(v2);
            NormalizedFigure n3 = normalization.normalize(v3);
            assertEquals(List.of(
                    KeyValue.pair("v2", new FigureChange(null, n2)),
                    KeyValue.pair("v2", new FigureChange(n2, n2)),
                    KeyValue.pair("v2", new FigureChange(n2, null)),
                    KeyValue.pair("v3", new FigureChange(null, n3))), out,
                    "the late version 1 is dropped, the duplicate changes nothing, version 3 withdraws version 2");
        }
    }

    @Test
    void aNewFigureIsOneRecordForItsSeriesAndAMoveAlsoWithdrawsFromTheOldOne() {
        tally.stats.Figure mx = deaths("f1", "a1", "H", 100, Qualifier.EXACT, 2010, "2011-01-03");
        tally.stats.Figure co = figure("f1", "a1", "H", Metric.DEATHS, 100, Qualifier.EXACT, "CO", Period.year(2010), "2011-01-03", 2);
        List<KeyValue<String, SeriesUpdates>> added = SeriesRoutingTopology.updates("f1",
                new FigureChange(null, normalization.normalize(mx)));
        assertEquals(1, added.size(), added.toString());
        assertEquals("violence|deaths|MX", added.get(0).key);
        assertEquals(1, added.get(0).value.reports().size());
        assertEquals("deaths|MX|2011-01-03", added.get(0).value.mentions().get(0).week());

        Map<String, SeriesUpdates> moved = new java.util.TreeMap<>();
        SeriesRoutingTopology.updates("f1", new FigureChange(normalization.normalize(mx), normalization.normalize(co)))
                .forEach(kv -> moved.put(kv.key, kv.value));
        assertEquals(java.util.Set.of("violence|deaths|MX", "violence|deaths|CO"), moved.keySet());
        assertNull(moved.get("violence|deaths|MX").reports().get(0).report(), "withdrawn from Mexico");
        assertEquals(false, moved.get("violence|deaths|MX").mentions().get(0).counts());
        assertEquals(100, moved.get("violence|deaths|CO").reports().get(0).report().value());
    }

    @Test
    void consolidationSubtractsWhatIsWithdrawn() {
        tally.stats.Figure f2 = deaths("f2", "a2", "T", 200, Qualifier.EXACT, 2010, "2011-01-02");
        Map<String, Estimate> out = run(b -> {
            ConsolidationTopology.estimates(b, changes(b), new Consolidation(normalization), TallyTopics.DEFAULT.estimates());
            return TallyEnvironment.DEFAULT.estimates();
        }, TallySerdes.ESTIMATE.deserializer(), in -> {
            in.pipeInput("f1", change(null, deaths("f1", "a1", "H", 100, Qualifier.EXACT, 2010, "2011-01-01")));
            in.pipeInput("f2", change(null, f2));
            in.pipeInput("f2", change(f2, null));
        }, "test.changes");
        Estimate e = out.get("deaths|MX|2010-01-01|2010-12-31|total|unknown|unspecified");
        assertEquals(100, e.best());
        assertEquals(1, e.figures());
    }

    @Test
    void aFigureThatMovesLeavesItsOldStatisticAndWeek() {
        tally.stats.Figure before = deaths("f1", "a1", "H", 100, Qualifier.EXACT, 2010, "2011-01-03");
        tally.stats.Figure after = deaths("f1", "a1", "H", 100, Qualifier.EXACT, 2009, "2011-01-10");
        StreamsBuilder b = new StreamsBuilder();
        KStream<String, SeriesUpdates> changes = changes(b);
        ConsolidationTopology.estimates(b, changes, new Consolidation(normalization), TallyTopics.DEFAULT.estimates());
        MentionsTopology.mentions(b, changes, TallyTopics.DEFAULT.mentionsWeekly());
        try (TopologyTestDriver d = driver(b)) {
            TestInputTopic<String, byte[]> in = d.createInputTopic("test.changes", new StringSerializer(), new ByteArraySerializer());
            in.pipeInput("f1", change(null, before));
            in.pipeInput("f1", change(before, after));
            var estimates = d.createOutputTopic(TallyTopics.DEFAULT.estimates().name(),
                    TallyTopics.DEFAULT.estimates().keySerde().deserializer(), TallyTopics.DEFAULT.estimates().valueSerde().deserializer())
                    .readKeyValuesToMap();
            var mentions = d.createOutputTopic(TallyTopics.DEFAULT.mentionsWeekly().name(),
                    TallyTopics.DEFAULT.mentionsWeekly().keySerde().deserializer(), TallyTopics.DEFAULT.mentionsWeekly().valueSerde().deserializer())
                    .readKeyValuesToMap();
            assertNull(estimates.get("deaths|MX|2010-01-01|2010-12-31|total|unknown|unspecified"), "the old statistic has no report left");
            assertEquals(100, estimates.get("deaths|MX|2009-01-01|2009-12-31|total|unknown|unspecified").best());
            assertNull(mentions.get("deaths|MX|2011-01-03"));
            assertEquals(1, mentions.get("deaths|MX|2011-01-10").figures());
        }
    }

    @Test
    void seriesAndMentionsFollowTheirInputs() {
        tally.stats.Figure f2 = deaths("f2", "a2", "H", 150, Qualifier.EXACT, 2011, "2011-01-04");
        StreamsBuilder b = new StreamsBuilder();
        KStream<String, SeriesUpdates> changes = changes(b);
        YearlySeriesTopology.series(ConsolidationTopology.estimates(b, changes, new Consolidation(normalization), TallyTopics.DEFAULT.estimates()),
                new tally.stats.consolidate.YearlySeries(normalization), TallyTopics.DEFAULT.seriesYearly());
        MentionsTopology.mentions(b, changes, TallyTopics.DEFAULT.mentionsWeekly());
        try (TopologyTestDriver d = driver(b)) {
            TestInputTopic<String, byte[]> in = d.createInputTopic("test.changes", new StringSerializer(), new ByteArraySerializer());
            in.pipeInput("f1", change(null, deaths("f1", "a1", "H", 100, Qualifier.EXACT, 2010, "2011-01-03")));
            in.pipeInput("f2", change(null, f2));
            in.pipeInput("f2", change(f2, null));
            var series = d.createOutputTopic(TallyTopics.DEFAULT.seriesYearly().name(),
                    TallyTopics.DEFAULT.seriesYearly().keySerde().deserializer(), TallyTopics.DEFAULT.seriesYearly().valueSerde().deserializer())
                    .readKeyValuesToMap();
            var mentions = d.createOutputTopic(TallyTopics.DEFAULT.mentionsWeekly().name(),
                    TallyTopics.DEFAULT.mentionsWeekly().keySerde().deserializer(), TallyTopics.DEFAULT.mentionsWeekly().valueSerde().deserializer())
                    .readKeyValuesToMap();
            assertEquals(100, series.get("violence|deaths|MX|unknown|unspecified|2010").value());
            assertNull(series.get("violence|deaths|MX|unknown|unspecified|2011"), "the withdrawn figure's year is deleted");
            assertEquals(1, mentions.get("deaths|MX|2011-01-03").figures(), "the withdrawn figure no longer counts");
            assertEquals(1, mentions.get("deaths|MX|2011-01-03").articles());
        }
    }
}
