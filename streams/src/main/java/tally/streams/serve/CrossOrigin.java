package tally.streams.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * CORS for the API: a front end served from one of the configured origins
 * ({@code --cors-origin}) may read the answers; any other origin gets no CORS header, so the
 * browser keeps the answer from it (same-origin pages, curl and servers are not concerned). A
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) from a configured origin
 * is answered here: GET and HEAD, with {@code If-None-Match} for revalidation.
 */
final class CrossOrigin extends Filter {

    private final Set<String> origins;

    private CrossOrigin(Set<String> origins) {
        this.origins = origins;
    }

    /**
     * @param origins each {@code http(s)://host[:port]} exactly as browsers send it in {@code Origin}
     * @throws IllegalArgumentException naming an origin that is not one
     */
    static CrossOrigin allowing(Collection<String> origins) {
        Set<String> checked = new TreeSet<>();
        for (String origin : origins) {
            checked.add(check(origin.strip()));
        }
        return new CrossOrigin(Set.copyOf(checked));
    }

    /**
     * An origin as browsers send it (scheme and host in lower case, the port only when given).
     *
     * @throws IllegalArgumentException saying what an origin is, when this is not one
     */
    static String check(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            }
        } catch (URISyntaxException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("'" + origin + "' is not an origin; expected http(s)://HOST[:PORT] with no path, "
                + "e.g. https://dash.example.org or http://localhost:3000");
    }

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        Headers response = ex.getResponseHeaders();
        response.add("Vary", "Origin");
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && origins.contains(origin)) {
            response.set("Access-Control-Allow-Origin", origin);
            response.set("Access-Control-Expose-Headers", "ETag, Retry-After");
            if ("OPTIONS".equals(ex.getRequestMethod()) && ex.getRequestHeaders().containsKey("Access-Control-Request-Method")) {
                response.set("Access-Control-Allow-Methods", "GET, HEAD");
                response.set("Access-Control-Allow-Headers", "If-None-Match");
                response.set("Access-Control-Max-Age", "600");
                Responses.securityHeaders(response);
                ex.sendResponseHeaders(204, -1);
                ex.close();
                return;
            }
        }
        chain.doFilter(ex);
    }

    @Override
    public String description() {
        return "CORS for " + origins;
    }
}
