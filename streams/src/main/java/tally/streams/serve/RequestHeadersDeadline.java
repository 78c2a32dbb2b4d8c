package tally.streams.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.EventsHandler;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A total limit on the time a client takes to send a request's headers (issue 21). The idle
 * timeout alone never closes a connection that sends a byte now and then: a client trickling its
 * headers, or blank lines before its request line, one byte every few seconds kept its connection
 * (one of at most {@link HttpTransport#MAX_CONNECTIONS}) for as long as it liked. Here a
 * connection has {@code limit} from its opening, or from the end of its previous exchange, to
 * have sent a whole request's headers, else it is closed; while a request is handled, no limit
 * (the idle timeout still bounds a blocked read or write). A connection kept alive and silent
 * is closed at the same moment as by an idle timeout of the same length.
 */
final class RequestHeadersDeadline extends EventsHandler implements Connection.Listener {

    private final Scheduler scheduler;
    private final Duration limit;
    /** The pending deadline of each connection waiting for a request's headers. */
    private final Map<Connection, Deadline> waiting = new ConcurrentHashMap<>();

    RequestHeadersDeadline(Handler next, Scheduler scheduler, Duration limit) {
        super(next);
        this.scheduler = scheduler;
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        arm(connection);
    }

    @Override
    public void onClosed(Connection connection) {
        disarm(connection);
    }

    @Override
    protected void onBeforeHandling(Request request) {
        disarm(request.getConnectionMetaData().getConnection());
    }

    @Override
    protected void onComplete(Request request, int status, HttpFields headers, Throwable failure) {
        Connection connection = request.getConnectionMetaData().getConnection();
        if (connection.getEndPoint().isOpen()) {
            arm(connection); // kept alive: the next request's headers have the limit too
        }
    }

    private void arm(Connection connection) {
        Deadline deadline = new Deadline(connection);
        deadline.task = scheduler.schedule(deadline, limit);
        Deadline before = waiting.put(connection, deadline);
        if (before != null) {
            before.task.cancel();
        }
    }

    private void disarm(Connection connection) {
        Deadline deadline = waiting.remove(connection);
        if (deadline != null) {
            deadline.task.cancel();
        }
    }

    /** Closes its connection, unless the headers came (or a later deadline replaced it) first. */
    private final class Deadline implements Runnable {

        private final Connection connection;
        private Scheduler.Task task;

        Deadline(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            if (waiting.remove(connection, this)) {
                connection.getEndPoint().close(new TimeoutException("no whole request headers within " + limit));
            }
        }
    }
}
