package tally.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tally.stats.json.Json;

/**
 * The assembled real-news development set (realnews/README.md) is well formed: every item has a
 * date, a language and a form, and its text holds every figure's evidence. The texts are stored
 * copies of news pages kept out of git, so a clean clone has no build folder and this test skips.
 */
class RealNewsBuildTest {

    private static final Set<String> FORMS = Set.of("passage", "page");

    @Test
    void everyAssembledItemIsWellFormedAndHoldsItsEvidence() throws IOException {
        Path build = RealNewsFolder.find("build");
        assumeTrue(build != null, "realnews/build not assembled (python3 tools/realnews.py assemble)");
        List<Path> files;
        try (Stream<Path> list = Files.list(build)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "realnews/build holds no .jsonl file");
        int figures = 0;
        for (Path file : files) {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                String where = file.getFileName() + ":" + n;
                JsonNode item = Json.MAPPER.readTree(line);
                String text = item.path("text").asText("");
                assertFalse(text.isBlank(), where + ": no text");
                assertTrue(item.path("published").asText("").matches("\\d{4}-\\d{2}-\\d{2}"), where + ": published");
                assertTrue(Set.of("en", "es").contains(item.path("lang").asText()), where + ": lang");
                assertTrue(FORMS.contains(item.path("form").asText()), where + ": form");
                for (JsonNode figure : item.path("expect")) {
                    String evidence = figure.path("evidence").asText("");
                    assertFalse(evidence.isBlank(), where + ": a figure without evidence");
                    assertTrue(text.contains(evidence), where + ": evidence not in the text: " + evidence);
                    figures++;
                }
            }
            // The evaluation reads the same file: metrics, qualifiers, periods and bases must parse.
            List<GoldItem> items = Evaluation.load(file);
            assertEquals(n, items.size(), file + ": one item a line");
            items.forEach(i -> assertNotNull(i.expect(), i.id() + ": expect"));
        }
        assertTrue(figures > 0, "the assembled set holds figures");
    }
}
