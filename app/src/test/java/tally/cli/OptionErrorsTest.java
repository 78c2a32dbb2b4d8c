package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Mistakes on the command line and in the environment, through the real {@code tally} command
 * line: each is refused with one line that names the option or variable, the form expected and
 * the valid values (or the nearest valid name), with no Java class name and no usage dump; none
 * is ignored, and none starts a Kafka broker.
 */
class OptionErrorsTest {

    @TempDir
    Path dir;

    private static TallyRun tally(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Tally.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new TallyRun(exit, out.toString(), err.toString());
    }

    /** The one line a refused command printed, after checking it is a usage error (2) or a failure (1) with no more said. */
    private static String oneLine(TallyRun run, int exit) {
        assertEquals(exit, run.exit(), run.out() + run.err());
        String[] lines = run.err().strip().split("\n");
        assertEquals(1, lines.length, "one line:\n" + run.err());
        assertFalse(lines[0].contains("java.") || lines[0].contains("Exception"), "no Java class name: " + lines[0]);
        return lines[0];
    }

    @Test
    void aBadDateNamesTheOptionAndTheForm() {
        String line = oneLine(tally(Map.of(), "extract", "--published", "06/05/2024", "x.txt"), 2);
        assertEquals("tally extract: Invalid value for option '--published': '06/05/2024' is not a date; expected YYYY-MM-DD, "
                + "e.g. 2024-06-05 (see 'tally extract --help')", line);
    }

    @Test
    void aBadWordNamesTheValidOnes() {
        assertEquals("tally export: Invalid value for positional parameter at index 0 (WHAT): 'estimatez' is not one of estimates, "
                + "series, mentions, figures (see 'tally export --help')", oneLine(tally(Map.of(), "export", "estimatez"), 2));
        assertEquals("tally export: Invalid value for option '--format': 'xlsx' is not one of csv, jsonl (see 'tally export --help')",
                oneLine(tally(Map.of(), "export", "estimates", "--format", "xlsx"), 2));
        assertEquals("tally run: Invalid value for option '--processing-guarantee': 'exactly_once' is not one of exactly_once_v2, "
                + "at_least_once (see 'tally run --help')", oneLine(tally(Map.of(), "run", "--processing-guarantee", "exactly_once"), 2));
        assertEquals("tally extract: Invalid value for option '--lang': 'fr' is not one of en, es (see 'tally extract --help')",
                oneLine(tally(Map.of(), "extract", "--lang", "fr", "x.txt"), 2));
        assertTrue(tally(Map.of(), "export", "--help").out().contains("estimates, series, mentions, figures"), "the help lists them too");
    }

    @Test
    void aBadNumberOrPortSaysWhatIsExpected() {
        assertEquals("tally generate: Invalid value for option '--articles': 'ten' is not a whole number (see 'tally generate --help')",
                oneLine(tally(Map.of(), "generate", "--articles", "ten"), 2));
        assertEquals("tally run: Invalid value for option '--http-port': '80800' is not a port number; expected 0 (any free port) to 65535 "
                + "(see 'tally run --help')", oneLine(tally(Map.of(), "run", "--http-port", "80800"), 2));
        assertEquals("tally run: Invalid value for option '--cors-origin' (ORIGIN): 'dash.example.org/app' is not an origin; expected "
                + "http(s)://HOST[:PORT] with no path, e.g. https://dash.example.org or http://localhost:3000 (see 'tally run --help')",
                oneLine(tally(Map.of("TALLY_CORS_ORIGIN", "https://ok.example,dash.example.org/app"), "run"), 2),
                "checked as the command line is read, also from the environment");
    }

    @Test
    void aBadValueFromTheEnvironmentIsNamedByItsVariable() {
        // Issue 20: "TALLY_HTTP_PORT=abc" said "--http-port", which the user never typed.
        assertEquals("tally run: TALLY_HTTP_PORT: 'abc' is not a port number; expected 0 (any free port) to 65535 (see 'tally run --help')",
                oneLine(tally(Map.of("TALLY_HTTP_PORT", "abc"), "run"), 2));
        assertEquals("tally ingest: TALLY_PARTITIONS: 'four' is not a whole number (see 'tally ingest --help')",
                oneLine(tally(Map.of("TALLY_PARTITIONS", "four"), "ingest", "x.jsonl"), 2));
        assertEquals("tally ingest: TALLY_TOPIC_PREFIX: 'staging tally' may hold only letters, digits, '.', '_' and '-' "
                + "(see 'tally ingest --help')", oneLine(tally(Map.of("TALLY_TOPIC_PREFIX", "staging tally"), "ingest", "x.jsonl"), 2));
        assertEquals("tally run: TALLY_LOG_LEVELS: 'LOUD' (for org.apache.kafka) is not a level; expected one of OFF, FATAL, ERROR, "
                + "WARN, INFO, DEBUG, TRACE, ALL (see 'tally run --help')",
                oneLine(tally(Map.of("TALLY_LOG_LEVELS", "tally=INFO,org.apache.kafka=LOUD"), "run"), 2));
        assertEquals("tally run: TALLY_LOG_FORMAT: 'xml' is not one of text, json (see 'tally run --help')",
                oneLine(tally(Map.of("TALLY_LOG_FORMAT", "xml"), "run"), 2));
        assertEquals("tally run: Invalid value for option '--http-port': 'x' is not a port number; expected 0 (any free port) to 65535 "
                + "(see 'tally run --help')", oneLine(tally(Map.of("TALLY_HTTP_PORT", "9090"), "run", "--http-port", "x"), 2),
                "a value typed on the command line is named by its option");
    }

    @Test
    void anUnknownTallyVariableIsRefusedWithTheNearestName() {
        assertEquals("tally: unknown variable TALLY_BOOTSTRAP_SERVER in the environment; did you mean TALLY_BOOTSTRAP_SERVERS? "
                + "(see 'tally --help')", oneLine(tally(Map.of("TALLY_BOOTSTRAP_SERVER", "kafka:9092"), "run"), 2));
        assertEquals("tally: unknown variable TALLY_HTTP_PROT in the environment; did you mean TALLY_HTTP_PORT? (see 'tally --help')",
                oneLine(tally(Map.of("TALLY_HTTP_PROT", "80"), "extract", "x.txt"), 2));
        // Another command's option is not a mistake: one environment serves every command of a deployment.
        TallyRun extract = tally(Map.of("TALLY_HTTP_PORT", "9090", "TALLY_DATA_DIR", dir.toString(), "TALLY_LOG_LEVEL", "warn"),
                "extract", "--published", "2011-01-13", dir.resolve("none.txt").toString());
        assertFalse(extract.err().contains("unknown variable"), extract.err());
    }

    @Test
    void aMisspelledKafkaSettingIsRefusedBeforeAnyConnection() throws Exception {
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "bootstrap.server=kafka:9092\n");
        assertEquals("tally ingest: unknown Kafka setting 'bootstrap.server' in " + config + "; did you mean 'bootstrap.servers'?",
                oneLine(tally(Map.of(), "ingest", "--kafka-config", config.toString(), "--data-dir", dir.toString(), "x.txt"), 1));
        Files.writeString(config, "bootstrap.servers=kafka:9092\nsecurty.protocol=SASL_SSL\n");
        assertEquals("tally run: unknown Kafka setting 'securty.protocol' in " + config + "; did you mean 'security.protocol'?",
                oneLine(tally(Map.of(), "run", "--kafka-config", config.toString(), "--data-dir", dir.toString()), 1));
    }

    @Test
    void withoutABrokerAddressOnlyDemoStartsOne() {
        for (String command : new String[] {"run", "ingest", "export", "replay", "reextract"}) {
            String[] args = command.equals("ingest") ? new String[] {command, "--data-dir", dir.toString(), "x.txt"}
                    : command.equals("export") ? new String[] {command, "estimates", "--data-dir", dir.toString()}
                    : new String[] {command, "--data-dir", dir.toString()};
            String line = oneLine(tally(Map.of(), args), 1);
            assertEquals("tally " + command + ": no Kafka to use: pass --bootstrap-servers HOST:PORT (or set KAFKA_BOOTSTRAP_SERVERS, "
                    + "or bootstrap.servers in --kafka-config), or --embedded for a broker of its own in " + dir + ", or start 'tally demo' on "
                    + dir + " first", line);
        }
        assertFalse(Files.exists(dir.resolve("kafka")), "no private broker was started");
    }
}
