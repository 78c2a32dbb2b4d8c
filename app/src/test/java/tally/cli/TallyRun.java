package tally.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A {@code tally} command run in this JVM by a test: its exit status and what it printed. */
public record TallyRun(int exit, String out, String err) {

    public static TallyRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Tally.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new TallyRun(exit, out.toString(), err.toString());
    }
}
