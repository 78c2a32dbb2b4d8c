package tally.ingest.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds and pages as a polite crawler does: robots.txt obeyed (crawler-commons' parser,
 * RFC 9309: a missing file allows everything, a server error defers the host), one request per
 * host per interval or its {@code Crawl-delay}, conditional GET with ETag and Last-Modified, a
 * whole-exchange timeout, a size cap, at most {@link #MAX_REDIRECTS} redirects each checked like
 * the first request, and a User-Agent that says who is asking.
 */
public final class PoliteFetcher {

    static final int MAX_REDIRECTS = 5;
    /** The longest Crawl-delay obeyed: a site asking for more is fetched this often. */
    private static final long MAX_CRAWL_DELAY_MS = 60_000;
    private static final Duration ROBOTS_KEPT = Duration.ofHours(1);
    /** A host whose robots.txt did not answer is asked again this much later, not an hour later. */
    private static final Duration DEFERRAL_KEPT = Duration.ofMinutes(5);

    /**
     * How to fetch.
     *
     * @param userAgent    the User-Agent header; its first word is the robots.txt agent name
     * @param perHost      the least time between two requests to one host
     * @param timeout      the most one exchange (connect, headers and body) may take
     * @param maxBytes     the largest body read
     */
    public record Settings(String userAgent, Duration perHost, Duration timeout, int maxBytes) {
    }

    /** What a fetch gave. */
    public enum Outcome { FETCHED, NOT_MODIFIED, DISALLOWED, TOO_LARGE, TIMED_OUT, FAILED }

    /**
     * A fetch's result.
     *
     * @param uri    where the answer came from (after redirects)
     * @param body   the body when {@link Outcome#FETCHED}, else null
     * @param reason why nothing was fetched, in a few words, or null
     */
    public record Page(Outcome outcome, URI uri, byte[] body, String contentType, Validators validators, String reason) {
    }

    /** A previous answer's ETag and Last-Modified, sent back as If-None-Match and If-Modified-Since. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private record Robots(BaseRobotRules rules, long fetchedNanos) {
    }

    private final Settings settings;
    private final HttpClient client;
    private final HostPacer pacer;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY_MS, 5);
    private final String robotName;
    private final Map<String, Robots> robots = new HashMap<>();

    public PoliteFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, so that each hop obeys robots.txt and the pace
                .connectTimeout(settings.timeout())
                .build();
        this.pacer = new HostPacer(settings.perHost());
        String first = settings.userAgent().strip().split("[/\\s]", 2)[0];
        this.robotName = first.toLowerCase(Locale.ROOT);
    }

    /** Fetches {@code uri}, conditionally when {@code validators} hold a previous answer's. */
    public Page fetch(URI uri, Validators validators) throws InterruptedException {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!"http".equalsIgnoreCase(at.getScheme()) && !"https".equalsIgnoreCase(at.getScheme()) || at.getHost() == null) {
                return failed(at, Outcome.FAILED, "not an http(s) address");
            }
            BaseRobotRules rules = robots(at);
            if (!rules.isAllowed(at.toString())) {
                return failed(at, Outcome.DISALLOWED, rules.isDeferVisits() ? "robots.txt unavailable, host deferred" : "disallowed by robots.txt");
            }
            pacer.await(hostOf(at), crawlDelayNanos(rules));
            HttpRequest.Builder request = request(at);
            if (validators.etag() != null) {
                request.header("If-None-Match", validators.etag());
            }
            if (validators.lastModified() != null) {
                request.header("If-Modified-Since", validators.lastModified());
            }
            HttpResponse<byte[]> response;
            try {
                response = exchange(request.build());
            } catch (Failure f) {
                return failed(at, f.outcome, f.getMessage());
            }
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null) {
                    return failed(at, Outcome.FAILED, "HTTP " + status + " without a Location");
                }
                try {
                    at = at.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    return failed(at, Outcome.FAILED, "HTTP " + status + " to a malformed Location");
                }
                continue;
            }
            if (status == 304) {
                return new Page(Outcome.NOT_MODIFIED, at, null, null, validators, null);
            }
            if (status != 200) {
                return failed(at, Outcome.FAILED, "HTTP " + status);
            }
            Validators fresh = new Validators(response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
            return new Page(Outcome.FETCHED, at, response.body(), response.headers().firstValue("content-type").orElse(null), fresh, null);
        }
        return failed(at, Outcome.FAILED, "more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", settings.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5");
    }

    /** One exchange, headers and body, within the timeout; the body capped. */
    private HttpResponse<byte[]> exchange(HttpRequest request) throws InterruptedException, Failure {
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, CappedBody.handler(settings.maxBytes()));
        try {
            return call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Failure(Outcome.TIMED_OUT, "no whole answer within " + settings.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedBody.TooLarge || cause instanceof IOException && cause.getCause() instanceof CappedBody.TooLarge) {
                throw new Failure(Outcome.TOO_LARGE, "larger than " + settings.maxBytes() + " bytes");
            }
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                throw new Failure(Outcome.TIMED_OUT, "no answer within " + settings.timeout().toSeconds() + " s");
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new Failure(Outcome.TIMED_OUT, "no connection within " + settings.timeout().toSeconds() + " s");
            }
            String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new Failure(Outcome.FAILED, m.lines().findFirst().orElse(""));
        }
    }

    /** The host's robots.txt rules, fetched at most once an hour. */
    private BaseRobotRules robots(URI uri) throws InterruptedException {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        Robots known = robots.get(origin);
        Duration kept = known != null && known.rules().isDeferVisits() ? DEFERRAL_KEPT : ROBOTS_KEPT;
        if (known != null && System.nanoTime() - known.fetchedNanos() < kept.toNanos()) {
            return known.rules();
        }
        URI robotsUri = URI.create(origin + "/robots.txt");
        BaseRobotRules rules;
        pacer.await(hostOf(uri), 0);
        try {
            HttpResponse<byte[]> response = exchange(request(robotsUri).build());
            int status = response.statusCode();
            rules = status == 200
                    ? robotsParser.parseContent(robotsUri.toString(), response.body(),
                            response.headers().firstValue("content-type").orElse("text/plain"), List.of(robotName))
                    : robotsParser.failedFetch(status);
        } catch (Failure f) {
            // Unreachable: RFC 9309 treats it as a server error, the host is not fetched until it answers.
            rules = robotsParser.failedFetch(503);
        }
        robots.put(origin, new Robots(rules, System.nanoTime()));
        return rules;
    }

    private static long crawlDelayNanos(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms <= 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(Math.min(ms, MAX_CRAWL_DELAY_MS));
    }

    public static String hostOf(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static Page failed(URI uri, Outcome outcome, String reason) {
        return new Page(outcome, uri, null, null, Validators.NONE, reason);
    }

    private static final class Failure extends Exception {
        final Outcome outcome;

        Failure(Outcome outcome, String message) {
            super(message);
            this.outcome = outcome;
        }
    }
}
