package tally.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two families of statistics Tally counts. */
public enum Category {
    VIOLENCE,
    MIGRATION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Category of(String json) {
        return valueOf(json.toUpperCase(Locale.ROOT));
    }
}
