package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.Topics;
import tally.stats.json.Json;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;

/**
 * News as it is published (issue 18), through {@code tally extract} and {@code tally ingest} as a
 * user runs them: gzipped inputs and what pages say about themselves.
 */
class NewsInputsTest {

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    static final String PAGE = "<!doctype html><html><head><title>Toll rises | The Andes Courier</title>"
            + "<meta property=\"og:site_name\" content=\"The Andes Courier\">"
            + "<link rel=\"canonical\" href=\"https://andescourier.test/2014/03/04/toll\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Toll rises\","
            + "\"datePublished\":\"2014-03-04T07:30:00-05:00\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Andes Courier SA\"}}</script>"
            + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Toll rises</h1>"
            + "<p>The regional government said on Tuesday that the violence in the northern provinces had continued "
            + "through the winter months, and that the army would stay for as long as it was needed there.</p>"
            + "<p>Last year, 4,812 people were killed in drug-related violence in Colombia, the ministry said.</p></article></body></html>";

    static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    /** The articles on tally.articles whose url starts with a prefix, as JSON. */
    static List<JsonNode> published(String urlPrefix) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        List<JsonNode> articles = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, Topics.ARTICLES, new ByteArrayDeserializer())) {
            JsonNode a = Json.MAPPER.readTree(r.value());
            if (a.path("url").asText().startsWith(urlPrefix)) {
                articles.add(a);
            }
        }
        return articles;
    }

    @Test
    void aGzippedPageNamedAnyhowGivesItsOutletAddressAndDate() throws Exception {
        Path page = dir.resolve("toll.download");
        Files.write(page, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        TallyRun extract = TallyRun.of("extract", page.toString());
        assertEquals(0, extract.exit(), extract.err());
        JsonNode f = lines(extract.out()).get(0);
        assertEquals(List.of("The Andes Courier", "https://andescourier.test/2014/03/04/toll", "2014-03-04", "2013-01-01", "4812"),
                List.of(f.get("source").asText(), f.get("url").asText(), f.get("published").asText(),
                        f.get("period").get("from").asText(), f.get("value").asText()));

        TallyRun ingest = TallyRun.of("ingest", "--bootstrap-servers", kafka.bootstrapServers(), page.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().startsWith("ingested 1 articles and 1 figures"), ingest.out());
        JsonNode article = published("https://andescourier.test/").get(0);
        assertEquals(List.of("The Andes Courier", "Toll rises", "2014-03-04"),
                List.of(article.get("source").asText(), article.get("title").asText(), article.get("published").asText()));
    }
}
