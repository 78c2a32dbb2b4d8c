package tally.stats.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka serde for any JSON-mapped type, with Tally's one JSON configuration. */
public final class JsonSerde<T> implements Serde<T> {

    private final Serializer<T> serializer;
    private final Deserializer<T> deserializer;

    private JsonSerde(JavaType type) {
        ObjectMapper mapper = Json.MAPPER;
        this.serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return mapper.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type + " as JSON: " + e.getMessage(), e);
            }
        };
        this.deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return mapper.readValue(bytes, type);
            } catch (IOException e) {
                throw new SerializationException("not a valid " + type.getRawClass().getSimpleName() + ": "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        };
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(Json.MAPPER.constructType(type));
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
