package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.BuildInfo;
import tally.stats.json.Json;

/**
 * What a log collector reads from a real {@code tally run} (issue 20): text lines with ISO 8601
 * timestamps and their zone, or JSON documents in the Elastic Common Schema with
 * {@code --log-format json}; and any logger's level set from the environment.
 */
class LogOutputTest {

    /** A text log line: ISO 8601 date and time with milliseconds and the zone offset, level, logger, message. */
    private static final Pattern TEXT_LINE = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(?:Z|[+-]\\d{2}:\\d{2})) (\\w+)\\s+(\\S+) - (.*)$");
    private static final String RUNNING = "tally run: streams running against";

    @TempDir
    Path dir;

    @Test
    void textLinesCarryAnIsoTimestampWithZoneAndLevelsComeFromTheEnvironment() throws Exception {
        String out;
        try (TallyProcess run = TallyProcess.start(dir.resolve("run.log"),
                Map.of("TALLY_LOG_LEVELS", "tally=INFO,org.apache.kafka.streams=INFO"), List.of("-Xmx512m"),
                "run", "--embedded", "--data-dir", dir.resolve("data").toString(), "--http-port", "0")) {
            run.await(RUNNING, Duration.ofMinutes(3));
            int exit = run.stop();
            out = run.output();
            assertTrue(exit == 0 || exit == 143, "a clean stop on SIGTERM (143 is the JVM's own status for it): " + exit + "\n" + out);
        }
        List<Matcher> lines = new ArrayList<>();
        out.lines().map(TEXT_LINE::matcher).filter(Matcher::matches).forEach(lines::add);
        String started = "Tally " + BuildInfo.current().describe() + " starting tally-streams";
        assertTrue(lines.stream().anyMatch(m -> m.group(3).equals("TallyApp") && m.group(4).equals(started)),
                "Tally's own INFO line at start, with its version and commit (" + started + "):\n" + out);
        assertTrue(lines.stream().anyMatch(m -> m.group(2).equals("INFO") && m.group(3).equals("KafkaStreams")),
                "org.apache.kafka.streams raised from ERROR to INFO:\n" + out);
        assertTrue(lines.stream().noneMatch(m -> m.group(2).equals("INFO") && m.group(3).equals("KafkaConfig")),
                "the broker's own loggers (kafka.*) stay at ERROR:\n" + out);
        for (Matcher m : lines) {
            OffsetDateTime.parse(m.group(1)); // ISO 8601 with the zone, or this throws
        }
    }

    @Test
    void jsonLinesAreOneEcsDocumentEach() throws Exception {
        String out;
        try (TallyProcess run = TallyProcess.start(dir.resolve("run.log"), Map.of("TALLY_LOG_LEVELS", "tally=INFO"), List.of("-Xmx512m"),
                "run", "--embedded", "--data-dir", dir.resolve("data").toString(), "--http-port", "0", "--log-format", "json")) {
            run.await(RUNNING, Duration.ofMinutes(3));
            int exit = run.stop();
            out = run.output();
            assertTrue(exit == 0 || exit == 143, "a clean stop on SIGTERM (143 is the JVM's own status for it): " + exit + "\n" + out);
        }
        List<JsonNode> documents = new ArrayList<>();
        for (String line : out.lines().toList()) {
            assertFalse(TEXT_LINE.matcher(line).matches(), "no text log line in JSON mode: " + line);
            if (line.startsWith("{")) {
                documents.add(Json.MAPPER.readTree(line));
            }
        }
        JsonNode starting = documents.stream().filter(d -> d.path("log.logger").asText().equals("tally.streams.app.TallyApp")
                && d.path("message").asText().contains("starting tally-streams")).findFirst()
                .orElseThrow(() -> new AssertionError("no JSON document of TallyApp's start:\n" + out));
        assertEquals("INFO", starting.path("log.level").asText());
        OffsetDateTime.parse(starting.path("@timestamp").asText());
        assertTrue(out.contains(RUNNING), "what the command prints stays plain text");
    }
}
