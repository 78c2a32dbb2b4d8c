package tally.streams.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Waits until a Streams application has consumed everything: its committed offsets equal the end
 * of its input topic and of its own repartition topics, twice in a row (the outputs of the
 * last commit are then visible). Never judged by the wall clock alone.
 */
public final class CaughtUp {

    private static final Duration POLL = Duration.ofMillis(150);

    private CaughtUp() {
    }

    public static void await(Properties client, String applicationId, String inputTopic, Duration timeout) {
        await(client, applicationId, inputTopic, timeout, () -> null);
    }

    /**
     * As {@link #await(Properties, String, String, Duration)}, but throws with {@code failure}'s
     * reason as soon as it gives one: an application that has failed never catches up, and a
     * wait of hours must not outlive it (issue 21, item 5).
     */
    public static void await(Properties client, String applicationId, String inputTopic, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int stableChecks = 0;
        try (Admin admin = Admin.create(client)) {
            while (stableChecks < 2) {
                String failed = failure.get();
                if (failed != null) {
                    throw new IllegalStateException(failed);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(applicationId + " did not catch up with " + inputTopic + " within " + timeout);
                }
                stableChecks = lagIsZero(admin, applicationId, inputTopic) ? stableChecks + 1 : 0;
                EmbeddedKafka.sleep(POLL.toMillis());
            }
        }
    }

    static boolean lagIsZero(Admin admin, String applicationId, String inputTopic) {
        try {
            Set<String> topics = new java.util.HashSet<>();
            topics.add(inputTopic);
            admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition")).forEach(topics::add);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, d) -> {
                for (TopicPartitionInfo p : d.partitions()) {
                    request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest());
                }
            });
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            for (var e : ends.entrySet()) {
                long end = e.getValue().offset();
                OffsetAndMetadata c = committed.get(e.getKey());
                if (end > 0 && (c == null || c.offset() < end)) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false; // the group or a topic is not there yet
        }
    }
}
