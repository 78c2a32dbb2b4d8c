package tally.streams.kafka;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka client properties from environment variables, the container convention:
 * {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} is {@code security.protocol}. Only names of real
 * client settings are taken, so {@code KAFKA_HEAP_OPTS} and the like are left alone.
 */
public final class KafkaEnvironment {

    static final String PREFIX = "KAFKA_";
    private static final Set<String> CLIENT_SETTINGS = clientSettings();

    private KafkaEnvironment() {
    }

    public static Properties clientProperties(Map<String, String> env) {
        Properties p = new Properties();
        if (env == null) {
            return p;
        }
        env.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && value != null && !value.isBlank()) {
                String setting = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                if (CLIENT_SETTINGS.contains(setting)) {
                    p.setProperty(setting, value);
                }
            }
        });
        return p;
    }

    private static Set<String> clientSettings() {
        Set<String> names = new HashSet<>();
        names.addAll(AdminClientConfig.configNames());
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(StreamsConfig.configDef().names());
        return Set.copyOf(names);
    }
}
