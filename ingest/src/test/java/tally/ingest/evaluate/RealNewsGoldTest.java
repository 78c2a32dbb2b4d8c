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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tally.stats.json.Json;

/**
 * The committed real-news gold (realnews/gold, no texts needed, so it runs on a clean clone) holds each
 * article once: a second item for the same url counts its figures twice, and a dev copy of a holdout or
 * fresh item leaks tuning into the measurement that must stay unseen. `tools/realnews.py check` refuses the
 * same pairs when the texts are present.
 */
class RealNewsGoldTest {

    /**
     * What makes two urls the same article: scheme, "www.", fragment, a trailing slash and the query do not, unless the
     * address has no path and the query is all that names the article.
     */
    static String articleKey(String url) {
        String key = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").split("#", 2)[0];
        String[] addressAndQuery = key.split("\\?", 2);
        String address = addressAndQuery[0].replaceAll("/+$", "");
        // A site that names its articles only by the query ("example.org/?p=123") keeps it.
        return !address.contains("/") && addressAndQuery.length == 2 ? address + "?" + addressAndQuery[1] : address;
    }

    @Test
    void sameArticleIsTheSameKey() {
        assertEquals(articleKey("https://www.example.org/a/b/?utm=1"), articleKey("http://example.org/a/b"));
        assertTrue(!articleKey("https://example.org/a/b").equals(articleKey("https://example.org/a/c")));
        assertEquals(articleKey("https://www.example.org/?p=12"), articleKey("http://example.org?p=12#top"));
        assertTrue(!articleKey("https://example.org/?p=12").equals(articleKey("https://example.org/?p=13")));
    }

    @Test
    void everyArticleIsOneItem() throws IOException {
        Path gold = RealNewsFolder.find("gold");
        assertNotNull(gold, "realnews/gold is committed");
        List<Path> files;
        try (Stream<Path> list = Files.list(gold)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "the dev and fresh gold of both languages");
        Map<String, String> firstItem = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode item = Json.MAPPER.readTree(line);
                String id = item.path("id").asText();
                String earlier = firstItem.putIfAbsent(articleKey(item.path("url").asText()), id);
                if (earlier != null) {
                    twice.add(id + " is the article of " + earlier);
                }
            }
        }
        assertTrue(firstItem.size() > 400, "the gold was read");
        assertEquals(List.of(), twice);
    }
}
