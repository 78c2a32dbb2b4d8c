package tally.streams.kafka;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import tally.streams.app.BoundedRocksDbMemory;

/**
 * The settings Tally's Kafka clients know: the names of Kafka's producer, consumer, admin and
 * Streams configurations (from their ConfigDefs), Streams' per-client prefixes on them
 * ({@code producer.linger.ms}, {@code topic.min.insync.replicas}), and Tally's own. A name
 * outside them is a mistake, never passed on: Kafka itself only logs an unknown setting, and a
 * misspelled {@code securty.protocol} connects in plaintext.
 */
public final class ClientSettings {

    static final Set<String> NAMES = names();
    /** Streams' prefixes for settings of one of its clients, each followed by that client's setting. */
    private static final List<String> CLIENT_PREFIXES = List.of(StreamsConfig.MAIN_CONSUMER_PREFIX, StreamsConfig.RESTORE_CONSUMER_PREFIX,
            StreamsConfig.GLOBAL_CONSUMER_PREFIX, StreamsConfig.CONSUMER_PREFIX, StreamsConfig.PRODUCER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX);
    private static final Set<String> TOPIC_SETTINGS = topicSettings();

    private ClientSettings() {
    }

    /** Whether {@code name} is a client setting (the form of a {@code KAFKA_*} variable: no prefixes). */
    static boolean isClientSetting(String name) {
        return NAMES.contains(name);
    }

    /** Refuses the first unknown setting of {@code properties}, naming {@code source} and the nearest valid name. */
    public static void check(Properties properties, String source) {
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            String nearest = nearestIfUnknown(name);
            if (nearest != null) {
                throw new IllegalArgumentException("unknown Kafka setting '" + name + "' in " + source + "; did you mean '" + nearest + "'?");
            }
        }
    }

    /** Null for a known setting, else the valid name nearest to it. */
    static String nearestIfUnknown(String name) {
        if (NAMES.contains(name)) {
            return null;
        }
        if (name.startsWith(StreamsConfig.TOPIC_PREFIX)) {
            String rest = name.substring(StreamsConfig.TOPIC_PREFIX.length());
            return TOPIC_SETTINGS.contains(rest) ? null : StreamsConfig.TOPIC_PREFIX + NearestName.among(TOPIC_SETTINGS, rest);
        }
        for (String prefix : CLIENT_PREFIXES) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                return NAMES.contains(rest) ? null : prefix + NearestName.among(NAMES, rest);
            }
        }
        return NearestName.among(NAMES, name);
    }

    /** The topic settings a client may give: the {@code *_CONFIG} names of Kafka's {@link TopicConfig}. */
    private static Set<String> topicSettings() {
        Set<String> names = new HashSet<>();
        for (Field f : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().endsWith("_CONFIG")) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        names.addAll(AdminClientConfig.configNames());
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(StreamsConfig.configDef().names());
        names.add(BoundedRocksDbMemory.MEMORY_CONFIG);
        return Set.copyOf(names);
    }
}
