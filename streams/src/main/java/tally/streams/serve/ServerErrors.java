package tally.streams.serve;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers the HTTP server writes itself, before or instead of a handler: a malformed request
 * line (400), a body or headers too large (413, 431), an HTTP version it does not speak (505), a
 * handler that failed (500). They carry the security headers like every answer of Tally's handlers
 * ({@link Responses}) and are {@code {"error": "..."}} like the API's own errors, never an HTML page
 * (before, the JDK's server wrote an HTML 400 without the headers, issue 21). A server error says
 * only its status's reason: never an exception's message.
 */
final class ServerErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e) {
            status = e.getCode();
            response.setStatus(status);
            message = message == null ? e.getReason() : message;
        }
        HttpFields.Mutable headers = response.getHeaders();
        Responses.SECURITY_HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        String said = status >= 500 || message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        headers.put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        response.write(true, ByteBuffer.wrap(Responses.bytes(Map.of("error", said))), callback);
        return true;
    }
}
