package tally.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.stats.json.Json;

/**
 * The committed mirror set (realnews/mirror, realnews/README.md "Mirror set"): every item is one `evaluate` reads,
 * every evidence string is in its own text, and no item mirrors an article of the real gold, whose unseen items a
 * mirror would otherwise leak into tuning. `tools/mirror.py check` checks the fields' values too.
 */
class MirrorSetTest {

    @Test
    void everyItemIsEvaluableAndMirrorsAnArticleTheRealSetDoesNotHold() throws IOException {
        Path mirror = RealNewsFolder.find("mirror");
        Path gold = RealNewsFolder.find("gold");
        assertNotNull(mirror, "realnews/mirror is committed");
        assertNotNull(gold, "realnews/gold is committed");
        Set<String> realArticles = new HashSet<>();
        for (Path file : jsonl(gold)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                realArticles.add(RealNewsGoldTest.articleKey(Json.MAPPER.readTree(line).path("url").asText()));
            }
        }
        Set<String> ids = new HashSet<>();
        Set<String> mirrored = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int figures = 0;
        for (Path file : jsonl(mirror)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode node = Json.MAPPER.readTree(line);
                GoldItem item = Json.MAPPER.readValue(line, GoldItem.class);
                String key = RealNewsGoldTest.articleKey(node.path("mirrors").asText());
                if (!ids.add(item.id())) {
                    problems.add(item.id() + ": id again");
                }
                if (realArticles.contains(key)) {
                    problems.add(item.id() + ": mirrors an article of the real gold");
                }
                if (!mirrored.add(key)) {
                    problems.add(item.id() + ": mirrors an article another item mirrors");
                }
                for (JsonNode figure : node.path("expect")) {
                    figures++;
                    if (!item.text().contains(figure.path("evidence").asText("\u0000"))) {
                        problems.add(item.id() + ": evidence not in the text: " + figure.path("evidence"));
                    }
                }
            }
        }
        assertTrue(figures > 100, "the mirror set was read");
        assertEquals(List.of(), problems);
    }

    private static List<Path> jsonl(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
