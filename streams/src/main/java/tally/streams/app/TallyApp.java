package tally.streams.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.streams.topology.TallyTopology;

/** The Tally Streams application: start, wait until running, close cleanly. */
public final class TallyApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TallyApp.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    private TallyApp(KafkaStreams streams) {
        this.streams = streams;
    }

    /**
     * @param cleanUp           wipe the local state first (a replay, or state that must be rebuilt from the changelogs)
     * @param applicationServer host:port of this instance's HTTP API, for the others to route queries to; or null
     */
    public static TallyApp start(Properties client, Path stateDir, String guarantee, int replicationFactor, boolean cleanUp,
                                 String applicationServer) {
        return start(TallyTopology.build(), TallyStreamsConfig.of(client, stateDir, guarantee, replicationFactor, applicationServer),
                cleanUp);
    }

    /** Any topology with Tally's Streams configuration: the application, or a reference topology of the benchmark. */
    public static TallyApp start(Topology topology, Properties config, boolean cleanUp) {
        KafkaStreams streams = new KafkaStreams(topology, config);
        TallyApp app = new TallyApp(streams);
        streams.setStateListener((next, previous) -> {
            if (next == KafkaStreams.State.RUNNING) {
                app.running.countDown();
            }
            LOG.debug("streams {} -> {}", previous, next);
        });
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("the Streams application stopped on an unexpected error: {}", e.toString());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        if (cleanUp) {
            streams.cleanUp();
        }
        streams.start();
        return app;
    }

    public void awaitRunning(Duration timeout) {
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the Streams application was not running after " + timeout + " (state " + streams.state() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Closes and leaves the consumer group: Streams stays in the group by default, and the next
     * start (a restart, a replay) would wait a session timeout (45 s) for this member to expire.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
