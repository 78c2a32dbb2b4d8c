package tally.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How a command logs, an option of every command (so also {@code TALLY_LOG_FORMAT} and
 * {@code TALLY_LOG_LEVELS}): text lines with ISO 8601 timestamps, or one JSON document per line
 * (Log4j's JsonTemplateLayout, Elastic Common Schema) for a log collector; and the level of any
 * logger, Kafka's included, without a configuration file of one's own.
 */
final class LogOptions {

    enum Format { TEXT, JSON }

    /** The system property that log4j2.xml selects its layout by. */
    static final String FORMAT_PROPERTY = "tally.log.format";

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text", converter = Formats.class,
            completionCandidates = Formats.class,
            description = "Log lines as ${COMPLETION-CANDIDATES} (json: one JSON document per line, Elastic Common Schema; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--log-levels", paramLabel = "LOGGER=LEVEL[,...]", converter = Levels.class,
            description = "Levels of loggers, e.g. org.apache.kafka=WARN,tally.streams=DEBUG (root for all others; "
                    + "default: Tally WARN, Kafka and all others ERROR).")
    LoggerLevels levels;

    /** Levels by logger name, in the order given; {@code root} for the root logger. */
    record LoggerLevels(Map<String, Level> byLogger) {
    }

    /** Applies the options to Log4j: called once the command line is parsed, before the command runs. */
    void apply() {
        if (format == Format.JSON) {
            System.setProperty(FORMAT_PROPERTY, "json");
            Configurator.reconfigure();
        }
        if (levels != null) {
            Map<String, Level> byLogger = new LinkedHashMap<>(levels.byLogger());
            Level root = byLogger.remove("root");
            if (root != null) {
                Configurator.setLevel(LogManager.ROOT_LOGGER_NAME, root);
            }
            Configurator.setLevel(byLogger);
        }
    }

    static final class Formats extends Choice.OfEnum<Format> {
        Formats() {
            super(Format.class);
        }
    }

    /** {@code LOGGER=LEVEL,...}: each level one of Log4j's, refused with the valid ones otherwise. */
    static final class Levels implements ITypeConverter<LoggerLevels> {
        private static final String VALID = "OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE, ALL";

        @Override
        public LoggerLevels convert(String value) {
            Map<String, Level> levels = new LinkedHashMap<>();
            for (String entry : value.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                String logger = eq < 0 ? "" : entry.substring(0, eq).strip();
                if (logger.isEmpty()) {
                    throw new TypeConversionException("'" + entry.strip() + "' is not LOGGER=LEVEL, e.g. org.apache.kafka=WARN");
                }
                String name = entry.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
                Level level = Level.getLevel(name);
                if (level == null) {
                    throw new TypeConversionException("'" + entry.substring(eq + 1).strip() + "' (for " + logger + ") is not a level; expected one of " + VALID);
                }
                levels.put(logger, level);
            }
            return new LoggerLevels(levels);
        }
    }
}
