package tally.stats;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import java.util.Arrays;
import java.util.Locale;

/** How sure the text is of a value: "more than 35,000" is a lower bound, not a point. */
@EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
public enum Qualifier {
    EXACT,
    APPROXIMATELY,
    AT_LEAST,
    AT_MOST;

    /**
     * The JSON name, computed once. Jackson writes and reads the same name through {@code @EnumNaming},
     * from its own tables: an annotated method was called reflectively for every value (3 % of the stream
     * threads).
     */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String json() {
        return json;
    }

    public static Qualifier of(String json) {
        return Arrays.stream(values()).filter(q -> q.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown qualifier '" + json + "'"));
    }
}
