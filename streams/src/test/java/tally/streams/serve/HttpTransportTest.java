package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import tally.stats.json.Json;

/**
 * The HTTP server under Tally's handlers protects itself (issue 21, items 4 and 9), on real
 * sockets: a client that never reads a large answer frees its thread and its API slot after the
 * write (idle) timeout; a client that trickles its headers is cut after the same time; a full API
 * queue answers 503 at once while health answers; the answers the server writes itself to
 * malformed requests carry the security headers and are JSON; and a handler that fails gets a
 * 500 like them, logged once, or its connection cut when its answer had begun. Before, on the
 * JDK's server, such a write blocked for as long as the client stayed connected, and a malformed
 * request got an HTML 400 (or a bare 505) with none of the headers; on Jetty's SPI without
 * {@link HandlerFailures}, a failed handler's answer was an empty 200, and a trickle of header
 * bytes kept its connection for good. The write timeout here is 1 s so that the test is quick; the bounds on waits are
 * hang guards, not timings.
 */
class HttpTransportTest {

    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final long HANG_GUARD_SECONDS = 120;
    /** A write loop's stop, far beyond what socket buffers hold, in case the timeout never comes. */
    private static final long MAX_ANSWER = 4L << 30;

    @Test
    void aClientThatNeverReadsALargeAnswerFreesItsSlotAfterTheWriteTimeout() throws Exception {
        Admission api = new Admission(1, 0);
        CompletableFuture<Long> written = new CompletableFuture<>();
        try (HttpTransport transport = HttpTransport.bind("127.0.0.1", 0, 32, IDLE)) {
            transport.server().createContext("/large", api.guard(ex -> {
                ex.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                long sent = 0;
                try (OutputStream out = ex.getResponseBody()) {
                    while (sent < MAX_ANSWER) {
                        out.write(chunk);
                        sent += chunk.length;
                    }
                    written.complete(sent);
                } catch (IOException | RuntimeException stuck) {
                    written.completeExceptionally(stuck);
                }
            }));
            transport.server().createContext("/small", api.guard(ex -> Responses.json(ex, 200, Map.of("ok", true))));
            transport.start();
            try (Socket reader = new Socket()) {
                reader.setReceiveBufferSize(4096);
                reader.connect(new InetSocketAddress("127.0.0.1", transport.port()));
                send(reader, "GET /large HTTP/1.1\r\nHost: tally\r\n\r\n");
                // Never read: the server's socket buffers fill and its write blocks.
                ExecutionException failed = assertThrows(ExecutionException.class,
                        () -> written.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS), "the stuck write ended");
                assertInstanceOf(IOException.class, failed.getCause(), "the write failed: " + failed.getCause());
                awaitSlotFree(api);
                Reply small = request(transport, "GET /small HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n");
                assertEquals(200, small.status(), "the slot is free again: " + small);
                System.out.printf("write timeout: a client that never read its answer was cut after %s; its slot freed%n", IDLE);
            }
        }
    }

    @Test
    void aFullApiQueueAnswers503AtOnceAndHealthStillAnswers() throws Exception {
        Admission api = new Admission(TallyHttpServer.API_RUNNING, TallyHttpServer.API_WAITING);
        CountDownLatch release = new CountDownLatch(1);
        List<Socket> held = new ArrayList<>();
        try (HttpTransport transport = HttpTransport.bind("127.0.0.1", 0, TallyHttpServer.THREADS, HttpTransport.IDLE_TIMEOUT)) {
            transport.server().createContext("/api/slow", api.guard(ex -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Responses.json(ex, 200, Map.of("ok", true));
            }));
            transport.server().createContext("/health/live", ex -> Responses.json(ex, 200, Map.of("status", "UP")));
            transport.start();
            int queue = TallyHttpServer.API_RUNNING + TallyHttpServer.API_WAITING;
            for (int i = 0; i < queue; i++) {
                Socket s = new Socket("127.0.0.1", transport.port());
                s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
                send(s, "GET /api/slow HTTP/1.1\r\nHost: tally\r\n\r\n");
                held.add(s);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
            while (api.running() < TallyHttpServer.API_RUNNING || api.waiting() < TallyHttpServer.API_WAITING) {
                assertTrue(System.nanoTime() < deadline, "the queue never filled: " + api.running() + " running, " + api.waiting() + " waiting");
                Thread.sleep(50);
            }
            Reply more = request(transport, "GET /api/slow HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n");
            assertEquals(503, more.status(), more.toString());
            assertEquals("1", more.headers().get("retry-after"), more.toString());
            assertEquals("nosniff", more.headers().get("x-content-type-options"), more.toString());
            assertEquals(200, request(transport, "GET /health/live HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n").status());
            release.countDown();
            for (Socket s : held) {
                String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertEquals("HTTP/1.1 200 OK", status, "each queued request answered in its turn");
            }
        } finally {
            release.countDown();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void theServersOwnErrorsCarryTheSecurityHeadersAndAreJson() throws Exception {
        try (HttpTransport transport = HttpTransport.bind("127.0.0.1", 0, 32, HttpTransport.IDLE_TIMEOUT)) {
            transport.server().createContext("/", ex -> Responses.json(ex, 200, Map.of("query", String.valueOf(ex.getRequestURI().getRawQuery()))));
            transport.start();
            Map<String, Integer> malformed = new TreeMap<>(Map.of(
                    "GARBAGE\r\n\r\n", 400,
                    "GET /api/places HTTP/9.9\r\nHost: tally\r\n\r\n", 505,
                    "GET /api/places?q=a b HTTP/1.1\r\nHost: tally\r\n\r\n", 400,
                    "GET /api/places HTTP/1.1\r\nHost: tally\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n", 431,
                    "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: tally\r\n\r\n", 400));
            for (Map.Entry<String, Integer> bad : malformed.entrySet()) {
                String shown = bad.getKey().substring(0, Math.min(40, bad.getKey().indexOf('\r'))).trim();
                Reply r = request(transport, bad.getKey());
                assertEquals(bad.getValue(), r.status(), shown + ": " + r);
                assertEquals("nosniff", r.headers().get("x-content-type-options"), shown + ": " + r);
                assertTrue(r.headers().getOrDefault("content-security-policy", "").contains("script-src 'self'"), shown + ": " + r);
                assertEquals("DENY", r.headers().get("x-frame-options"), shown + ": " + r);
                assertTrue(r.headers().getOrDefault("content-type", "").startsWith("application/json"), shown + ": " + r);
                JsonNode body = Json.MAPPER.readTree(r.body());
                assertFalse(body.path("error").asText().isBlank(), shown + ": " + r);
                assertFalse(r.body().contains("Exception") || r.body().contains("<html"), shown + ": " + r);
            }
            // A raw | in a query (a statistic key typed as it is): the server accepts it, Java's URI does not.
            Reply raw = request(transport, "GET /api/provenance?statistic=deaths|MX HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n");
            assertEquals(400, raw.status(), "a raw | in the query: " + raw);
            assertEquals("nosniff", raw.headers().get("x-content-type-options"), "a raw | in the query: " + raw);
            assertTrue(Json.MAPPER.readTree(raw.body()).path("error").asText().contains("| as %7C"), "a raw | in the query: " + raw);
            Reply encoded = request(transport, "GET /api/provenance?statistic=deaths%7CMX HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n");
            assertEquals("statistic=deaths%7CMX", Json.MAPPER.readTree(encoded.body()).path("query").asText(), "encoded: " + encoded);
        }
    }

    @Test
    void aHandlerThatFailsGetsA500WithTheSecurityHeadersLoggedOnce() throws Exception {
        try (HttpTransport transport = HttpTransport.bind("127.0.0.1", 0, 32, HttpTransport.IDLE_TIMEOUT);
             ErrorLog log = ErrorLog.capture()) {
            transport.server().createContext("/health/live", ex -> {
                throw new IllegalStateException("the store is closed");
            });
            transport.server().createContext("/metrics", ex -> {
                throw new AssertionError("an Error, not an Exception");
            });
            transport.server().createContext("/assets/", ex -> {
                throw new IOException("resource unreadable");
            });
            transport.server().createContext("/api/version", ex -> Responses.json(ex, 200, Map.of("ok", true))).getFilters()
                    .add(new com.sun.net.httpserver.Filter() {
                        @Override
                        public void doFilter(com.sun.net.httpserver.HttpExchange ex, Chain chain) {
                            throw new IllegalArgumentException("a filter failed");
                        }

                        @Override
                        public String description() {
                            return "fails";
                        }
                    });
            transport.start();
            for (String path : List.of("/health/live", "/metrics", "/assets/x.js", "/api/version")) {
                Reply r = request(transport, "GET " + path + " HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n");
                assertEquals(500, r.status(), path + ": " + r);
                assertEquals("nosniff", r.headers().get("x-content-type-options"), path + ": " + r);
                assertEquals("DENY", r.headers().get("x-frame-options"), path + ": " + r);
                assertTrue(r.headers().getOrDefault("content-security-policy", "").contains("script-src 'self'"), path + ": " + r);
                assertTrue(r.headers().getOrDefault("content-type", "").startsWith("application/json"), path + ": " + r);
                assertEquals(1, r.body().strip().lines().count(), path + ": " + r);
                assertFalse(Json.MAPPER.readTree(r.body()).path("error").asText().isBlank(), path + ": " + r);
                assertFalse(r.body().contains("closed") || r.body().contains("Error") || r.body().contains("unreadable")
                        || r.body().contains("filter"), "no exception's message in the answer: " + r);
                assertEquals(1, log.mentioning(path), path + " logged once: " + log);
            }
        }
    }

    @Test
    void aHandlerThatFailsAfterItsAnswerBeganEndsTheConnectionWithoutCompletingTheAnswer() throws Exception {
        try (HttpTransport transport = HttpTransport.bind("127.0.0.1", 0, 32, HttpTransport.IDLE_TIMEOUT);
             ErrorLog log = ErrorLog.capture()) {
            transport.server().createContext("/api/estimates", ex -> {
                ex.sendResponseHeaders(200, 0);
                ex.getResponseBody().write("{\"estimates\":[".getBytes(StandardCharsets.UTF_8));
                ex.getResponseBody().flush();
                throw new IllegalStateException("a store failed half-way");
            });
            transport.start();
            try (Socket s = new Socket("127.0.0.1", transport.port())) {
                s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
                send(s, "GET /api/estimates HTTP/1.1\r\nHost: tally\r\n\r\n");
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                try {
                    s.getInputStream().transferTo(got);
                } catch (java.net.SocketException reset) {
                    // closed at once: as good as the end of the stream here
                }
                String answer = got.toString(StandardCharsets.ISO_8859_1);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                // A chunked answer is complete only with its last, empty chunk: without it no client takes a half list for the whole.
                assertFalse(answer.endsWith("\r\n0\r\n\r\n"), "a half answer must not look complete: " + answer);
            }
            assertEquals(1, log.mentioning("/api/estimates"), "logged once: " + log);
        }
    }

    @Test
    void aClientThatTricklesItsHeadersIsCutAfterTheTimeout() throws Exception {
        try (HttpTransport transport = HttpTransport.bind("127.0.0.1", 0, 32, IDLE);
             Socket trickle = new Socket()) {
            transport.server().createContext("/health/live", ex -> Responses.json(ex, 200, Map.of("status", "UP")));
            transport.start();
            trickle.connect(new InetSocketAddress("127.0.0.1", transport.port()));
            trickle.setSoTimeout((int) (IDLE.toMillis() / 4));
            send(trickle, "GET /health/live HTTP/1.1\r\nHost: tally\r\nX-Slow: ");
            // One byte every quarter of the idle timeout: never idle, never done, until the server gives up.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
            long sent = 0;
            boolean closed = false;
            while (!closed) {
                assertTrue(System.nanoTime() < deadline, "still open after " + sent + " header bytes trickled over " + HANG_GUARD_SECONDS + " s");
                try {
                    send(trickle, "x");
                    sent++;
                    trickle.getInputStream().read(); // the end of the stream, or an answer before it
                    closed = true;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing from the server yet
                } catch (IOException gone) {
                    closed = true;
                }
            }
            assertEquals(200, request(transport, "GET /health/live HTTP/1.1\r\nHost: tally\r\nConnection: close\r\n\r\n").status());
            System.out.printf("header timeout: a client trickling its headers was cut after %d bytes (limit %s)%n", sent, IDLE);
        }
    }

    /** The ERROR events logged while it is open, by any logger (Jetty's too), as the root logger gets them. */
    private static final class ErrorLog extends AbstractAppender implements AutoCloseable {

        private final List<LogEvent> events = new CopyOnWriteArrayList<>();

        private ErrorLog() {
            super("errors-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        }

        static ErrorLog capture() {
            ErrorLog log = new ErrorLog();
            log.start();
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            context.getConfiguration().getRootLogger().addAppender(log, Level.ERROR, null);
            context.updateLoggers();
            return log;
        }

        @Override
        public void append(LogEvent event) {
            events.add(event.toImmutable());
        }

        /** Events whose message or exception mentions {@code text}. */
        long mentioning(String text) {
            return events.stream().filter(e -> e.getMessage().getFormattedMessage().contains(text)
                    || (e.getThrown() != null && String.valueOf(e.getThrown()).contains(text))).count();
        }

        @Override
        public void close() {
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            context.getConfiguration().getRootLogger().removeAppender(getName());
            context.updateLoggers();
            stop();
        }

        @Override
        public String toString() {
            return events.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getMessage().getFormattedMessage()).toList().toString();
        }
    }

    /** A parsed HTTP/1.1 answer: status, headers (names in lower case) and body. */
    private record Reply(int status, Map<String, String> headers, String body) {
    }

    private static void send(Socket s, String request) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** One request on its own connection, read to the end of its answer. */
    private static Reply request(HttpTransport transport, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", transport.port())) {
            s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
            send(s, request);
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("no answer to " + request.substring(0, Math.min(60, request.length())).replace("\r\n", " ")
                            + " (the connection closed in the answer's headers: " + head + ")");
                }
                head.write(b);
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
            byte[] body = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static void awaitSlotFree(Admission api) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        while (api.running() > 0) {
            assertTrue(System.nanoTime() < deadline, "the API slot was never freed");
            Thread.sleep(50);
        }
    }
}
