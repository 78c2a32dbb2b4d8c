package tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Topic names and the application id of an environment; without a prefix, exactly the names Tally always had. */
class TallyEnvironmentTest {

    @Test
    void theDefaultKeepsTodaysNamesSoExistingDataStaysReadable() {
        TallyEnvironment e = TallyEnvironment.of(null, null);
        assertEquals(TallyEnvironment.DEFAULT, e);
        assertEquals(List.of("tally.articles", "tally.figures", "tally.figures.dlq", "tally.estimates", "tally.series.yearly",
                "tally.mentions.weekly", "tally.watch.seen", "tally.articles.raw"), e.all());
        assertEquals("tally-streams", e.applicationId());
        assertEquals(List.of("tally.articles", "tally.figures", "tally.figures.dlq"), e.retained());
        assertEquals(List.of("tally.estimates", "tally.series.yearly", "tally.mentions.weekly", "tally.watch.seen"), e.compacted());
        assertEquals(List.of("tally.articles.raw"), e.inbound());
        assertEquals(List.of("tally.articles", "tally.figures", "tally.figures.dlq", "tally.estimates", "tally.series.yearly",
                "tally.mentions.weekly"), e.served(), "the server does not read whole raw pages or the watcher's bookkeeping");
    }

    @Test
    void aPrefixGoesInFrontOfEveryTopicAndTheApplicationId() {
        TallyEnvironment staging = TallyEnvironment.of("staging.", null);
        assertEquals(List.of("staging.tally.articles", "staging.tally.figures", "staging.tally.figures.dlq", "staging.tally.estimates",
                "staging.tally.series.yearly", "staging.tally.mentions.weekly", "staging.tally.watch.seen", "staging.tally.articles.raw"),
                staging.all());
        assertEquals("staging.tally-streams", staging.applicationId(), "a prefix alone keeps the consumer groups apart");
        assertEquals("prod-stats", TallyEnvironment.of("staging.", "prod-stats").applicationId());
        assertEquals("custom", TallyEnvironment.of(null, "custom").applicationId());
        assertEquals("tally.figures", TallyEnvironment.of(null, "custom").figures());
    }

    @Test
    void namesKafkaWouldRefuseAreRefusedFirst() {
        assertEquals("'a b' may hold only letters, digits, '.', '_' and '-'", TallyEnvironment.problem("a b"));
        assertEquals("'x/' may hold only letters, digits, '.', '_' and '-'", TallyEnvironment.problem("x/"));
        assertEquals("'" + "p".repeat(101) + "' is longer than 100 characters", TallyEnvironment.problem("p".repeat(101)));
        assertNull(TallyEnvironment.problem("team-a_staging.v2."));
        assertEquals("the topic prefix 'a b' may hold only letters, digits, '.', '_' and '-'",
                assertThrows(IllegalArgumentException.class, () -> TallyEnvironment.of("a b", null)).getMessage());
        assertEquals("the application id is empty",
                assertThrows(IllegalArgumentException.class, () -> TallyEnvironment.of(null, "")).getMessage());
    }
}
