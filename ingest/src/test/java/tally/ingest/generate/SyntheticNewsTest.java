package tally.ingest.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.evaluate.Evaluation;
import tally.ingest.evaluate.GoldItem;

class SyntheticNewsTest {

    static List<GoldItem> items(long seed, int n) {
        SyntheticNews news = new SyntheticNews(seed);
        List<GoldItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SyntheticNews.Article a = news.next();
            items.add(new GoldItem(a.id(), a.published(), a.lang(), a.text(), a.expect(), null));
        }
        return items;
    }

    @Test
    void theSameSeedGivesTheSameArticles() {
        assertEquals(items(7, 50), items(7, 50));
        assertNotEquals(items(7, 50), items(8, 50));
    }

    @Test
    void mostSentencesCarryNoFigure() {
        List<GoldItem> items = items(1, 500);
        long sentences = items.stream().mapToLong(i -> i.text().split("[.!?](\\s|$)").length).sum();
        long figures = items.stream().mapToLong(i -> i.expect().size()).sum();
        double density = figures / (double) sentences;
        assertTrue(density > 0.05 && density < 0.3, "figures per sentence: " + density);
        assertTrue(items.stream().anyMatch(i -> i.expect().isEmpty()), "some articles have no figure");
    }

    /** The generator's truth against the extractor, at a size CI affords; `generate` + `evaluate` for 100k. */
    @Test
    void extractionAgreesWithTheGeneratorsTruth() {
        Evaluation.Report report = Evaluation.run(items(2026, 2_000));
        System.out.println("synthetic news, 2,000 articles: " + report.summary());
        assertTrue(report.expected() > 1_500, "figures: " + report.expected());
        assertTrue(report.precision() >= 0.98, report.summary());
        assertTrue(report.recall() >= 0.98, report.summary());
    }
}
