package tally.cli;

import picocli.CommandLine.Option;
import tally.streams.app.TallyStreamsConfig;

/** The Streams processing guarantee, shared by the commands that run the application. */
final class GuaranteeOption {

    @Option(names = "--processing-guarantee", paramLabel = "GUARANTEE", defaultValue = TallyStreamsConfig.EXACTLY_ONCE,
            converter = Choice.Guarantees.class, completionCandidates = Choice.Guarantees.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String guarantee;
}
