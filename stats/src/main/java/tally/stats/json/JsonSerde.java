package tally.stats.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for any JSON-mapped type, with Tally's one JSON configuration: text JSON for
 * public topics ({@link #of}), Smile for internal topics and stores ({@link #binary}).
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Serializer<T> serializer;
    private final Deserializer<T> deserializer;

    private JsonSerde(ObjectMapper mapper, JavaType type) {
        // A reader and writer bound to the type find its (de)serializer once, not on every record.
        ObjectWriter writer = mapper.writerFor(type);
        ObjectReader reader = mapper.readerFor(type);
        this.serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return writer.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type + " as JSON: " + e.getMessage(), e);
            }
        };
        this.deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return reader.readValue(bytes);
            } catch (IOException e) {
                throw new SerializationException("not a valid " + type.getRawClass().getSimpleName() + ": "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        };
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(Json.MAPPER, Json.MAPPER.constructType(type));
    }

    /** The same bindings in Smile (binary JSON): for what only Tally reads, internal topics and state stores. */
    public static <T> JsonSerde<T> binary(Class<T> type) {
        return new JsonSerde<>(Json.BINARY, Json.BINARY.constructType(type));
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
