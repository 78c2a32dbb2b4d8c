package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import tally.app.SharedBroker;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.kafka.TopicReader;

/**
 * News as it is published (issue 18), through {@code tally extract} and {@code tally ingest} as a
 * user runs them: gzipped inputs, what pages say about themselves, feeds, sitemaps and web archives.
 */
class NewsInputsTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    static final SharedBroker kafka = new SharedBroker();


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
        for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, TallyEnvironment.DEFAULT.articles(), new ByteArrayDeserializer())) {
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

    static final String ARTICLE = "<p>The regional government said on Tuesday that the violence in the northern provinces had "
            + "continued through the winter months, and that the army would stay for as long as it was needed there.</p>"
            + "<p>This year, 4,812 people were killed in drug-related violence in Colombia, the ministry said.</p>";

    @Test
    void aFeedPublishesItsWholeArticlesAndCountsItsSummaries() throws Exception {
        Path feed = dir.resolve("courier.xml");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>The Pacific Ledger</title><link>https://pacificledger.test/</link>"
                + "<item><title>Toll</title><link>https://pacificledger.test/2013/12/31/toll</link>"
                + "<pubDate>Tue, 31 Dec 2013 23:30:00 -0500</pubDate><content:encoded><![CDATA[" + ARTICLE + "]]></content:encoded></item>"
                + "<item><title>Brief</title><link>https://pacificledger.test/brief</link><description>A teaser.</description></item>"
                + "</channel></rss>");
        TallyRun extract = TallyRun.of("extract", feed.toString());
        assertEquals(0, extract.exit(), "a summary is skipped, not a problem: " + extract.err());
        JsonNode f = lines(extract.out()).get(0);
        assertEquals(List.of("The Pacific Ledger", "2013-12-31", "2013-01-01"),
                List.of(f.get("source").asText(), f.get("published").asText(), f.get("period").get("from").asText()));
        assertEquals(List.of("tally extract: " + feed + ":item 2: only a summary in the feed, not the article (https://pacificledger.test/brief); not published",
                "tally extract: 1 article(s), 1 figure(s), 0 problem(s), 1 item(s) skipped (not articles)"), extract.err().lines().toList());

        TallyRun ingest = TallyRun.of("ingest", "--bootstrap-servers", kafka.bootstrapServers(), feed.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().startsWith("ingested 1 articles and 1 figures"), ingest.out());
        assertTrue(ingest.out().strip().endsWith("; 0 problem(s); 1 item(s) skipped (not articles)"), ingest.out());
        assertTrue(ingest.err().contains(feed + ":item 2: only a summary"), ingest.err());
        assertEquals(List.of("Toll"), published("https://pacificledger.test/").stream().map(a -> a.get("title").asText()).toList());
    }

    @Test
    void aSitemapIsOneLineAndNothingIsPublished() throws Exception {
        Path sitemap = dir.resolve("sitemap.xml.gz");
        Files.write(sitemap, gzip(("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://pacificledger.test/a</loc></url>"
                + "</urlset>").getBytes(StandardCharsets.UTF_8)));
        TallyRun ingest = TallyRun.of("ingest", "--bootstrap-servers", kafka.bootstrapServers(), sitemap.toString());
        assertEquals(1, ingest.exit(), ingest.err());
        assertEquals(List.of("tally ingest: " + sitemap + ": a sitemap of 1 page URLs (https://pacificledger.test/a, ...), not articles: "
                + "ingest does not fetch pages; give it the pages (HTML files) or a WARC of them"), ingest.err().lines().toList());
        assertTrue(ingest.out().startsWith("ingested 0 articles and 0 figures"), ingest.out());
    }

    /** A Common Crawl-style archive, gzipped per record: the page is published with the record's URL, the rest counted. */
    @Test
    void aWarcFileIsIngestedPageByPage() throws Exception {
        Path warc = dir.resolve("CC-NEWS-20140304.warc.gz");
        Instant captured = Instant.parse("2014-03-04T12:00:00Z");
        try (OutputStream out = Files.newOutputStream(warc)) {
            WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
            writer.write(new Warcinfo.Builder().date(captured).fields(Map.of("software", List.of("test"))).build());
            writer.write(new WarcResponse.Builder(URI.create("https://archived.test/toll")).date(captured)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build())
                    .build());
            writer.write(new WarcResponse.Builder(URI.create("https://archived.test/report.pdf")).date(captured)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("application/pdf"), new byte[] {'%', 'P', 'D', 'F', 0}).build())
                    .build());
        }
        TallyRun ingest = TallyRun.of("ingest", "--bootstrap-servers", kafka.bootstrapServers(), warc.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertEquals(List.of("tally ingest: " + warc + ": 2 record(s) that are not HTML pages nor text extracts: 1 application/pdf, 1 warcinfo"),
                ingest.err().lines().toList());
        assertTrue(ingest.out().startsWith("ingested 1 articles and 1 figures"), ingest.out());
        JsonNode article = published("https://archived.test/").get(0);
        assertEquals(List.of("https://archived.test/toll", "The Andes Courier", "2014-03-04"),
                List.of(article.get("url").asText(), article.get("source").asText(), article.get("published").asText()),
                "the record's URL; the page's outlet and date");
    }
}
