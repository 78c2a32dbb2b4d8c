package tally.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import tally.stats.Figure;
import tally.stats.consolidate.Snapshot;
import tally.stats.normalize.Normalization;
import tally.stats.normalize.Population;
import tally.streams.kafka.TopicReader;
import tally.streams.kafka.Topic;
import tally.streams.topology.TallyTopics;

/**
 * What a clean run computes from the figures on the topic (the batch {@link Snapshot}, which
 * EmbeddedPipelineTest shows equal to a clean run of the application), compared with what the
 * output topics hold: the check every fault test ends with.
 */
final class CleanRun {

    private CleanRun() {
    }

    /** Fails, naming the keys that differ, unless every output topic equals a clean run over {@code figures}. */
    static Snapshot assertOutputsEqual(Properties client, List<Figure> figures, String context) {
        Snapshot clean = Snapshot.of(figures, new Normalization(Population.shipped()));
        assertSame("estimates", clean.estimates(), latest(client, TallyTopics.DEFAULT.estimates()), context);
        assertSame("series", clean.series(), latest(client, TallyTopics.DEFAULT.seriesYearly()), context);
        assertSame("mentions", clean.mentions(), latest(client, TallyTopics.DEFAULT.mentionsWeekly()), context);
        return clean;
    }

    static <V> Map<String, V> latest(Properties client, Topic<String, V> topic) {
        Map<String, V> latest = TopicReader.latest(client, topic);
        latest.values().removeIf(Objects::isNull);
        return latest;
    }

    /** Equal maps, or a short account of the keys that are missing, extra or different. */
    static <V> void assertSame(String what, Map<String, V> expected, Map<String, V> actual, String context) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> diffs = new ArrayList<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            if (!Objects.equals(expected.get(k), actual.get(k))) {
                diffs.add(k + ": expected " + expected.get(k) + ", got " + actual.get(k));
            }
        }
        throw new AssertionError(what + " differ from a clean run in " + diffs.size() + " of " + keys.size() + " keys (" + context
                + "), e.g.\n" + String.join("\n", diffs.subList(0, Math.min(5, diffs.size()))));
    }
}
