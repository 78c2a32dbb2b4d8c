package tally.streams.serve;

import com.sun.net.httpserver.HttpHandler;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret the instances share for {@code /internal/stores/} ({@code TALLY_INTERNAL_TOKEN}): the
 * whole content of a store, which only the other instances should read. With a token, a request
 * there without it in {@value #HEADER} is 403 and the instances send it to each other; without
 * one (a single instance, or a private network), the path is open as before.
 */
final class InternalToken {

    static final String HEADER = "X-Tally-Internal-Token";
    static final InternalToken NONE = new InternalToken(null);

    private final byte[] token;

    private InternalToken(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** @param token the shared secret; null or blank for none */
    static InternalToken of(String token) {
        return token == null || token.isBlank() ? NONE : new InternalToken(token.strip());
    }

    /** {@code handler}, answered only when the request carries the token (before it takes an API slot). */
    HttpHandler guard(HttpHandler handler) {
        if (token == null) {
            return handler;
        }
        return ex -> {
            String given = ex.getRequestHeaders().getFirst(HEADER);
            // Compared in constant time, so that the answer's timing does not tell how much of a guess was right.
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
                Responses.error(ex, 403, "the instances' own path: it needs the shared token (TALLY_INTERNAL_TOKEN) in " + HEADER);
                return;
            }
            handler.handle(ex);
        };
    }

    /** A request to another instance, with the token when there is one. */
    HttpRequest.Builder sign(HttpRequest.Builder request) {
        return token == null ? request : request.header(HEADER, new String(token, StandardCharsets.UTF_8));
    }
}
