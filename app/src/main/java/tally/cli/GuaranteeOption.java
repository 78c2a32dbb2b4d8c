package tally.cli;

import picocli.CommandLine.Option;
import tally.streams.app.TallyStreamsConfig;

/** The Streams processing guarantee, shared by the commands that run the application. */
final class GuaranteeOption {

    @Option(names = "--processing-guarantee", paramLabel = "GUARANTEE", defaultValue = TallyStreamsConfig.EXACTLY_ONCE,
            description = "exactly_once_v2 or at_least_once (default: ${DEFAULT-VALUE}).")
    String guarantee;
}
