package tally.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tally.stats.Figure;

/**
 * A 5 MB article built to make patterns backtrack or parsers loop: runs of digits, commas,
 * spaces, number words and phrase openers. The bound is a hang detector, far above the few
 * seconds it takes; speed itself is measured by the benchmarks.
 */
class HostileInputTest {

    @Test
    void aFiveMegabyteAdversarialArticleFinishes() {
        String[] pieces = {"1".repeat(5_000), "123,".repeat(2_000), " ".repeat(3_000),
            "one hundred and twenty ".repeat(500), "since ".repeat(300), "more than ".repeat(400),
            "1,000,000,000,000,000,000 ", "the ".repeat(900), "Mexico U.S. Mexicans ".repeat(200),
            "between January and ".repeat(200), ",,,,,".repeat(500), "killed killed ".repeat(300)};
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("Police said 12 people were killed.\n\n");
        while (text.length() < 5_000_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        List<Figure> figures = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Articles.figures("2012-01-01", text.toString()));
        assertEquals(12.0, figures.get(0).value());
    }
}
