package tally.streams.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server under Tally's handlers (issue 21): Jetty, through {@code jetty-http-spi}, behind
 * the JDK's {@code com.sun.net.httpserver} API that the handlers are written to. What the JDK's
 * own server could not do:
 * <ul>
 * <li>an idle timeout that also bounds a blocked write, so a client that never reads a large
 * answer frees its thread and its API slot after it (the JDK server wrote with no timeout);
 * a request's headers are read without holding a thread, and must all be in within the same
 * time ({@link RequestHeadersDeadline}), so slow-loris costs a connection for that long only;</li>
 * <li>at most {@link #MAX_CONNECTIONS} connections, the rest wait in the accept queue;</li>
 * <li>the server's own answers (a malformed request, headers too large, a bad version) carry the
 * security headers and are JSON ({@link ServerErrors}), and so does the 500 of a handler that
 * failed ({@link HandlerFailures}, the first filter of every context);</li>
 * <li>a handler can end its connection at once ({@link #abort}), which the JDK's API cannot say;</li>
 * <li>a request whose URI Java cannot parse (a raw {@code |} in a query) is answered 400 with what
 * to encode, before a handler would fail on {@code getRequestURI()}.</li>
 * </ul>
 * The port is bound by {@link #bind}, before anything is served, so that its number can be
 * advertised to the other instances first.
 */
final class HttpTransport implements AutoCloseable {

    /** A connection with nothing read or written for this long is closed, a write waiting on it failed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_CONNECTIONS = 1_000;
    /** The request attribute holding what {@link #abort} runs. */
    private static final String ABORT = "tally.abort";

    private final Server jetty;
    private final ServerConnector connector;
    private final HttpServer server;

    private HttpTransport(Server jetty, ServerConnector connector, HttpServer server) {
        this.jetty = jetty;
        this.connector = connector;
        this.server = server;
    }

    /**
     * @param threads     the most requests handled at once: each handler blocks its thread, so this
     *                    must cover every long-lived stream and queued API request, with room for health
     * @param idleTimeout how long a connection may send or take nothing, a write included, and
     *                    how long it has to send a request's headers whole
     */
    static HttpTransport bind(String host, int port, int threads, Duration idleTimeout) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, 4);
        pool.setName("tally-http");
        pool.setDaemon(true);
        Server jetty = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeout.toMillis());
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        RequestHeadersDeadline headers = new RequestHeadersDeadline(
                new Abortable(new ParseableUris(new WeakTagsAsStrong(new ContextHandlerCollection()))), connector.getScheduler(), idleTimeout);
        connector.addEventListener(headers);
        jetty.setHandler(headers);
        jetty.setErrorHandler(new ServerErrors());
        try {
            connector.open();
            HttpServer server = new JdkContexts(jetty);
            server.bind(new InetSocketAddress(host, connector.getLocalPort()), 0);
            return new HttpTransport(jetty, connector, server);
        } catch (IOException e) {
            connector.close();
            throw new UncheckedIOException("cannot serve HTTP on " + host + ":" + port + " (" + e.getMessage() + "); choose another --http-port", e);
        }
    }

    /** Where handlers are mounted, as on the JDK's server (a context answers its path and the paths under it). */
    HttpServer server() {
        return server;
    }

    void start() {
        // Each context answers its exact path too (/api/estimates), not only after a redirect to /api/estimates/.
        for (ContextHandler context : jetty.getDescendants(ContextHandler.class)) {
            context.setAllowNullPathInContext(true);
        }
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP server: " + e.getMessage(), e);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    String host() {
        return connector.getHost();
    }

    /**
     * Ends the exchange's connection now, without completing its answer: a write blocked on it
     * fails at once, and a client sees a cut connection, never a short answer that looks whole.
     */
    static void abort(HttpExchange exchange) {
        if (exchange.getAttribute(ABORT) instanceof Runnable abort) {
            abort.run();
        }
    }

    /**
     * Contexts matched as the JDK's server matches them: one mounted at a path ending in '/'
     * ({@code /internal/stores/}) answers the paths under it; Jetty's context paths end without one.
     * Each context's first filter answers its handler's failures ({@link HandlerFailures}).
     */
    private static final class JdkContexts extends JettyHttpServer {

        private static final HandlerFailures FAILURES = new HandlerFailures();

        JdkContexts(Server jetty) {
            super(jetty, true); // shared: Jetty's lifecycle is HttpTransport's
        }

        @Override
        public HttpContext createContext(String path, HttpHandler handler) {
            HttpContext context = path.length() == 1 || !path.endsWith("/") ? super.createContext(path, handler)
                    : super.createContext(path.substring(0, path.length() - 1), ex -> {
                        if (ex.getRequestURI().getRawPath().startsWith(path)) {
                            handler.handle(ex);
                        } else {
                            Responses.error(ex, 404, "no such path " + ex.getRequestURI().getPath());
                        }
                    });
            context.getFilters().add(FAILURES);
            return context;
        }
    }

    /** Gives each request what {@link #abort} needs: its connection, which the JDK's API does not show. */
    private static final class Abortable extends Handler.Wrapper {

        Abortable(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Connection connection = request.getConnectionMetaData().getConnection();
            request.setAttribute(ABORT, (Runnable) () -> connection.getEndPoint().close(new IOException("aborted by its handler")));
            return super.handle(request, response, callback);
        }
    }

    /**
     * Requests whose URI {@link java.net.URI} refuses: the handlers' {@code getRequestURI()} would
     * throw, and the exchange would be closed as an empty 200 before the failure could be answered.
     */
    private static final class ParseableUris extends Handler.Wrapper {

        ParseableUris(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            try {
                request.getHttpURI().toURI();
            } catch (IllegalArgumentException e) {
                String reason = e.getCause() instanceof java.net.URISyntaxException s ? s.getReason() + " at index " + s.getIndex() : e.getMessage();
                Response.writeError(request, response, callback, 400,
                        "the request's URI is not valid (" + reason + "); percent-encode it (| as %7C, a space as %20)");
                return true;
            }
            return super.handle(request, response, callback);
        }
    }

    /**
     * jetty-http-spi 12.1 refuses a weak entity tag in If-None-Match when it copies the request's
     * headers (its QuotedCSV parser fails on W/"..."), and the exchange then ends as an empty 200.
     * If-None-Match compares tags weakly anyway (RFC 9110), so dropping W/ here changes no answer.
     */
    private static final class WeakTagsAsStrong extends Handler.Wrapper {

        WeakTagsAsStrong(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            java.util.List<String> tags = request.getHeaders().getValuesList(HttpHeader.IF_NONE_MATCH);
            if (tags.stream().noneMatch(t -> t.contains("W/"))) {
                return super.handle(request, response, callback);
            }
            HttpFields fixed = HttpFields.build(request.getHeaders())
                    .put(HttpHeader.IF_NONE_MATCH, String.join(", ", tags).replace("W/", "")).asImmutable();
            return super.handle(new Request.Wrapper(request) {
                @Override
                public HttpFields getHeaders() {
                    return fixed;
                }
            }, response, callback);
        }
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping anyway
        } finally {
            connector.close();
        }
    }
}
