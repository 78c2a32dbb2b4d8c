package tally.streams.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import tally.stats.json.Json;

/**
 * Every HTTP response of Tally goes through here, so every one carries the security headers, an
 * ETag when it succeeds, and gzip when the client takes it.
 */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    /** No inline script or style, nothing from elsewhere: quotes from articles can never run as code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    private Responses() {
    }

    /** On every answer, the HTTP server's own errors included ({@link ServerErrors}). */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    static void securityHeaders(Headers h) {
        SECURITY_HEADERS.forEach(h::set);
    }

    /**
     * Sends a whole answer. A successful one carries an ETag of its content, and a request whose
     * If-None-Match names it gets 304 and no body (the client's copy is current); a body worth
     * compressing goes gzipped to clients that accept it.
     */
    static void send(HttpExchange ex, int status, String type, byte[] body, boolean cacheable) throws IOException {
        send(ex, status, type, body, status == 200 ? ETags.of(body) : null, null, cacheable);
    }

    /** A body that never changes (a static file), with its ETag and gzipped form made once. */
    record Prepared(byte[] body, String etag, byte[] gzipped) {
        static Prepared of(byte[] body) {
            try {
                return new Prepared(body, ETags.of(body), body.length >= GZIP_AT_LEAST ? gzip(body) : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sends a prepared body as {@link #send(HttpExchange, int, String, byte[], boolean)} sends any, without hashing or compressing it again. */
    static void send(HttpExchange ex, String type, Prepared prepared, boolean cacheable) throws IOException {
        send(ex, 200, type, prepared.body(), prepared.etag(), prepared.gzipped(), cacheable);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String etag, byte[] gzipped, boolean cacheable)
            throws IOException {
        Headers h = ex.getResponseHeaders();
        securityHeaders(h);
        h.set("Content-Type", type);
        // A successful answer may be kept if revalidated (ETag); an error is never kept.
        h.set("Cache-Control", cacheable ? "public, max-age=3600" : status == 200 ? "no-cache" : "no-store");
        if (etag != null) {
            h.set("ETag", etag);
            if (ETags.matches(ex.getRequestHeaders().getFirst("If-None-Match"), etag)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
        }
        h.add("Vary", "Accept-Encoding");
        if (body.length >= GZIP_AT_LEAST && acceptsGzip(ex.getRequestHeaders().getFirst("Accept-Encoding"))) {
            body = gzipped != null ? gzipped : gzip(body);
            h.set("Content-Encoding", "gzip");
        }
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /** Smaller bodies are sent as they are: compressing them saves less than it costs. */
    static final int GZIP_AT_LEAST = 1024;

    /** Whether an Accept-Encoding header accepts gzip (not with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip") || parts[0].strip().equals("*")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    /** Answers 405 to anything but GET and HEAD; true when it did. */
    static boolean refusedUnlessGet(HttpExchange ex) throws IOException {
        if ("GET".equals(ex.getRequestMethod()) || "HEAD".equals(ex.getRequestMethod())) {
            return false;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        error(ex, 405, "only GET and HEAD");
        return true;
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, JSON, bytes(value), false);
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("error", message));
    }

    static byte[] bytes(Object value) {
        try {
            return Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
