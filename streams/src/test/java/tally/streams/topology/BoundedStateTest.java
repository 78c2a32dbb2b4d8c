package tally.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.Figure;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyStreamsConfig;

/**
 * No store value grows with the reports, figures or estimates behind it (issue 21): one outlet
 * reports one statistic thousands of times, all in one week with as many other figures, and one
 * year of a series has thousands of distinct statistics (a running toll with a new end date every
 * day); the largest value written to any changelog stays a few hundred bytes. Before, one value
 * held every report of the outlet (and one every figure of the week, one every estimate of the
 * series' year), about 90 to 150 bytes more per report or estimate.
 */
class BoundedStateTest {

    private static final int REPORTS = 2_000;
    private static final int BOUND = 2_000;
    /** Distinct statistics (periods) in one year of one series. */
    private static final int STATISTICS = 1_000;

    @TempDir
    Path state;

    @Test
    void theLargestChangelogValueStaysSmallAsReportsGrow() {
        Properties client = new Properties();
        client.put("bootstrap.servers", "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(TallyTopology.build(TallyEnvironment.DEFAULT), TallyStreamsConfig.of(TallyEnvironment.DEFAULT, client, state, "at_least_once", 1, null))) {
            TestInputTopic<String, Figure> in = driver.createInputTopic(TallyEnvironment.DEFAULT.figures(), new StringSerializer(), TallySerdes.FIGURE.serializer());
            for (int i = 0; i < 2 * REPORTS; i++) {
                String article = "article-" + i;
                // The first half report one statistic by one outlet; the other half are mentions only (no period), same week.
                Period period = i < REPORTS ? Period.year(2010) : null;
                in.pipeInput(article, FigureFixtures.figure("figure-" + i, article, "Wire", Metric.DEATHS, 15_000 + i % 300,
                        Qualifier.EXACT, "MX", period, "2011-01-1" + i % 7, 1));
            }
            for (int i = 0; i < STATISTICS; i++) {
                // Deaths in Mexico "since <day>" up to another day of 2012: one statistic each, all counting in 2012's point.
                LocalDate from = LocalDate.of(2012, 1, 1).plusDays(i / 100);
                String article = "toll-" + i;
                in.pipeInput(article, FigureFixtures.figure("toll-figure-" + i, article, "Daily", Metric.DEATHS, 1_000 + i,
                        Qualifier.EXACT, "MX", new Period(from, from.plusDays(120 + i % 100)), "2013-01-10", 1));
            }
            Map<String, Integer> largest = new TreeMap<>();
            for (String topic : driver.producedTopicNames()) {
                if (!topic.endsWith("-changelog")) {
                    continue;
                }
                TestOutputTopic<String, byte[]> out = driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
                for (TestRecord<String, byte[]> r : out.readRecordsToList()) {
                    largest.merge(topic, r.value() == null ? 0 : r.value().length, Math::max);
                }
            }
            assertTrue(largest.containsKey("tally-streams-statistic-summaries-changelog") && largest.containsKey("tally-streams-mentions-by-week-changelog")
                            && largest.keySet().stream().anyMatch(t -> t.startsWith("tally-streams-series-year")),
                    "the changelogs were read: " + largest);
            System.out.println("BoundedStateTest: largest changelog value per topic (bytes): " + largest);
            largest.forEach((topic, bytes) -> assertTrue(bytes < BOUND, topic + ": a value of " + bytes + " bytes (all: " + largest + ")"));
            var estimate = driver.createOutputTopic(TallyEnvironment.DEFAULT.estimates(), new StringDeserializer(), TallySerdes.ESTIMATE.deserializer())
                    .readKeyValuesToMap().get("deaths|MX|2010-01-01|2010-12-31|total|unknown|unspecified");
            assertEquals(REPORTS, estimate.figures());
            assertEquals(1, estimate.sources());
            var point = driver.createOutputTopic(TallyEnvironment.DEFAULT.seriesYearly(), new StringDeserializer(), TallySerdes.SERIES_POINT.deserializer())
                    .readKeyValuesToMap().get("violence|deaths|MX|unknown|unspecified|2012");
            assertEquals(STATISTICS, point.estimates(), "every statistic counts in the year's point: " + point);
        }
    }
}
