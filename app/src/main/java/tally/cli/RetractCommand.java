package tally.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.app.Retraction;
import tally.ingest.publish.KafkaPublisher;
import tally.streams.kafka.KafkaConnection;
import tally.streams.kafka.TopicSetup;

/** {@code tally retract}: withdraws a dataset's articles and figures from the statistics. */
@Command(name = "retract",
        mixinStandardHelpOptions = true,
        description = {
            "Withdraws every article of a dataset (e.g. a test load: generate writes the dataset synthetic) and its figures.",
            "",
            "Each article gets a tombstone under its id on tally.figures and tally.articles; the Streams application "
                + "withdraws its figures as it withdraws an older extraction's, so the statistics are again what they were "
                + "without the dataset, and reextract does not bring it back. Ingesting an article again makes it count again.",
            "",
            "Exit status: 0 withdrawn (also when nothing was left to withdraw), 1 when a record was not written, 2 bad usage."})
final class RetractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--dataset", paramLabel = "NAME", required = true, converter = Converters.DatasetName.class,
            description = "The dataset to withdraw (default, synthetic or a name given to ingest and watch).")
    String dataset;

    @Override
    public Integer call() {
        try (KafkaConnection connection = kafka.open()) {
            TopicSetup.ensure(connection.client(), connection.environment(), kafka.partitions, kafka.replicationFactor);
            try (KafkaPublisher publisher = new KafkaPublisher(connection.client(), connection.environment())) {
                int articles = Retraction.run(connection.client(), connection.environment(), dataset, publisher);
                spec.commandLine().getOut().printf("tally retract: %d article(s) of dataset %s withdrawn from %s%n",
                        articles, dataset, connection.bootstrapServers());
                return 0;
            } catch (KafkaPublisher.PublishException e) {
                spec.commandLine().getErr().println("tally retract: " + e.getMessage());
                return 1;
            }
        }
    }
}
