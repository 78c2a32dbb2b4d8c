package tally.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.app.Replay;
import tally.streams.app.TallyApp;
import tally.streams.kafka.KafkaConnection;

/** {@code tally replay}: reprocess everything from the retained topics. */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Reprocesses everything from the retained topics, after a rules change or to rebuild the outputs.",
            "",
            "Stop every running 'tally run' first: replay refuses while the application has live members, unless "
                + "--force. Resets the Streams application as Kafka's application reset tool does (input offsets to "
                + "the earliest, internal topics deleted), wipes the local state, and runs again from the start of "
                + "tally.figures. The compacted outputs then hold exactly what a fresh run produces."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    GuaranteeOption processing;

    @Option(names = "--once", description = "Exit when everything is reprocessed instead of running on.")
    boolean once;

    @Option(names = "--force", description = "Reset even while instances of the application are running (they lose their partitions).")
    boolean force;

    @Override
    public Integer call() throws InterruptedException {
        try (UntilStopped stopped = new UntilStopped(); KafkaConnection connection = kafka.open()) {
            if (!force) {
                Replay.requireNoLiveMembers(connection.client(), connection.environment());
            }
            Path state = connection.lockState();
            Replay.reset(connection.client(), connection.environment(), force);
            try (TallyApp app = TallyApp.start(connection.environment(), connection.client(), state, processing.guarantee, kafka.replicationFactor, true, null)) {
                app.onFailure(stopped::fail);
                app.awaitCaughtUp(connection.client(), connection.environment().figures(), Duration.ofHours(6));
                spec.commandLine().getOut().println("tally replay: reprocessed " + connection.environment().figures() + " from the beginning"
                        + (once ? "" : "; still running, Ctrl-C stops"));
                spec.commandLine().getOut().flush();
                if (!once) {
                    stopped.await();
                }
            }
        }
        return 0;
    }
}
