package tally.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.ingest.extract.FigureExtractor;
import tally.ingest.publish.ArticleLimits;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.publish.Reextraction;
import tally.streams.kafka.KafkaConnection;
import tally.streams.kafka.TopicSetup;

/** {@code tally reextract}: figures of every stored article again, with the current extractor. */
@Command(name = "reextract",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts the figures of every article in tally.articles again with the current extractor.",
            "",
            "The new figures carry the current extractor version; the Streams application then counts only the "
                + "newest version of each article's figures, so no article is counted twice."})
final class ReextractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        try (KafkaConnection connection = kafka.open()) {
            TopicSetup.ensure(connection.client(), connection.environment(), kafka.partitions, kafka.replicationFactor);
            try (KafkaPublisher publisher = new KafkaPublisher(connection.client(), connection.environment())) {
                Reextraction.Result r = Reextraction.run(connection.client(), connection.environment(), publisher);
                spec.commandLine().getOut().printf("tally reextract: %d articles, %d figures published with extractor version %s%s%n",
                        r.articles(), r.figures(), FigureExtractor.VERSION,
                        (r.unreadable() == 0 ? "" : "; " + r.unreadable() + " unreadable records skipped")
                        + (r.overLimit() == 0 ? "" : "; " + r.overLimit() + " articles with more than " + ArticleLimits.MAX_FIGURES
                                + " figures not re-extracted (their earlier figures still count)"));
                return r.unreadable() == 0 && r.overLimit() == 0 ? 0 : 1;
            }
        }
    }
}
