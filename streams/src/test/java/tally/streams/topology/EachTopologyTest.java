package tally.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tally.streams.topology.FigureFixtures.deaths;
import static tally.streams.topology.FigureFixtures.figure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.Topics;
import tally.stats.consolidate.Consolidation;
import tally.stats.consolidate.Estimate;
import tally.stats.json.Json;
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
        return new TopologyTestDriver(builder.build(), TallyStreamsConfig.of(client, state, "at_least_once", 1, null));
    }

    /** A table of normalized figures fed from a test topic, as CurrentFiguresTopology would provide it. */
    private static KTable<String, NormalizedFigure> figureTable(StreamsBuilder b) {
        return b.table("test.current", Consumed.with(TallySerdes.KEY, TallySerdes.NORMALIZED).withName("test-current-source"),
                Materialized.as("test-current"));
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
        try {
            return Json.MAPPER.writeValueAsBytes(normalization.normalize(f));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validationPassesGoodFiguresOnly() {
        Map<String, tally.stats.Figure> out = run(b -> {
            ValidationTopology.validFigures(b).to("test.valid", Produced.with(TallySerdes.KEY, TallySerdes.FIGURE).withName("test-sink"));
            return "test.valid";
        }, TallySerdes.FIGURE.deserializer(), in -> {
            in.pipeInput("good", Json.MAPPER.valueToTree(deaths("good", "a", "H", 5, Qualifier.EXACT, 2010, "2011-01-01")).toString()
                    .getBytes(StandardCharsets.UTF_8));
            in.pipeInput("bad", "nope".getBytes(StandardCharsets.UTF_8));
        }, Topics.FIGURES);
        assertEquals(java.util.Set.of("good"), out.keySet());
    }

    @Test
    void currentFiguresKeepTheNewestVersionAndOneRowPerFigure() {
        Map<String, NormalizedFigure> out = run(b -> {
            CurrentFiguresTopology.current(b, b.stream("test.normalized", Consumed.with(TallySerdes.KEY, TallySerdes.NORMALIZED)
                            .withName("test-normalized-source")))
                    .toStream(org.apache.kafka.streams.kstream.Named.as("test-current-changes"))
                    .to("test.current.out", Produced.with(TallySerdes.KEY, TallySerdes.NORMALIZED).withName("test-current-sink"));
            return "test.current.out";
        }, TallySerdes.NORMALIZED.deserializer(), in -> {
            in.pipeInput("v2", normalized(figure("v2", "a", "H", Metric.DEATHS, 2, Qualifier.EXACT, "MX", Period.year(2010), "2011-01-01", 2)));
            in.pipeInput("v1", normalized(figure("v1", "a", "H", Metric.DEATHS, 1, Qualifier.EXACT, "MX", Period.year(2010), "2011-01-01", 1)));
            in.pipeInput("v2", normalized(figure("v2", "a", "H", Metric.DEATHS, 2, Qualifier.EXACT, "MX", Period.year(2010), "2011-01-01", 2)));
        }, "test.normalized");
        assertEquals(java.util.Set.of("v2"), out.keySet(), "the late version 1 is dropped, the duplicate is one row");
    }

    @Test
    void consolidationSubtractsWhatIsDeleted() {
        Map<String, Estimate> out = run(b -> {
            ConsolidationTopology.estimates(figureTable(b), new Consolidation(normalization));
            return Topics.ESTIMATES;
        }, TallySerdes.ESTIMATE.deserializer(), in -> {
            in.pipeInput("f1", normalized(deaths("f1", "a1", "H", 100, Qualifier.EXACT, 2010, "2011-01-01")));
            in.pipeInput("f2", normalized(deaths("f2", "a2", "T", 200, Qualifier.EXACT, 2010, "2011-01-02")));
            in.pipeInput("f2", null);
        }, "test.current");
        Estimate e = out.get("deaths|MX|2010-01-01|2010-12-31|total");
        assertEquals(100, e.best());
        assertEquals(1, e.figures());
    }

    @Test
    void seriesAndMentionsFollowTheirInputs() {
        StreamsBuilder b = new StreamsBuilder();
        KTable<String, NormalizedFigure> table = figureTable(b);
        YearlySeriesTopology.series(ConsolidationTopology.estimates(table, new Consolidation(normalization)),
                new tally.stats.consolidate.YearlySeries(normalization));
        MentionsTopology.mentions(table);
        try (TopologyTestDriver d = driver(b)) {
            TestInputTopic<String, byte[]> in = d.createInputTopic("test.current", new StringSerializer(), new ByteArraySerializer());
            in.pipeInput("f1", normalized(deaths("f1", "a1", "H", 100, Qualifier.EXACT, 2010, "2011-01-03")));
            in.pipeInput("f2", normalized(deaths("f2", "a2", "H", 150, Qualifier.EXACT, 2011, "2011-01-04")));
            in.pipeInput("f2", null);
            var series = d.createOutputTopic(Topics.SERIES_YEARLY, new StringDeserializer(), TallySerdes.SERIES_POINT.deserializer())
                    .readKeyValuesToMap();
            var mentions = d.createOutputTopic(Topics.MENTIONS_WEEKLY, new StringDeserializer(), TallySerdes.MENTIONS.deserializer())
                    .readKeyValuesToMap();
            assertEquals(100, series.get("violence|deaths|MX|2010").value());
            assertEquals(1, mentions.get("deaths|MX|2011-01-03").figures(), "the deleted figure no longer counts");
            assertEquals(1, mentions.get("deaths|MX|2011-01-03").articles());
        }
    }
}
