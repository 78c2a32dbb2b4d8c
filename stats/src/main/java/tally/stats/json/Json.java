package tally.stats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/** The one JSON configuration of Tally: ISO dates, unknown fields tolerated (newer producers). */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // Field names stay canonicalized: what the stream threads parse as JSON (figures) has fixed
                    // names, and without it Jackson reads UTF-8 through a Reader (ReaderBasedJsonParser), which
                    // made parsing the input figures a sixth of the stream threads. Not interned: the API's
                    // store answers have ids as keys, each seen once, and would only churn the JVM's string table.
                    .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(IsoDates.module())
            .addModule(new BlackbirdModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * The same bindings in Smile (binary JSON), for what only Tally reads: internal topics and
     * state stores. Property names are written once per record and referred back to after.
     */
    public static final ObjectMapper BINARY = SmileMapper.builder(SmileFactory.builder()
                    // Store values have ids as map keys (figures, articles, statistics), each seen once:
                    // canonicalizing them copied the parser's symbol table for every new id (a fifth of the
                    // stream threads' time in a JFR profile).
                    .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                    .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                    .build())
            // Dates as day numbers: parsing ISO text showed in the profile of every store read.
            .addModule(new SimpleModule("epoch-days")
                    .addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
                        @Override
                        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                            gen.writeNumber(value.toEpochDay());
                        }
                    })
                    .addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
                        @Override
                        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
                            return LocalDate.ofEpochDay(p.getLongValue());
                        }
                    }))
            .addModule(new BlackbirdModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }
}
