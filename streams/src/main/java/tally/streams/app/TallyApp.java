package tally.streams.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.streams.kafka.CaughtUp;
import tally.stats.BuildInfo;
import tally.stats.TallyEnvironment;
import tally.streams.topology.TallyTopology;

/**
 * The Tally Streams application: start, wait until running, close cleanly, and say when it has
 * failed for good (state ERROR), so that the command ends the process (issue 21, item 5: a
 * process kept alive in ERROR is never restarted by its supervisor).
 */
public final class TallyApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TallyApp.class);

    private final KafkaStreams streams;
    private final String applicationId;
    /** Completes when RUNNING is first reached (true) or ERROR is reached (false). */
    private final CompletableFuture<Boolean> started = new CompletableFuture<>();
    /** Completes with the reason once the application is in ERROR. */
    private final CompletableFuture<String> failed = new CompletableFuture<>();
    /** The error that stopped it, as Streams reports it to the uncaught exception handler before going to ERROR. */
    private final AtomicReference<String> cause = new AtomicReference<>("no error was reported");

    private TallyApp(KafkaStreams streams, String applicationId) {
        this.streams = streams;
        this.applicationId = applicationId;
    }

    /**
     * @param environment       the application id and the topics
     * @param cleanUp           wipe the local state first (a replay, or state that must be rebuilt from the changelogs)
     * @param applicationServer host:port of this instance's HTTP API, for the others to route queries to; or null
     */
    public static TallyApp start(TallyEnvironment environment, Properties client, Path stateDir, String guarantee, int replicationFactor, boolean cleanUp,
                                 String applicationServer) {
        return start(TallyTopology.build(environment), TallyStreamsConfig.of(environment, client, stateDir, guarantee, replicationFactor, applicationServer),
                cleanUp);
    }

    /** Any topology with Tally's Streams configuration: the application, or a reference topology of the benchmark. */
    public static TallyApp start(Topology topology, Properties config, boolean cleanUp) {
        LOG.info("Tally {} starting {}", BuildInfo.current().describe(), config.getProperty("application.id"));
        String deadLetterTopic = config.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        KafkaStreams streams = deadLetterTopic == null ? new KafkaStreams(topology, config)
                : new KafkaStreams(topology, config, new DeadLetterReadyClientSupplier(deadLetterTopic));
        TallyApp app = new TallyApp(streams, config.getProperty("application.id"));
        streams.setStateListener((next, previous) -> {
            if (next == KafkaStreams.State.RUNNING) {
                app.started.complete(true);
            } else if (next == KafkaStreams.State.ERROR) {
                app.failed.complete("the Streams application failed (ERROR): " + app.cause.get());
                app.started.complete(false);
            }
            LOG.debug("streams {} -> {}", previous, next);
        });
        streams.setUncaughtExceptionHandler(e -> {
            // Kafka wraps the real error in a StreamsException; the innermost says what happened.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            app.cause.set(root.toString().replace('\n', ' '));
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        if (cleanUp) {
            streams.cleanUp();
        }
        streams.start();
        return app;
    }

    /** Returns once RUNNING; throws with the reason if the application fails first or is not running in time. */
    public void awaitRunning(Duration timeout) {
        try {
            if (!started.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(failed.getNow("the Streams application failed (ERROR)"));
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("the Streams application was not running after " + timeout + " (state " + streams.state() + ")");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Returns once the application has consumed everything on {@code inputTopic} ({@link CaughtUp});
     * throws with the one-line reason as soon as it fails instead (a demo or a replay waiting to
     * catch up dies at once, like {@code run}), or after {@code timeout}.
     */
    public void awaitCaughtUp(Properties client, String inputTopic, Duration timeout) {
        CaughtUp.await(client, applicationId, inputTopic, timeout, () -> failed.getNow(null));
    }

    /** Calls {@code action} with a one-line reason when the application goes to ERROR (at most once, on a Streams thread). */
    public void onFailure(Consumer<String> action) {
        failed.thenAccept(action);
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
