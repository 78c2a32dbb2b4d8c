package tally.stats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tally.stats.Basis;
import tally.stats.Category;
import tally.stats.Metric;
import tally.stats.Qualifier;

/** The enums' JSON names, as Jackson writes and reads them, are their {@code json()} names, in JSON and in Smile. */
class EnumJsonTest {

    @Test
    void everyConstantIsWrittenAndReadByItsJsonName() throws IOException {
        check(Metric.class, Metric::json);
        check(Category.class, Category::json);
        check(Qualifier.class, Qualifier::json);
        check(Basis.class, Basis::json);
    }

    @Test
    void anUnknownNameIsRefused() {
        assertThrows(IOException.class, () -> Json.MAPPER.readValue("\"bodies\"", Metric.class));
        assertThrows(IOException.class, () -> Json.MAPPER.readValue("\"DEATHS\"", Metric.class));
    }

    private static <E extends Enum<E>> void check(Class<E> type, Function<E, String> json) throws IOException {
        for (E e : type.getEnumConstants()) {
            assertEquals('"' + json.apply(e) + '"', Json.MAPPER.writeValueAsString(e));
            for (ObjectMapper mapper : List.of(Json.MAPPER, Json.BINARY)) {
                assertEquals(e, mapper.readValue(mapper.writeValueAsBytes(e), type), mapper.getFactory().getFormatName());
            }
            assertEquals(e, Json.MAPPER.readValue('"' + json.apply(e) + '"', type));
        }
    }
}
