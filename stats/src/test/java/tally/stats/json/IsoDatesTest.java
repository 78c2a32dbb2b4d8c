package tally.stats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tally's JSON dates are read and written exactly as the Java time module alone reads and writes them. */
class IsoDatesTest {

    private static final ObjectMapper REFERENCE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    record Dated(LocalDate published, List<LocalDate> period) {
    }

    @Test
    void sameTextAndSameDatesAsTheJavaTimeModule() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000)); // years about -220 to 10,180
            Dated dated = new Dated(date, List.of(date.minusDays(i), date));
            String json = Json.MAPPER.writeValueAsString(dated);
            assertEquals(REFERENCE.writeValueAsString(dated), json);
            assertEquals(dated, Json.MAPPER.readValue(json, Dated.class));
        }
    }

    @Test
    void whatIsNotAPlainValidDateIsLeftToTheJavaTimeModule() throws Exception {
        for (String text : List.of("2010-02-30", "2010-13-01", "2010-1-05", "20100105", "2010-01-05T00:00", "+12010-01-05", "", "soon")) {
            String json = "{\"published\":\"" + text + "\",\"period\":[]}";
            Map<String, Object> ours = outcome(Json.MAPPER, json);
            assertEquals(outcome(REFERENCE, json), ours, text);
        }
        assertThrows(InvalidFormatException.class, () -> Json.MAPPER.readValue("{\"published\":\"2010-02-30\"}", Dated.class));
        assertEquals(LocalDate.of(2010, 1, 5), Json.MAPPER.readValue("{\"published\":[2010,1,5]}", Dated.class).published());
    }

    private static Map<String, Object> outcome(ObjectMapper mapper, String json) {
        try {
            return Map.of("value", String.valueOf(mapper.readValue(json, Dated.class)));
        } catch (Exception e) {
            return Map.of("error", e.getClass().getSimpleName());
        }
    }
}
