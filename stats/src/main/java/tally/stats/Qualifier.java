package tally.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How sure the text is of a value: "more than 35,000" is a lower bound, not a point. */
public enum Qualifier {
    EXACT,
    APPROXIMATELY,
    AT_LEAST,
    AT_MOST;

    /** The JSON name, computed once: it is written and read for every record. */
    private final String json = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Qualifier of(String json) {
        return Arrays.stream(values()).filter(q -> q.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown qualifier '" + json + "'"));
    }
}
