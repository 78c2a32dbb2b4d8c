package tally.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.InputProblem;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;

/** The bundled sample articles read cleanly, and the pages' chrome yields none of its figures. */
class SampleArticlesTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    private static Map<String, List<Double>> figuresByOrigin() {
        Map<String, List<Double>> byOrigin = new TreeMap<>();
        List<InputProblem> problems = new ArrayList<>();
        Extraction extraction = new Extraction();
        new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(SAMPLES.toString(), null, new ArticleSink() {
            @Override
            public void article(RawArticle a) {
                List<Double> values = byOrigin.computeIfAbsent(Path.of(a.origin().replaceAll(":\\d+$", "")).getFileName().toString(), k -> new ArrayList<>());
                extraction.process(a).figures().stream().map(Figure::value).forEach(values::add);
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem);
            }
        });
        assertEquals(List.of(), problems);
        return byOrigin;
    }

    @Test
    void thereAreAtLeastThirtyArticlesAndTheyCarryFigures() throws Exception {
        long articles = Files.readAllLines(SAMPLES.resolve("articles.jsonl")).stream().filter(l -> !l.isBlank()).count();
        assertTrue(articles >= 30, "articles: " + articles);
        assertTrue(figuresByOrigin().get("articles.jsonl").size() >= articles, "about one figure or more per article");
    }

    @Test
    void pagesYieldTheirBodyFiguresAndNoneOfTheirChrome() {
        Map<String, List<Double>> byOrigin = figuresByOrigin();
        assertEquals(List.of(15273.0, 34612.0), byOrigin.get("harbor-city-post-2011-01-13-mexico-drug-war-toll.html"));
        assertEquals(List.of(356873.0, 477.0, 409849.0), byOrigin.get("rio-valley-sentinel-2013-02-04-border-deaths.html"));
        assertEquals(List.of(1_400_000.0, 3_000_000.0), byOrigin.get("desert-ledger-2012-04-24-net-migration-zero.txt"));
    }
}
