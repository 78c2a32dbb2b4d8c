package tally.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two families of statistics Tally counts. */
public enum Category {
    VIOLENCE,
    MIGRATION;

    /** The JSON name, computed once: it is written and read for every record. */
    private final String json = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Category of(String json) {
        return valueOf(json.toUpperCase(Locale.ROOT));
    }
}
