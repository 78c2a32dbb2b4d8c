package tally.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.state.HostInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.streams.app.TallyApp;
import tally.streams.kafka.KafkaConnection;
import tally.streams.kafka.TopicSetup;
import tally.streams.serve.TallyHttpServer;

/** {@code tally run}: the Kafka Streams application, until stopped. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the Kafka Streams application until stopped (Ctrl-C or SIGTERM closes it cleanly).",
            "",
            "Validates tally.figures (invalid records go to tally.figures.dlq with their reason), and keeps "
                + "tally.estimates, tally.series.yearly and tally.mentions.weekly up to date. Serves the dashboard (/), "
                + "the JSON API (/api/...), /health/live, /health/ready and /metrics (Prometheus) on --http-port."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    GuaranteeOption processing;

    @Mixin
    HttpOptions http;

    @Override
    public Integer call() throws InterruptedException {
        try (UntilStopped stopped = new UntilStopped(); KafkaConnection connection = kafka.open()) {
            Path state = connection.lockState();
            TopicSetup.ensure(connection.client(), connection.environment(), kafka.partitions, kafka.replicationFactor);
            try (TallyHttpServer server = http.bind(false)) {
                HostInfo self = http.advertised(server.port());
                try (TallyApp app = TallyApp.start(connection.environment(), connection.client(), state, processing.guarantee, kafka.replicationFactor,
                        false, self.host() + ":" + self.port())) {
                    app.onFailure(stopped::fail);
                    server.serve(app.streams(), self, connection.client(), connection.environment());
                    app.awaitRunning(java.time.Duration.ofMinutes(2));
                    spec.commandLine().getOut().println("tally run: streams running against " + connection.bootstrapServers()
                            + " (" + processing.guarantee + "); dashboard and API at " + server.address() + "/; Ctrl-C stops");
                    spec.commandLine().getOut().flush();
                    stopped.await();
                }
            }
        }
        return 0;
    }
}
