package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GET endpoint answering JSON. A request that cannot be answered gets its status and a message
 * ({@link ApiException}); anything unexpected is logged and answered with a bare 500, never a
 * stack trace.
 */
final class JsonEndpoint implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonEndpoint.class);

    @FunctionalInterface
    interface Answer {
        Object answer(HttpExchange exchange);
    }

    private final Answer answer;

    JsonEndpoint(Answer answer) {
        this.answer = answer;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (Responses.refusedUnlessGet(ex)) {
            return;
        }
        Object body;
        try {
            body = answer.answer(ex);
        } catch (ApiException e) {
            Responses.error(ex, e.status(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
            Responses.error(ex, 500, "internal error; the server log has the details");
            return;
        }
        Responses.json(ex, 200, body);
    }
}
