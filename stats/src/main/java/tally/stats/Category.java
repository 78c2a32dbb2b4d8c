package tally.stats;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import java.util.Locale;

/** The two families of statistics Tally counts. */
@EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
public enum Category {
    VIOLENCE,
    MIGRATION;

    /**
     * The JSON name, computed once. Jackson writes and reads the same name through {@code @EnumNaming},
     * from its own tables: an annotated method was called reflectively for every value (3 % of the stream
     * threads).
     */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String json() {
        return json;
    }

    public static Category of(String json) {
        return valueOf(json.toUpperCase(Locale.ROOT));
    }
}
