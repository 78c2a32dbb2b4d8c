package tally.cli;

import java.util.List;
import picocli.CommandLine;
import tally.stats.BuildInfo;
import picocli.CommandLine.Command;

/** The one command line of Tally: {@code java -jar tally.jar COMMAND}. */
@Command(name = "tally",
        mixinStandardHelpOptions = true,
        versionProvider = Tally.Version.class,
        description = "Violence and migration statistics from news articles.",
        subcommands = {ExtractCommand.class, EvaluateCommand.class, GenerateCommand.class, BenchCommand.class, IngestCommand.class, RunCommand.class, DemoCommand.class,
            ReplayCommand.class, ReextractCommand.class, RetractCommand.class, ExportCommand.class, WatchCommand.class, CommandLine.HelpCommand.class})
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
        cli.getSubcommands().values().stream().filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(sub -> sub.addMixin(LOGGING, new LogOptions()));
        Converters.register(cli);
        EnvironmentDefaults defaults = new EnvironmentDefaults(env);
        cli.setDefaultValueProvider(defaults);
        cli.setExecutionStrategy(parseResult -> {
            defaults.requireKnown(cli);
            List<CommandLine> commands = parseResult.asCommandLineList();
            if (commands.get(commands.size() - 1).getMixins().get(LOGGING) instanceof LogOptions logging) {
                logging.apply();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setParameterExceptionHandler((e, args) -> {
            // One line and where to read more, not the whole usage: the option's name and what it takes are in the message.
            CommandLine command = e.getCommandLine();
            command.getErr().println(command.getCommandSpec().qualifiedName(" ") + ": " + defaults.fromEnvironment(e)
                    + " (see '" + command.getCommandSpec().qualifiedName(" ") + " --help')");
            CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
            command.getErr().flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
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

    /** The name of the logging options' mixin on every command. */
    private static final String LOGGING = "logging";

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tally " + BuildInfo.current().describe()};
        }
    }
}
