package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The container image is configured by TALLY_* variables: each one reaches its option; the command line wins. */
class EnvironmentDefaultsTest {

    private static RunCommand parseRun(Map<String, String> env, String... args) {
        CommandLine cli = Tally.commandLine(env);
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        ParseResult parsed = cli.parseArgs(all);
        return (RunCommand) parsed.subcommand().commandSpec().userObject();
    }

    @Test
    void everyOptionOfRunComesFromTheEnvironment() {
        RunCommand run = parseRun(Map.of(
                "TALLY_BOOTSTRAP_SERVERS", "kafka:9092",
                "TALLY_DATA_DIR", "/var/lib/tally",
                "TALLY_PARTITIONS", "8",
                "TALLY_REPLICATION_FACTOR", "3",
                "TALLY_PROCESSING_GUARANTEE", "at_least_once",
                "TALLY_HTTP_PORT", "9090",
                "TALLY_HTTP_HOST", "0.0.0.0",
                "TALLY_ADVERTISED_HTTP", "tally-1:9090",
                "TALLY_KAFKA_CONFIG", "/etc/tally/client.properties"));
        assertEquals("kafka:9092", run.kafka.bootstrapServers);
        assertEquals(Path.of("/var/lib/tally"), run.kafka.dataDir);
        assertEquals(8, run.kafka.partitions);
        assertEquals(3, run.kafka.replicationFactor);
        assertEquals(Path.of("/etc/tally/client.properties"), run.kafka.kafkaConfig);
        assertEquals("at_least_once", run.processing.guarantee);
        assertEquals(9090, run.http.port);
        assertEquals("0.0.0.0", run.http.host);
        assertEquals("tally-1:9090", run.http.advertised);
        assertEquals("tally-1", run.http.advertised(9090).host());
    }

    @Test
    void theCommandLineWinsAndDefaultsStay() {
        RunCommand run = parseRun(Map.of("TALLY_HTTP_PORT", "9090", "TALLY_PARTITIONS", " "), "--http-port", "7070");
        assertEquals(7070, run.http.port);
        assertEquals(4, run.kafka.partitions, "blank is unset: the option's default");
        assertEquals("127.0.0.1", run.http.host);
        assertEquals("exactly_once_v2", run.processing.guarantee);
        assertNull(run.kafka.bootstrapServers);
    }

    @Test
    void theVariableNameFollowsTheLongOption() {
        CommandLine cli = Tally.commandLine(Map.of());
        CommandLine.Model.OptionSpec port = cli.getSubcommands().get("run").getCommandSpec().findOption("--http-port");
        assertEquals("TALLY_HTTP_PORT", EnvironmentDefaults.variable(port));
    }
}
