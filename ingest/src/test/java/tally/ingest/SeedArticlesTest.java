package tally.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.InputProblem;
import tally.stats.Figure;
import tally.stats.json.Json;

/**
 * The two articles Tally was specified from (../shared/seeds, real web pages with their chrome):
 * exactly the three figures of the specification from the first, none from the second. Skips
 * when ../shared is not there.
 */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of(System.getProperty("tally.shared.dir", "../../shared"), "seeds");

    @Test
    void firstSeedYieldsExactlyTheThreeSpecifiedFigures() throws Exception {
        List<String> got = extract("000_5fa696aebb3ed7e1.txt").stream().map(SeedArticlesTest::describe).toList();
        assertEquals(List.of(
                "deaths at_least 35000 MX 2006-10-01..2012-09-17 total cumulative",
                "deaths exact 15273 MX 2011-01-01..2011-12-31 total flow",
                "migrants approximately 150000 US 2012-01-01..2012-12-31 per_year flow change -70.0 baseline 500000.0"), got);
    }

    @Test
    void secondSeedYieldsNoFigure() throws Exception {
        assertEquals(List.of(), extract("003_64fc0cd4ab1f05db.txt"));
    }

    private static List<Figure> extract(String file) throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not here; skipping the seed articles");
        JsonNode meta = null;
        for (JsonNode seed : Json.MAPPER.readTree(SEEDS.resolve("seeds.json").toFile())) {
            if (seed.get("file").asText().equals(file)) {
                meta = seed;
            }
        }
        assertNotNull(meta, file + " is listed in seeds.json");
        LocalDate published = LocalDate.parse(meta.get("published").asText());
        ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(published, meta.get("outlet").asText(), null));
        Extraction extraction = new Extraction();
        List<Figure> figures = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        reader.read(SEEDS.resolve(file).toString(), System.in,
                ArticleSink.of(article -> figures.addAll(extraction.process(article).figures()), problems::add));
        assertTrue(problems.isEmpty(), problems.toString());
        return figures;
    }

    private static String describe(Figure f) {
        String s = f.metric().json() + " " + f.qualifier().json() + " " + (long) f.value() + " " + f.place() + " "
                + f.period().from() + ".." + f.period().to() + " " + f.basis().json() + " " + f.kind().json();
        return f.change() == null ? s : s + " change " + f.change().percent() + " baseline " + f.change().baseline();
    }
}
