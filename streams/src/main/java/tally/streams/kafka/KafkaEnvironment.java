package tally.streams.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Kafka client properties from environment variables, the container convention:
 * {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} is {@code security.protocol}. Only names of real
 * client settings ({@link ClientSettings}) are taken, so {@code KAFKA_HEAP_OPTS} and the like,
 * which other Kafka tools read, are left alone.
 */
public final class KafkaEnvironment {

    static final String PREFIX = "KAFKA_";

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
                if (ClientSettings.isClientSetting(setting)) {
                    p.setProperty(setting, value);
                }
            }
        });
        return p;
    }
}
