package tally.stats;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which of the definitions that reporting mixes a figure follows, where the text says so. Mexico's
 * 15,273 deaths of 2010 are the government's count of killings linked to organized crime; INEGI's
 * 25,757 are all intentional homicides: two statistics, not a range. Violence definitions apply to
 * violence metrics, migration definitions to migration metrics; {@link #UNSPECIFIED} to either.
 */
@EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
public enum Definition {
    /** The text does not say (or a record of schema 1, written before figures carried a definition). */
    UNSPECIFIED(null),
    /** Killings (or other acts) attributed to organized crime, cartels, drug trafficking. */
    ORGANIZED_CRIME(Category.VIOLENCE),
    /** All intentional homicides, as national statistics offices and the UNODC count them. */
    HOMICIDE(Category.VIOLENCE),
    /** Armed conflict: battles, war, insurgency, as UCDP and ACLED count them. */
    ARMED_CONFLICT(Category.VIOLENCE),
    /** Irregular arrivals, crossings or entries ("undocumented", "illegal", "irregular"). */
    IRREGULAR(Category.MIGRATION),
    /** Refugees and asylum seekers. */
    REFUGEES(Category.MIGRATION),
    /** People displaced inside their own country. */
    INTERNALLY_DISPLACED(Category.MIGRATION),
    /** People returned or deported to their country, or going back to it. */
    RETURNEES(Category.MIGRATION);

    private final String json = name().toLowerCase(Locale.ROOT);
    private final Category category;

    Definition(Category category) {
        this.category = category;
    }

    public String json() {
        return json;
    }

    /**
     * Whether a figure of this metric may carry this definition: one of its category, and neither interceptions nor
     * deaths on the way are returns or displacement (a boat "intercepted and returned to Libya" counts interceptions;
     * a migrant who "died after being repatriated" is no returnee; the guide's metric choices).
     */
    public boolean appliesTo(Metric metric) {
        if (category != null && category != metric.category()) {
            return false;
        }
        boolean onTheWay = metric == Metric.APPREHENSIONS || metric == Metric.MIGRANT_DEATHS;
        return !(onTheWay && (this == RETURNEES || this == INTERNALLY_DISPLACED));
    }

    public static Definition of(String json) {
        return Arrays.stream(values()).filter(d -> d.json.equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown definition '" + json + "'; one of "
                        + Arrays.stream(values()).map(Definition::json).toList()));
    }
}
