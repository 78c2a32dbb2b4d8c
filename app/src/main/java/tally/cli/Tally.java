package tally.cli;

import picocli.CommandLine;
import tally.stats.BuildInfo;
import picocli.CommandLine.Command;

/** The one command line of Tally: {@code java -jar tally.jar COMMAND}. */
@Command(name = "tally",
        mixinStandardHelpOptions = true,
        versionProvider = Tally.Version.class,
        description = "Violence and migration statistics from news articles.",
        subcommands = {ExtractCommand.class, EvaluateCommand.class, GenerateCommand.class, BenchCommand.class, IngestCommand.class, RunCommand.class, DemoCommand.class,
            ReplayCommand.class, ReextractCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Tally {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line with options defaulting to {@code env}'s TALLY_* variables ({@link EnvironmentDefaults}). */
    static CommandLine commandLine(java.util.Map<String, String> env) {
        CommandLine cli = new CommandLine(new Tally());
        cli.setDefaultValueProvider(new EnvironmentDefaults(env));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A user sees one line; the stack trace is for TALLY_DEBUG=1.
            commandLine.getErr().println("tally " + commandLine.getCommandName() + ": " + e.getMessage());
            if (System.getenv("TALLY_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tally " + BuildInfo.current().describe()};
        }
    }
}
