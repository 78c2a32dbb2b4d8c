package tally.bench;

import tally.stats.TallyEnvironment;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.TopicSetup;

/** Each measured run starts from empty topics: Tally's own and the application's internal ones. */
final class BenchTopics {

    private BenchTopics() {
    }

    static void reset(Properties client, int partitions) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Set<String> ours = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith("tally.") || t.startsWith(TallyEnvironment.DEFAULT.applicationId() + "-"))
                    .collect(Collectors.toSet());
            if (!ours.isEmpty()) {
                admin.deleteTopics(ours).all().get(60, TimeUnit.SECONDS);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().anyMatch(ours::contains)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("topics not deleted within 60 s: " + ours);
                    }
                    Thread.sleep(100);
                }
            }
            try {
                admin.deleteConsumerGroups(Set.of(TallyEnvironment.DEFAULT.applicationId())).all().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // no such group yet
            }
        }
        TopicSetup.ensure(client, TallyEnvironment.DEFAULT, partitions, (short) 1);
    }

    /** Creates topics with the given partitions (one replica) and waits for them. */
    static void create(Properties client, java.util.List<String> topics, int partitions) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(topics.stream().map(t -> new org.apache.kafka.clients.admin.NewTopic(t, partitions, (short) 1)).toList())
                    .all().get(60, TimeUnit.SECONDS);
            TopicSetup.awaitLeaders(admin, topics); // KAFKA-15591: produce only once the partitions answer
        }
    }
}
