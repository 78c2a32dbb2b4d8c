package tally.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.Extraction;
import tally.ingest.clean.CleanArticle;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Estimate;
import tally.stats.json.Json;
import tally.streams.app.TallyStreamsConfig;

/**
 * Extraction inside the application (issue 18): what a crawler writes to {@code tally.articles.raw}
 * becomes the same articles and figures as ingest makes of the same bytes, the figures are
 * consolidated like ingest's, and a record that is no article goes to the dead-letter queue with
 * its reason while the application goes on.
 */
class RawArticlesTopologyTest {

    static final String PAGE = "<!doctype html><html><head><title>Flood toll | The Delta Herald</title>"
            + "<meta property=\"og:site_name\" content=\"The Delta Herald\"></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<article><h1>Flood toll</h1><p>The provincial government said on Tuesday that the rains had continued for a "
            + "third week and that the rivers were still rising in the south.</p>"
            + "<p>Last year, 1,318 people were killed in the floods in Bangladesh, the disaster ministry said.</p></article></body></html>";
    static final String LINE = "{\"id\":\"wire-77\",\"published\":\"2025-02-11\",\"source\":\"Andes Wire\",\"lang\":\"es\","
            + "\"url\":\"https://wire.test/77\",\"text\":\"El año pasado fueron asesinadas 2.140 personas en Honduras, según la policía.\"}";

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, String> articles;
    private TestOutputTopic<String, String> figures;
    private TestOutputTopic<String, Estimate> estimates;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        Properties client = new Properties();
        client.put("bootstrap.servers", "unused:9092");
        TallyEnvironment env = TallyEnvironment.DEFAULT;
        driver = new TopologyTestDriver(TallyTopology.build(env), TallyStreamsConfig.of(env, client, state, "at_least_once", 1, null));
        raw = driver.createInputTopic(env.articlesRaw(), new StringSerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(env.articles(), new StringDeserializer(), new StringDeserializer());
        figures = driver.createOutputTopic(env.figures(), new StringDeserializer(), new StringDeserializer());
        estimates = driver.createOutputTopic(env.estimates(), TallyTopics.DEFAULT.estimates().keySerde().deserializer(),
                TallyTopics.DEFAULT.estimates().valueSerde().deserializer());
        dlq = driver.createOutputTopic(env.figuresDlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** What ingest makes of the same bytes: its reader with the same defaults, then the same extraction. */
    private static List<Extraction.Result> ingested(byte[] bytes, LocalDate published, String source, String url) {
        List<RawArticle> read = new ArrayList<>();
        new ArticleReader(new ArticleReader.Defaults(published, source, null)).readBytes("in", "", bytes,
                ArticleSink.of(a -> read.add(a.orElse(url, null)), p -> {
            throw new AssertionError(p.toString());
        }));
        Extraction extraction = new Extraction();
        return read.stream().map(extraction::process).toList();
    }

    private static String json(Object o) throws Exception {
        return Json.MAPPER.writeValueAsString(o);
    }

    @Test
    void aPageAndAJsonLineGiveTheArticlesAndFiguresIngestGives() throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("published", "2025-03-04".getBytes(StandardCharsets.UTF_8));
        headers.add("url", "https://delta.test/floods".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("https://delta.test/floods", PAGE.getBytes(StandardCharsets.UTF_8), headers));
        raw.pipeInput("wire-77", LINE.getBytes(StandardCharsets.UTF_8));

        List<Extraction.Result> expected = new ArrayList<>(ingested(PAGE.getBytes(StandardCharsets.UTF_8), LocalDate.parse("2025-03-04"),
                null, "https://delta.test/floods"));
        expected.addAll(ingested(LINE.getBytes(StandardCharsets.UTF_8), null, null, null));
        List<String> expectedArticles = new ArrayList<>();
        List<String> expectedFigures = new ArrayList<>();
        for (Extraction.Result r : expected) {
            expectedArticles.add(r.article().id() + " " + json(r.article()));
            for (var f : r.figures()) {
                expectedFigures.add(f.articleId() + " " + json(f));
            }
        }
        List<String> gotArticles = articles.readRecordsToList().stream().map(r -> r.key() + " " + r.value()).toList();
        List<String> gotFigures = figures.readRecordsToList().stream().map(r -> r.key() + " " + r.value()).toList();
        assertEquals(expectedArticles, gotArticles);
        assertEquals(expectedFigures, gotFigures);
        assertEquals(2, gotFigures.size(), gotFigures.toString());
        assertTrue(gotArticles.get(0).contains("\"source\":\"The Delta Herald\"") && gotArticles.get(0).contains("\"published\":\"2025-03-04\""),
                gotArticles.get(0));
        List<Estimate> consolidated = estimates.readValuesToList();
        assertTrue(consolidated.stream().anyMatch(e -> e.best() == 1318), consolidated.toString());
        assertTrue(consolidated.stream().anyMatch(e -> e.best() == 2140), consolidated.toString());
        assertTrue(dlq.isEmpty());
    }

    /**
     * A raw record's {@code dataset} header puts its page's article and figures in that dataset (an
     * id of their own), and a tombstone under the article's id on the figures topic, as {@code
     * retract} writes, withdraws the estimate they made; a bad name is dead-lettered.
     */
    @Test
    void aDatasetHeaderNamesTheDatasetAndATombstoneWithdrawsTheArticle() throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("published", "2025-03-04".getBytes(StandardCharsets.UTF_8));
        headers.add("dataset", "trial".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("page", PAGE.getBytes(StandardCharsets.UTF_8), headers));
        RecordHeaders bad = new RecordHeaders();
        bad.add("dataset", "Trial Run".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("bad", PAGE.getBytes(StandardCharsets.UTF_8), bad));

        CleanArticle article = Json.MAPPER.readValue(articles.readValue(), CleanArticle.class);
        assertEquals("trial", article.dataset());
        assertEquals(CleanArticle.idOf(article.text(), "trial"), article.id());
        assertNotEquals(CleanArticle.idOf(article.text()), article.id(), "another article than the same text in the default dataset");
        List<Figure> found = figures.readValuesToList().stream().map(v -> read(v, Figure.class)).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("trial", found.get(0).dataset());
        assertEquals(article.id(), found.get(0).articleId());
        assertTrue(articles.isEmpty(), "the record with a bad dataset name gave no article");
        assertEquals("header dataset 'Trial Run' is not a dataset name (lower-case letters, digits, '.', '_' or '-')",
                new String(dlq.readRecord().headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8));
        Estimate counted = estimates.readValuesToList().stream().filter(e -> e != null && e.best() == 1318).findFirst().orElseThrow();

        driver.createInputTopic(TallyEnvironment.DEFAULT.figures(), new StringSerializer(), new StringSerializer())
                .pipeInput(article.id(), (String) null);
        var withdrawn = estimates.readKeyValuesToList();
        assertEquals(1, withdrawn.size(), withdrawn.toString());
        assertEquals(counted.statistic(), withdrawn.get(0).key);
        assertNull(withdrawn.get(0).value, "no report left: the estimate is deleted");
        assertTrue(dlq.isEmpty(), "a tombstone is a withdrawal, not a bad record");
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void aRecordThatIsNoArticleIsDeadLetteredWithItsReasonAndTheNextOneIsRead() {
        raw.pipeInput("bin", new byte[]{0, 1, 2, 3, 0, 5});
        RecordHeaders badDate = new RecordHeaders();
        badDate.add("published", "04/03/2025".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("dated", PAGE.getBytes(StandardCharsets.UTF_8), badDate));
        raw.pipeInput("fr", "{\"text\":\"L'an dernier, 812 personnes ont été tuées au Mali, selon l'ONU.\",\"lang\":\"fr\"}"
                .getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("ok", LINE.getBytes(StandardCharsets.UTF_8));

        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertEquals(3, dead.size());
        List<String> reasons = dead.stream().map(d -> new String(d.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8)).toList();
        assertTrue(reasons.get(0).contains("binary or non-UTF-8 input, not an article"), reasons.get(0));
        assertEquals("header published '04/03/2025' is not a date (YYYY-MM-DD)", reasons.get(1));
        assertTrue(reasons.get(2).contains("unsupported language 'fr'"), reasons.get(2));
        assertEquals("dated", new String(dead.get(1).key(), StandardCharsets.UTF_8));
        assertEquals(UnreadableArticleException.class.getName(),
                new String(dead.get(0).headers().lastHeader("__streams.errors.exception").value(), StandardCharsets.UTF_8));
        List<String> got = articles.readValuesToList();
        assertEquals(1, got.size());
        assertTrue(got.get(0).contains("Andes Wire"));
        assertFalse(figures.isEmpty());
    }
}
