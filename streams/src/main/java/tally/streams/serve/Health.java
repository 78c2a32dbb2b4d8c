package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Predicate;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Health from the Streams state, as {@code {"status":"UP","state":"RUNNING"}} with 200, or DOWN
 * with 503: {@link #live} unless ERROR or NOT_RUNNING (a restart is needed), {@link #ready} only
 * when RUNNING (not while starting or rebalancing).
 */
final class Health implements HttpHandler {

    record Status(String status, KafkaStreams.State state) {
    }

    private final KafkaStreams streams;
    private final Predicate<KafkaStreams.State> up;

    private Health(KafkaStreams streams, Predicate<KafkaStreams.State> up) {
        this.streams = streams;
        this.up = up;
    }

    static Health live(KafkaStreams streams) {
        return new Health(streams, s -> s != KafkaStreams.State.ERROR && s != KafkaStreams.State.NOT_RUNNING);
    }

    static Health ready(KafkaStreams streams) {
        return new Health(streams, s -> s == KafkaStreams.State.RUNNING);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (Responses.refusedUnlessGet(ex)) {
            return; // a probe only reads: POST, TRACE and the rest are 405
        }
        KafkaStreams.State state = streams.state();
        boolean ok = up.test(state);
        Responses.json(ex, ok ? 200 : 503, new Status(ok ? "UP" : "DOWN", state));
    }
}
