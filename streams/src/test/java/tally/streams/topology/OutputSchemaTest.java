package tally.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.Extraction;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.app.TallyStreamsConfig;

/** Every record Tally writes for dashboards, from the sample articles, conforms to its published JSON Schema. */
class OutputSchemaTest {

    @TempDir
    Path state;

    private static JsonSchema schema(String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("https://tally.invalid/schemas/", "classpath:tally/schemas/")));
        return factory.getSchema(SchemaLocation.of("https://tally.invalid/schemas/" + name));
    }

    private static void assertConforms(JsonSchema schema, byte[] value) throws Exception {
        JsonNode node = Json.MAPPER.readTree(value);
        Set<?> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), errors + " in " + node);
    }

    @Test
    void figuresEstimatesSeriesAndMentionsMatchTheirSchemas() throws Exception {
        List<Figure> figures = new java.util.ArrayList<>();
        Extraction extraction = new Extraction();
        new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(Path.of("..", "samples").toString(), null,
                ArticleSink.of(a -> figures.addAll(extraction.process(a).figures()), p -> {
            throw new AssertionError(p.toString());
        }));
        JsonSchema figureSchema = schema("figure.schema.json");
        for (Figure f : figures) {
            assertConforms(figureSchema, Json.MAPPER.writeValueAsBytes(f));
        }
        Properties client = new Properties();
        client.put("bootstrap.servers", "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(TallyTopology.build(TallyEnvironment.DEFAULT), TallyStreamsConfig.of(TallyEnvironment.DEFAULT, client, state, "at_least_once", 1, null))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(TallyEnvironment.DEFAULT.figures(), new StringSerializer(), new ByteArraySerializer());
            for (Figure f : figures) {
                in.pipeInput(f.id(), Json.MAPPER.writeValueAsBytes(f));
            }
            int checked = 0;
            for (String[] topicAndSchema : new String[][] {{TallyEnvironment.DEFAULT.estimates(), "estimate.schema.json"},
                {TallyEnvironment.DEFAULT.seriesYearly(), "series-point.schema.json"}, {TallyEnvironment.DEFAULT.mentionsWeekly(), "mentions.schema.json"}}) {
                JsonSchema s = schema(topicAndSchema[1]);
                List<TestRecord<String, byte[]>> records = driver.createOutputTopic(topicAndSchema[0], new StringDeserializer(),
                        new ByteArrayDeserializer()).readRecordsToList();
                assertTrue(records.size() > 10, topicAndSchema[0]);
                for (TestRecord<String, byte[]> r : records) {
                    if (r.value() != null) {
                        assertConforms(s, r.value());
                        checked++;
                    }
                }
            }
            assertTrue(checked > 100, "records checked: " + checked);
            assertEquals(0, driver.createOutputTopic(TallyEnvironment.DEFAULT.figuresDlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer())
                    .getQueueSize(), "the samples' own figures are all valid");
        }
    }
}
