package tally.stats;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import java.util.Arrays;
import java.util.Locale;

/** Whether a value is a count over its period or a yearly rate ("each year"). */
@EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
public enum Basis {
    TOTAL,
    PER_YEAR;

    /**
     * The JSON name, computed once. Jackson writes and reads the same name through {@code @EnumNaming},
     * from its own tables: an annotated method was called reflectively for every value (3 % of the stream
     * threads).
     */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String json() {
        return json;
    }

    public static Basis of(String json) {
        return Arrays.stream(values()).filter(b -> b.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown basis '" + json + "'"));
    }
}
