package tally.stats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * ISO dates ({@code 2010-12-31}) in JSON without {@code DateTimeFormatter}, whose general parser
 * and printer took 2.6 % of the stream threads (three dates in every input figure, four in every
 * estimate). Anything but a plain {@code yyyy-MM-dd} string, and any invalid date, goes to the
 * Java time module's deserializer, so what is accepted and the messages of what is not stay its own.
 */
final class IsoDates {

    private IsoDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("iso-dates")
                .addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
                    @Override
                    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                        gen.writeString(value.toString()); // ISO-8601, as DateTimeFormatter.ISO_LOCAL_DATE writes it
                    }
                })
                .addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
                    @Override
                    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
                        char[] text = p.currentToken() == JsonToken.VALUE_STRING ? p.getTextCharacters() : null;
                        LocalDate date = text == null ? null : plain(text, p.getTextOffset(), p.getTextLength());
                        if (date != null) {
                            return date;
                        }
                        return LocalDateDeserializer.INSTANCE.deserialize(p, context);
                    }
                });
    }

    /** The date of exactly {@code dddd-dd-dd}, or null for anything else, an invalid date included. */
    static LocalDate plain(char[] text, int offset, int length) {
        if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
            return null;
        }
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 5, 2);
        int day = digits(text, offset + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
