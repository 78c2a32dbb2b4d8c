package tally.stats;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a figure counts. The JSON name is the lower-case constant name ("migrant_deaths"). */
@EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
public enum Metric {
    DEATHS(Category.VIOLENCE),
    INJURIES(Category.VIOLENCE),
    KIDNAPPINGS(Category.VIOLENCE),
    DISAPPEARANCES(Category.VIOLENCE),
    ARRESTS(Category.VIOLENCE),
    MIGRANTS(Category.MIGRATION),
    APPREHENSIONS(Category.MIGRATION),
    DEPORTATIONS(Category.MIGRATION),
    MIGRANT_DEATHS(Category.MIGRATION),
    ASYLUM_CLAIMS(Category.MIGRATION);

    /**
     * The JSON name, computed once. Jackson writes and reads the same name through {@code @EnumNaming},
     * from its own tables: an annotated method was called reflectively for every value (3 % of the stream
     * threads).
     */
    private final String json = name().toLowerCase(Locale.ROOT);

    private final Category category;

    Metric(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public String json() {
        return json;
    }

    /** Parses a JSON name; empty for an unknown one, so callers decide how to report it. */
    public static Optional<Metric> parse(String json) {
        return Optional.ofNullable(BY_JSON.get(json));
    }

    private static final java.util.Map<String, Metric> BY_JSON = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Metric::json, m -> m));

    public static Metric of(String json) {
        return parse(json).orElseThrow(() -> new IllegalArgumentException("unknown metric '" + json + "'"));
    }
}
