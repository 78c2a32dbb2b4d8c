package tally.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Whether a value is a count over its period or a yearly rate ("each year"). */
public enum Basis {
    TOTAL,
    PER_YEAR;

    /** The JSON name, computed once: it is written and read for every record. */
    private final String json = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Basis of(String json) {
        return Arrays.stream(values()).filter(b -> b.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown basis '" + json + "'"));
    }
}
