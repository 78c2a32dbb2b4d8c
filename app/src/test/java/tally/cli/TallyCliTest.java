package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tally.stats.json.Json;

class TallyCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<JsonNode> figures() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(Json.MAPPER.readTree(line));
                }
            }
            return nodes;
        }
    }

    private static Run run(String stdin, String... args) {
        InputStream original = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            CommandLine cli = Tally.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void helpListsTheCommands() {
        Run r = run(null, "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("extract"));
        assertTrue(r.out().contains("evaluate"));
        assertEquals(0, run(null, "extract", "--help").exit());
    }

    @Test
    void extractWritesTheStableJsonShape() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Last year, 15,273 Mexicans were killed in drug-related violence.");
        Run r = run(null, "extract", "--published", "2012-09-17", "--source", "Herald", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode f = r.figures().get(0);
        List<String> fields = new ArrayList<>();
        Iterator<String> names = f.fieldNames();
        names.forEachRemaining(fields::add);
        assertTrue(fields.containsAll(List.of("id", "articleId", "ref", "published", "source", "category", "metric", "value",
                "qualifier", "place", "period", "basis", "quote", "span", "extractor")), fields.toString());
        assertEquals("violence", f.get("category").asText());
        assertEquals("deaths", f.get("metric").asText());
        assertEquals(15273, f.get("value").asLong());
        assertTrue(f.get("value").isIntegralNumber());
        assertEquals("exact", f.get("qualifier").asText());
        assertEquals("MX", f.get("place").asText());
        assertEquals("2011-01-01", f.get("period").get("from").asText());
        assertEquals("2011-12-31", f.get("period").get("to").asText());
        assertEquals("total", f.get("basis").asText());
        assertEquals("Herald", f.get("source").asText());
        assertTrue(f.get("ref").isNull());
        assertEquals(0, f.get("span").get("start").asInt());
    }

    @Test
    void aMissingFileIsOneLineAndANonZeroExit() {
        Run r = run(null, "extract", dir.resolve("missing.txt").toString());
        assertEquals(1, r.exit());
        assertEquals("tally extract: " + dir.resolve("missing.txt") + ": no such file", r.err().lines().findFirst().orElseThrow());
        assertFalse(r.err().contains("Exception"));
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void aBadLineIsNamedAndTheOtherLinesStillCount() throws Exception {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, "{\"id\":\"one\",\"published\":\"2012-01-01\",\"text\":\"Gunmen killed 4 people in Acapulco.\"}\n"
                + "{\"id\":\"two\",\"text\":\n"
                + "{\"id\":\"three\",\"published\":\"2012-01-01\",\"text\":\"Police arrested 12 suspects in Monterrey.\"}\n");
        Run r = run(null, "extract", file.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("one", "three"), r.figures().stream().map(n -> n.get("ref").asText()).toList());
        assertTrue(r.err().startsWith("tally extract: " + file + ":2: invalid JSON"), r.err());
    }

    @Test
    void binaryAndEmptyInputsAreRefusedClearly() throws Exception {
        Path bin = dir.resolve("x.bin");
        Files.write(bin, new byte[] {0, 1, 2, 3, (byte) 0xff});
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Run r = run(null, "extract", bin.toString(), empty.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(bin + ": binary or non-UTF-8 input, not an article"), r.err());
        assertTrue(r.err().contains(empty + ": empty input"), r.err());
    }

    @Test
    void standardInput() throws Exception {
        Run r = run("{\"published\":\"2014-07-28\",\"text\":\"A bomb blast in southern Afghanistan killed four civilians Saturday.\"}",
                "extract", "-");
        assertEquals(0, r.exit(), r.err());
        assertEquals("AF", r.figures().get(0).get("place").asText());
    }

    @Test
    void languageIsDetectedOrForced() throws Exception {
        Path file = dir.resolve("nota.jsonl");
        Files.writeString(file, "{\"published\":\"2011-01-14\",\"text\":\"En 2010 murieron 15 mil 273 personas en hechos atribuidos al crimen organizado en México, según cifras oficiales.\"}\n");
        Run detected = run(null, "extract", file.toString());
        assertEquals(0, detected.exit(), detected.err());
        assertEquals("es", detected.figures().get(0).get("lang").asText());
        assertEquals(15273, detected.figures().get(0).get("value").asLong());
        Run forced = run(null, "extract", "--lang", "en", file.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.figures().isEmpty(), "read as English, the Spanish sentence has no figure: " + forced.out());
        Run unknown = run(null, "extract", "--lang", "fr", file.toString());
        assertEquals(2, unknown.exit(), "a usage error, before any input is read");
        assertTrue(unknown.err().contains("Invalid value for option '--lang': 'fr' is not one of en, es"), unknown.err());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run(null, "extract").exit());
        assertEquals(2, run(null, "extract", "--published", "yesterday", "x.txt").exit());
        assertEquals(2, run(null, "frobnicate").exit());
    }

    @Test
    void evaluatePrintsTheScores() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"g1\",\"published\":\"2012-01-01\",\"text\":\"Gunmen killed 4 people.\","
                + "\"expect\":[{\"metric\":\"deaths\",\"value\":4,\"qualifier\":\"exact\",\"place\":null,"
                + "\"period\":{\"from\":\"2012-01-01\",\"to\":\"2012-01-01\"},\"basis\":\"total\"}]}\n"
                + "{\"id\":\"g2\",\"published\":\"2012-01-01\",\"text\":\"Two countries signed.\",\"expect\":[]}\n");
        Run r = run(null, "evaluate", gold.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("precision 1.000  recall 1.000  F1 1.000"), r.out());
    }
}
