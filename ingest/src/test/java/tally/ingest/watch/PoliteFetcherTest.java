package tally.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a site on the loopback address: robots.txt, redirects, 304, caps, timeouts and pace. */
class PoliteFetcherTest {

    private static final int CAP = 1 << 20;

    private LoopbackSite site;
    private PoliteFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite()
                .text("/robots.txt", "text/plain", "User-agent: TallyBot\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n")
                .text("/news/a", "text/html; charset=utf-8", "<html><body><p>Page A</p></body></html>");
        fetcher = new PoliteFetcher(new PoliteFetcher.Settings("TallyBot/test (+mailto:desk@example.org)", Duration.ofMillis(1),
                Duration.ofSeconds(2), CAP));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aPageIsFetchedWithTheUserAgentAndRobotsTxtIsAskedOnce() throws Exception {
        PoliteFetcher.Page page = fetcher.fetch(site.uri("/news/a"), PoliteFetcher.Validators.NONE);
        assertEquals(PoliteFetcher.Outcome.FETCHED, page.outcome());
        assertEquals("<html><body><p>Page A</p></body></html>", new String(page.body(), StandardCharsets.UTF_8));
        assertEquals("text/html; charset=utf-8", page.contentType());
        fetcher.fetch(site.uri("/news/a"), PoliteFetcher.Validators.NONE);
        assertEquals(1, site.requests("/robots.txt"));
        assertTrue(site.log().stream().filter(l -> l.startsWith("/news/a")).allMatch(l -> l.contains("TallyBot/test (+mailto:desk@example.org)")));
    }

    @Test
    void aPathRobotsTxtDisallowsIsNeverRequested() throws Exception {
        site.text("/private/b", "text/html", "<p>secret</p>");
        PoliteFetcher.Page page = fetcher.fetch(site.uri("/private/b"), PoliteFetcher.Validators.NONE);
        assertEquals(PoliteFetcher.Outcome.DISALLOWED, page.outcome());
        assertEquals("disallowed by robots.txt", page.reason());
        assertEquals(0, site.requests("/private/b"));
    }

    @Test
    void anotherRobotIsNotToldWhatTallyIsAllowed() throws Exception {
        PoliteFetcher other = new PoliteFetcher(new PoliteFetcher.Settings("OtherBot/1", Duration.ofMillis(1), Duration.ofSeconds(2), CAP));
        assertEquals(PoliteFetcher.Outcome.DISALLOWED, other.fetch(site.uri("/news/a"), PoliteFetcher.Validators.NONE).outcome());
    }

    @Test
    void aHostWhoseRobotsTxtFailsIsDeferredAndAMissingOneAllowsAll() throws Exception {
        site.on("/robots.txt", x -> LoopbackSite.send(x, 500, "text/plain", "oops"));
        assertEquals(PoliteFetcher.Outcome.DISALLOWED, fetcher.fetch(site.uri("/news/a"), PoliteFetcher.Validators.NONE).outcome());
        assertEquals(0, site.requests("/news/a"));

        site.on("/robots.txt", x -> LoopbackSite.send(x, 404, "text/plain", "none"));
        PoliteFetcher fresh = new PoliteFetcher(new PoliteFetcher.Settings("TallyBot/test", Duration.ofMillis(1), Duration.ofSeconds(2), CAP));
        assertEquals(PoliteFetcher.Outcome.FETCHED, fresh.fetch(site.uri("/news/a"), PoliteFetcher.Validators.NONE).outcome());
    }

    @Test
    void redirectsAreFollowedAndEachHopObeysRobotsTxt() throws Exception {
        site.on("/old", x -> {
            x.getResponseHeaders().set("Location", "/news/a");
            x.sendResponseHeaders(301, -1);
        });
        PoliteFetcher.Page page = fetcher.fetch(site.uri("/old"), PoliteFetcher.Validators.NONE);
        assertEquals(PoliteFetcher.Outcome.FETCHED, page.outcome());
        assertEquals(site.uri("/news/a"), page.uri());

        site.on("/to-private", x -> {
            x.getResponseHeaders().set("Location", "/private/c");
            x.sendResponseHeaders(302, -1);
        });
        assertEquals(PoliteFetcher.Outcome.DISALLOWED, fetcher.fetch(site.uri("/to-private"), PoliteFetcher.Validators.NONE).outcome());
        assertEquals(0, site.requests("/private/c"));

        site.on("/loop", x -> {
            x.getResponseHeaders().set("Location", "/loop");
            x.sendResponseHeaders(302, -1);
        });
        PoliteFetcher.Page loop = fetcher.fetch(site.uri("/loop"), PoliteFetcher.Validators.NONE);
        assertEquals(PoliteFetcher.Outcome.FAILED, loop.outcome());
        assertEquals(PoliteFetcher.MAX_REDIRECTS + 1, site.requests("/loop"));
    }

    @Test
    void anUnchangedFeedIsA304WhenItsValidatorsAreSentBack() throws Exception {
        site.on("/feed", x -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
            } else {
                x.getResponseHeaders().set("ETag", "\"v1\"");
                x.getResponseHeaders().set("Last-Modified", "Sun, 06 Dec 2026 10:00:00 GMT");
                LoopbackSite.send(x, 200, "application/rss+xml", "<rss/>");
            }
        });
        PoliteFetcher.Page first = fetcher.fetch(site.uri("/feed"), PoliteFetcher.Validators.NONE);
        assertEquals(new PoliteFetcher.Validators("\"v1\"", "Sun, 06 Dec 2026 10:00:00 GMT"), first.validators());
        PoliteFetcher.Page second = fetcher.fetch(site.uri("/feed"), first.validators());
        assertEquals(PoliteFetcher.Outcome.NOT_MODIFIED, second.outcome());
        assertNull(second.body());
        assertTrue(site.log().get(site.log().size() - 1).contains("If-modified-since"), site.log().toString());
    }

    @Test
    void aPageOverTheCapIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] mb = new byte[1 << 20];
        java.util.Arrays.fill(mb, (byte) 'x');
        List<Integer> written = new CopyOnWriteArrayList<>();
        site.on("/huge", x -> { // 50 MB, chunked: no length to refuse it by
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            int n = 0;
            try (OutputStream out = x.getResponseBody()) {
                for (; n < 50; n++) {
                    out.write(mb);
                }
            } finally {
                written.add(n);
            }
        });
        site.on("/declared", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 50L << 20);
            try (OutputStream out = x.getResponseBody()) {
                for (int n = 0; n < 50; n++) {
                    out.write(mb);
                }
            }
        });
        assertEquals(PoliteFetcher.Outcome.TOO_LARGE, fetcher.fetch(site.uri("/huge"), PoliteFetcher.Validators.NONE).outcome());
        assertEquals(PoliteFetcher.Outcome.TOO_LARGE, fetcher.fetch(site.uri("/declared"), PoliteFetcher.Validators.NONE).outcome());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (written.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(!written.isEmpty() && written.get(0) < 50, "the download was cut short, not read to its end: " + written);
    }

    @Test
    void aPageThatNeverFinishesTimesOutAndASlowOneWithinTheTimeoutArrives() throws Exception {
        site.on("/hang", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write("<p>begins".getBytes(StandardCharsets.UTF_8));
            x.getResponseBody().flush();
            Thread.sleep(30_000);
        });
        site.on("/slow", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 5; i++) {
                    out.write(("<p>part " + i + "</p>").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
            }
        });
        PoliteFetcher.Page hang = fetcher.fetch(site.uri("/hang"), PoliteFetcher.Validators.NONE);
        assertEquals(PoliteFetcher.Outcome.TIMED_OUT, hang.outcome());
        PoliteFetcher.Page slow = fetcher.fetch(site.uri("/slow"), PoliteFetcher.Validators.NONE);
        assertEquals(PoliteFetcher.Outcome.FETCHED, slow.outcome());
        assertTrue(new String(slow.body(), StandardCharsets.UTF_8).contains("part 4"));
    }

    @Test
    void oneHostIsAskedAtMostOnceAnIntervalAndTheCrawlDelayWinsWhenLonger() throws Exception {
        site.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        site.on("/p", x -> {
            arrivals.add(System.nanoTime());
            LoopbackSite.send(x, 200, "text/html", "<p>p</p>");
        });
        PoliteFetcher paced = new PoliteFetcher(new PoliteFetcher.Settings("TallyBot/test", Duration.ofMillis(200), Duration.ofSeconds(5), CAP));
        URI p = site.uri("/p");
        for (int i = 0; i < 3; i++) {
            assertEquals(PoliteFetcher.Outcome.FETCHED, paced.fetch(p, PoliteFetcher.Validators.NONE).outcome());
        }
        for (int i = 1; i < arrivals.size(); i++) {
            long gap = arrivals.get(i) - arrivals.get(i - 1);
            assertTrue(gap >= Duration.ofMillis(990).toNanos(), "requests " + Duration.ofNanos(gap).toMillis() + " ms apart");
        }
        assertEquals(3, arrivals.size());
    }
}
