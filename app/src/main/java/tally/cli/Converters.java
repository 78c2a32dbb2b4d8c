package tally.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tally.stats.TallyEnvironment;
import tally.stats.Dataset;

/**
 * How the command line reads dates and numbers: a bad value says the form expected, in the
 * user's words, never a Java class name ("cannot convert '06/05/2024' to class java.time.LocalDate").
 * Picocli puts the option's name in front.
 */
final class Converters {

    private Converters() {
    }

    static void register(CommandLine cli) {
        cli.registerConverter(LocalDate.class, Converters::date);
        ITypeConverter<Integer> integer = v -> (int) whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        cli.registerConverter(Integer.class, integer);
        cli.registerConverter(Integer.TYPE, integer);
        ITypeConverter<Long> longs = v -> whole(v, Long.MIN_VALUE, Long.MAX_VALUE);
        cli.registerConverter(Long.class, longs);
        cli.registerConverter(Long.TYPE, longs);
        ITypeConverter<Short> shorts = v -> (short) whole(v, Short.MIN_VALUE, Short.MAX_VALUE);
        cli.registerConverter(Short.class, shorts);
        cli.registerConverter(Short.TYPE, shorts);
        cli.registerConverter(Duration.class, Converters::duration);
    }

    /** A duration as people write it: 500ms, 30s, 15m, 2h, 1d (or ISO-8601, PT15M); at least a millisecond. */
    static Duration duration(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m|h|d)").matcher(v);
        Duration d = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else if (v.startsWith("pt") || v.startsWith("p")) {
            try {
                d = Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null || d.toMillis() < 1) {
            throw new TypeConversionException("'" + value + "' is not a duration; expected e.g. 500ms, 30s, 15m, 2h or 1d");
        }
        return d;
    }

    /** A dataset name ({@code --dataset}), checked as records' names are. */
    static final class DatasetName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Dataset.check(value.strip());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2024-06-05");
        }
    }

    static long whole(String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new TypeConversionException(value + " is out of range (" + min + " to " + max + ")");
        }
        return n;
    }

    /** A topic prefix or an application id: what Kafka allows in a topic name. */
    static final class KafkaName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String problem = TallyEnvironment.problem(value);
            if (problem != null) {
                throw new TypeConversionException(problem);
            }
            return value;
        }
    }

    /** A TCP port: 0 (any free one) to 65535. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value.strip());
                if (port >= 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // said below, as for a number out of range
            }
            throw new TypeConversionException("'" + value + "' is not a port number; expected 0 (any free port) to 65535");
        }
    }
}
