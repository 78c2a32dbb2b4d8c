package tally.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option from the environment, for containers: {@code --http-port} is
 * {@code TALLY_HTTP_PORT}, {@code --processing-guarantee} is {@code TALLY_PROCESSING_GUARANTEE}
 * ({@code TALLY_} and the long name upper-cased, dashes as underscores). The command line wins;
 * without either, the option's own default applies.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    static final String PREFIX = "TALLY_";

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
}
