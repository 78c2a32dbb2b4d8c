package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tally.app.SharedBroker;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.kafka.TopicReader;

/**
 * {@code tally watch} as a user runs it (issue 18), against a news site on the loopback address: a
 * feed whose items carry their text or link to pages (one redirected, one robots.txt forbids, one
 * of 50 MB, one that never finishes, one that is a PDF), polled, then polled again by a new
 * watcher (a restart): every good article published once, the feed answered with a 304, the
 * page that timed out tried again, nothing fetched twice.
 */
class WatchCommandTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    static final SharedBroker kafka = new SharedBroker();

    static HttpServer site;
    static final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    static volatile String feed;
    static volatile String etag = "\"first\"";

    @BeforeAll
    static void start() throws IOException {
        // jetty-http-spi, on the class path for Tally's own server (which builds Jetty itself), would
        // otherwise make HttpServer.create Jetty's, unstarted without the server Tally configures.
        System.setProperty("com.sun.net.httpserver.HttpServerProvider", "sun.net.httpserver.DefaultHttpServerProvider");
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.setExecutor(Executors.newCachedThreadPool());
        site.createContext("/", WatchCommandTest::answer);
        site.start();
        feed = feed(List.of(
                inline("Quake toll", "<p>At least 312 people were killed in the earthquake in Peru, officials said on Monday.</p>"),
                linked("/news/flood"), linked("/old/kidnappings"), linked("/members/report"), linked("/huge"), linked("/hang"),
                linked("/report.pdf")));
    }

    @AfterAll
    static void stop() {
        site.stop(0);
    }

    static String base() {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    static String page(String site, String sentence) {
        return "<!doctype html><html><head><meta property=\"og:site_name\" content=\"" + site + "\"><title>News</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>News</h1><p>" + sentence + "</p></article></body></html>";
    }

    static void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (x) {
            switch (path) {
                case "/robots.txt" -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /members/\n");
                case "/feed.xml" -> {
                    if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                        x.sendResponseHeaders(304, -1);
                    } else {
                        x.getResponseHeaders().set("ETag", etag);
                        send(x, 200, "application/rss+xml", feed);
                    }
                }
                case "/news/flood" -> send(x, 200, "text/html; charset=utf-8",
                        page("The Lima Ledger", "Floods displaced 4,800 families in northern Peru this week, the civil defence agency said."));
                case "/old/kidnappings" -> {
                    x.getResponseHeaders().set("Location", "/news/kidnappings");
                    x.sendResponseHeaders(301, -1);
                }
                case "/news/kidnappings" -> send(x, 200, "text/html",
                        page("The Lima Ledger", "Police recorded 1,240 kidnappings in Peru last year, the interior ministry said."));
                case "/members/report" -> send(x, 200, "text/html", page("The Lima Ledger", "Members saw 77 deaths."));
                case "/huge" -> {
                    x.getResponseHeaders().set("Content-Type", "text/html");
                    x.sendResponseHeaders(200, 0);
                    byte[] mb = new byte[1 << 20];
                    java.util.Arrays.fill(mb, (byte) ' ');
                    try (OutputStream out = x.getResponseBody()) {
                        for (int i = 0; i < 50; i++) {
                            out.write(mb);
                        }
                    }
                }
                case "/hang" -> {
                    x.getResponseHeaders().set("Content-Type", "text/html");
                    x.sendResponseHeaders(200, 0);
                    x.getResponseBody().write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
                    x.getResponseBody().flush();
                    Thread.sleep(20_000);
                }
                case "/report.pdf" -> send(x, 200, "application/pdf", "%PDF-1.4 not a page");
                default -> x.sendResponseHeaders(404, -1);
            }
        } catch (IOException | InterruptedException e) {
            // the watcher gave up on this answer (the size cap, its timeout)
        }
    }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    static String inline(String title, String html) {
        return "<item><title>" + title + "</title><link>" + "BASE/inline/" + title.replace(' ', '-') + "</link>"
                + "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate><description>Short</description>"
                + "<content:encoded><![CDATA[" + html + "]]></content:encoded></item>";
    }

    static String linked(String path) {
        return "<item><title>" + path + "</title><link>BASE" + path + "</link><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>"
                + "<description>A teaser only.</description></item>";
    }

    static String feed(List<String> items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>The Lima Ledger: World</title><link>BASE/</link><description>News</description><language>en</language>"
                + String.join("", items) + "</channel></rss>";
    }

    static TallyRun watch() {
        return TallyRun.of("watch", "--once", "--bootstrap-servers", kafka.bootstrapServers(), "--feed", base() + "/feed.xml",
                "--per-host-delay", "5ms", "--timeout", "2s", "--max-page-bytes", "1000000", "--verbose");
    }

    static List<JsonNode> articles() throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        List<JsonNode> all = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, TallyEnvironment.DEFAULT.articles(), new ByteArrayDeserializer())) {
            all.add(Json.MAPPER.readTree(r.value()));
        }
        return all;
    }

    @Test
    void newArticlesArePublishedOnceAcrossARestartAndNothingIsFetchedTwice() throws Exception {
        feed = feed.replace("BASE", base());
        TallyRun first = watch();
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("poll: items 7, fetched 3, published 3, skipped 3, failed 1"), first.out() + first.err());
        assertTrue(first.err().contains("/members/report not fetched (disallowed by robots.txt)"), first.err());
        assertTrue(first.err().contains("/huge not read (larger than 1000000 bytes); skipped"), first.err());
        assertTrue(first.err().contains("/hang not fetched (no whole answer within 2 s); tried again at the next poll"), first.err());
        assertTrue(first.err().contains("/report.pdf is not a page (application/pdf); skipped"), first.err());
        List<JsonNode> published = articles();
        assertEquals(3, published.size(), published.toString());
        assertTrue(published.stream().anyMatch(a -> a.path("text").asText().contains("4,800 families")
                && a.path("source").asText().equals("The Lima Ledger") && a.path("published").asText().equals("2026-03-03")));
        assertTrue(published.stream().anyMatch(a -> a.path("url").asText().equals(base() + "/news/kidnappings")), "the redirect's target");
        assertTrue(published.stream().anyMatch(a -> a.path("text").asText().contains("312 people")
                && a.path("source").asText().equals("The Lima Ledger: World")), "the feed's own text");
        assertEquals(0, requests.getOrDefault("/members/report", new AtomicInteger()).get());

        TallyRun again = watch(); // a new watcher: what was seen comes from Kafka
        assertEquals(0, again.exit(), again.err());
        // five pages (one inline, two published, the 50 MB one, the PDF), three articles' contents, the feed
        assertTrue(again.out().contains("; 9 entries remembered in tally.watch.seen"), again.out());
        assertTrue(again.err().contains("feed.xml: not modified"), again.err());
        assertEquals(3, articles().size());

        etag = "\"second\""; // the feed changed: items seen before are not fetched again, the failed one is retried
        TallyRun third = watch();
        assertEquals(0, third.exit(), third.err());
        assertTrue(third.out().contains("poll: items 7, fetched 0, published 0, skipped 6, failed 1"), third.out() + third.err());
        assertEquals(1, requests.get("/news/flood").get());
        assertEquals(1, requests.get("/news/kidnappings").get());
        assertEquals(1, requests.get("/huge").get());
        assertEquals(2, requests.get("/hang").get());
        assertEquals(3, articles().size(), "nothing published twice");
    }

    @Test
    void aWatchWithoutFeedsOrWithABadAddressIsAUsageError() throws Exception {
        TallyRun none = TallyRun.of("watch", "--once", "--bootstrap-servers", kafka.bootstrapServers());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("no feed to watch: give --feed URL or --feeds FILE"), none.err());
        Path list = Files.writeString(dir.resolve("feeds.txt"), "# our feeds\nftp://example.org/feed\n");
        TallyRun bad = TallyRun.of("watch", "--once", "--bootstrap-servers", kafka.bootstrapServers(), "--feeds", list.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'ftp://example.org/feed' is not a feed address (not an http or https address)"), bad.err());
        TallyRun interval = TallyRun.of("watch", "--interval", "soon", "--feed", "http://127.0.0.1/feed");
        assertEquals(2, interval.exit());
        assertTrue(interval.err().contains("'soon' is not a duration; expected e.g. 500ms, 30s, 15m, 2h or 1d"), interval.err());
    }
}
