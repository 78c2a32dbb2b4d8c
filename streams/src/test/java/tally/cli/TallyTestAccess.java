package tally.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs a command in this JVM for tests in other packages; its output is discarded. */
public final class TallyTestAccess {

    private TallyTestAccess() {
    }

    public static int run(String... args) {
        picocli.CommandLine cli = Tally.commandLine(Map.of());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }
}
