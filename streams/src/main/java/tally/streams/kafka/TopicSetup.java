package tally.streams.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import tally.stats.TallyEnvironment;

/**
 * Creates Tally's topics when they are missing (retained forever, or compacted for latest
 * state) and waits until every partition answers for its offsets before anyone produces:
 * {@code createTopics} returns before the broker leads the new partitions, and an idempotent
 * producer that sends right away can lose a batch (KAFKA-15591).
 */
public final class TopicSetup {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private TopicSetup() {
    }

    public static void ensure(Properties client, TallyEnvironment environment, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(client)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : environment.retained()) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, replicationFactor).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
                }
            }
            for (String topic : environment.inbound()) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, replicationFactor));
                }
            }
            for (String topic : environment.compacted()) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, replicationFactor)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, environment.all());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException auth) {
                throw new IllegalStateException(authenticationFailed(client, auth), auth);
            }
            throw new IllegalStateException("cannot create Tally's topics: " + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            // Its message is null: say what did not answer.
            throw new IllegalStateException("cannot create Tally's topics: no answer from Kafka at "
                    + client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) + " within 30 s", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create Tally's topics: " + e.getMessage(), e);
        }
    }

    /**
     * The first call to Kafka is where wrong credentials or an untrusted certificate show up, so
     * this says so instead of blaming the topics. An SSL failure's own message is only "SSL
     * handshake failed": the reason (an unknown certificate, a host name it does not name) is the
     * innermost cause. No setting's value is repeated, only where to look.
     */
    static String authenticationFailed(Properties client, AuthenticationException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root == e || root.getMessage() == null ? e.getMessage() : e.getMessage() + ": " + root.getMessage();
        return "cannot connect to Kafka at " + client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) + ": " + reason
                + " (check security.protocol, sasl.* and ssl.* of the client properties)";
    }

    /** Retries describe and list-offsets until every partition of every topic answers. */
    public static void awaitLeaders(Admin admin, List<String> topics) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                described.values().forEach(d -> d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                boolean retriable = e.getCause() instanceof RetriableException
                        || e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
                if (!retriable || System.nanoTime() > deadline) {
                    throw e;
                }
                EmbeddedKafka.sleep(100);
            }
        }
    }
}
