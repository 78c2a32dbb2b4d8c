package tally.streams.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a handler's uncaught failure becomes, on every path (issue 21): the first filter of each
 * context ({@link HttpTransport}), around the other filters and the handler. Jetty's SPI would
 * end the exchange before answering the failure, as an empty 200; here it is logged once and
 * answered 500 with {@code {"error": ...}} and the security headers, never the exception's
 * message. An answer already begun cannot become a 500: its connection is ended instead, so that
 * no client takes half an answer for the whole of it (a chunked answer ends with a last chunk
 * only when complete). A write failing on an answer already begun is the client gone, not a
 * failure of Tally's.
 */
final class HandlerFailures extends Filter {

    private static final Logger LOG = LoggerFactory.getLogger(HandlerFailures.class);

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        try {
            chain.doFilter(ex);
        } catch (Throwable failure) { // an Error too: the SPI would answer it as an empty 200 as well
            boolean begun = ex.getResponseCode() > 0; // -1 (the JDK) or 0 (Jetty) until the status is sent
            if (begun && failure instanceof IOException) {
                LOG.debug("{} {}: the connection failed during the answer", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), failure);
                HttpTransport.abort(ex);
                return;
            }
            LOG.error("{} {} failed", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), failure);
            if (begun) {
                HttpTransport.abort(ex);
                return;
            }
            ex.getResponseHeaders().clear(); // whatever the handler had set is not this answer's
            try {
                Responses.error(ex, 500, "internal error; the server log has the details");
            } catch (IOException | RuntimeException gone) {
                HttpTransport.abort(ex);
            }
        }
    }

    @Override
    public String description() {
        return "answers a handler's failure with a 500, logged once";
    }
}
