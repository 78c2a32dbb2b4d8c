package tally.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import tally.streams.kafka.NearestName;

/**
 * Every option from the environment, for containers: {@code --http-port} is
 * {@code TALLY_HTTP_PORT}, {@code --processing-guarantee} is {@code TALLY_PROCESSING_GUARANTEE}
 * ({@code TALLY_} and the long name upper-cased, dashes as underscores). The command line wins;
 * without either, the option's own default applies. A {@code TALLY_*} variable that no option of
 * any command has (nor {@link #OTHERS}) is refused with the nearest valid name: a misspelled
 * {@code TALLY_BOOTSTRAP_SERVER} must not be ignored.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    static final String PREFIX = "TALLY_";
    /**
     * Variables read elsewhere than through an option: stack traces, the log level (log4j2.xml), and
     * the instances' shared token, a secret kept off the command line ({@link HttpOptions#INTERNAL_TOKEN}).
     */
    static final Set<String> OTHERS = Set.of("TALLY_DEBUG", "TALLY_LOG_LEVEL", HttpOptions.INTERNAL_TOKEN);

    private final Map<String, String> env;

    EnvironmentDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    static String variable(OptionSpec option) {
        return PREFIX + option.longestName().replaceFirst("^-+", "").toUpperCase(Locale.ROOT).replace('-', '_');
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String value = env.get(variable(option));
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The message of a bad option value, naming the variable it came from when it came from the
     * environment ({@code TALLY_HTTP_PORT: 'abc' is not a port number; ...}): the user never typed
     * {@code --http-port}. A value given on the command line keeps picocli's message.
     */
    String fromEnvironment(CommandLine.ParameterException e) {
        String picocli = e.getArgSpec() instanceof OptionSpec option ? "Invalid value for option '" + option.longestName() + "': " : null;
        if (picocli == null || !e.getMessage().startsWith(picocli)) {
            return e.getMessage();
        }
        String variable = variable((OptionSpec) e.getArgSpec());
        String value = env.get(variable);
        if (value == null || !value.equals(e.getValue())) {
            return e.getMessage();
        }
        return variable + ": " + e.getMessage().substring(picocli.length());
    }

    /**
     * Refuses the first {@code TALLY_*} variable of the environment that is no option's of any
     * command of {@code cli}: the same environment serves every command of a deployment (the
     * image sets {@code TALLY_DATA_DIR} for all), so an option of another command is not a mistake.
     */
    void requireKnown(CommandLine cli) {
        Set<String> known = new TreeSet<>(OTHERS);
        collect(cli.getCommandSpec(), known);
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.startsWith(PREFIX) && !known.contains(name)) {
                throw new CommandLine.ParameterException(cli, "unknown variable " + name + " in the environment; did you mean "
                        + NearestName.among(known, name) + "?");
            }
        }
    }

    private static void collect(CommandSpec command, Set<String> known) {
        for (OptionSpec option : command.options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                known.add(variable(option));
            }
        }
        command.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), known));
    }
}
