package tally.streams.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tally.stats.json.Json;

/** Every HTTP response of Tally goes through here, so every one carries the security headers. */
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

    static void send(HttpExchange ex, int status, String type, byte[] body, boolean cacheable) throws IOException {
        Headers h = ex.getResponseHeaders();
        securityHeaders(h);
        h.set("Content-Type", type);
        h.set("Cache-Control", cacheable ? "public, max-age=3600" : "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
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
