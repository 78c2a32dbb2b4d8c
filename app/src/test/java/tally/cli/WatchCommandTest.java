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
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import tally.streams.serve.WatchMetrics;

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
                case "/wire/feed.xml" -> send(x, 200, "application/rss+xml", feed(List.of(linked("/wire/plain"),
                        linked("/members/wire"), linked("/wire/gone"))).replace("BASE", base()).replace("The Lima Ledger: World", "The Wire Desk"));
                case "/wire/plain" -> send(x, 200, "text/html", "<html><head><title>Wire</title></head><body><article><p>"
                        + "Gunmen killed 23 people in a market in Ecuador on Sunday, the police said.</p></article></body></html>");
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

    /**
     * Issue 18: the watcher's counts by host as Prometheus counters, scraped from a running watch
     * (in a dataset of its own, behind a prefix of its own); a page naming no outlet takes the feed's title.
     */
    @Test
    void aRunningWatchServesItsCountsByHostAsMetrics() throws Exception {
        assertTrue(new WatchMetrics(List.of("news.example")).scrape().contains("tally_watch_failed_total{host=\"news.example\"} 0.0"),
                "a feed's host is there at 0 before the first poll");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        TallyRun[] run = new TallyRun[1];
        Thread watch = new Thread(() -> run[0] = TallyRun.of("watch", "--bootstrap-servers", kafka.bootstrapServers(),
                "--topic-prefix", "metrics.", "--dataset", "trial", "--feed", base() + "/wire/feed.xml", "--interval", "1h",
                "--per-host-delay", "5ms", "--timeout", "2s", "--metrics-port", String.valueOf(port)));
        watch.start();
        HttpClient http = HttpClient.newHttpClient();
        String metrics = "";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!metrics.contains("tally_watch_items_total{host=\"127.0.0.1\"} 3.0") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            try {
                metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException notYet) {
                // the watch has not bound its port yet
            }
        }
        watch.interrupt(); // ends the wait for the next poll
        watch.join(TimeUnit.MINUTES.toMillis(1));
        assertTrue(metrics.contains("tally_watch_items_total{host=\"127.0.0.1\"} 3.0"), metrics + (run[0] == null ? "" : run[0].err()));
        assertTrue(metrics.contains("tally_watch_fetched_total{host=\"127.0.0.1\"} 1.0"), metrics);
        assertTrue(metrics.contains("tally_watch_published_total{host=\"127.0.0.1\"} 1.0"), metrics);
        assertTrue(metrics.contains("tally_watch_skipped_total{host=\"127.0.0.1\"} 1.0"), "robots.txt: " + metrics);
        assertTrue(metrics.contains("tally_watch_failed_total{host=\"127.0.0.1\"} 1.0"), "the 404: " + metrics);
        assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics);

        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        List<JsonNode> published = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, "metrics.tally.articles", new ByteArrayDeserializer())) {
            published.add(Json.MAPPER.readTree(r.value()));
        }
        assertEquals(1, published.size(), published.toString());
        assertEquals("The Wire Desk", published.get(0).path("source").asText(), "no og:site_name nor JSON-LD publisher: the feed's title");
        assertEquals("trial", published.get(0).path("dataset").asText());
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
