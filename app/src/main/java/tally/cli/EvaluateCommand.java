package tally.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.ingest.evaluate.Evaluation;

/** {@code tally evaluate}: the extractor's accuracy on a gold set. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Scores extraction on a gold set.",
            "",
            "A gold set is JSON Lines of {id, published, text, expect: [figures]}. Prints precision, recall and F1 "
                + "on (metric, value) and, on matched figures, the accuracy of place, qualifier, period, basis and "
                + "percent change. The project's sets are in ingest/src/test/resources/gold/."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "Gold set file (JSON Lines).")
    Path gold;

    @Option(names = "--misses", description = "Also list every disagreement.")
    boolean misses;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isReadable(gold)) {
            spec.commandLine().getErr().println("tally evaluate: " + gold + ": no such file");
            return 1;
        }
        Evaluation.Report report = Evaluation.run(Evaluation.load(gold));
        out.println(report.summary());
        if (misses) {
            report.misses().forEach(m -> out.printf("%s %-9s %s | %s%n", m.itemId(), m.kind(), m.detail(), m.text()));
        }
        return 0;
    }
}
