package tally.stats;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import java.util.Arrays;
import java.util.Locale;

/**
 * What sort of quantity a figure is, read from its verbs, tense and time words. The four never
 * add up with each other: UCDP sums events and never spreads a running total; UN DESA and Pew keep
 * the people living somewhere (a stock) apart from the people arriving (a flow).
 */
@EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
public enum Kind {
    /** Events over a period: "were killed in 2010", "150,000 arrive each year". */
    FLOW,
    /** People present at a date: "12 million live in the U.S.", "hosts 2.8 million refugees", "remain missing". */
    STOCK,
    /** A running tally since a start: "more than 35,000 since late 2006", "so far this year", "the toll has risen to". */
    CUMULATIVE,
    /** One event: "gunmen killed 14 at a party on Saturday", "72 migrants were massacred". */
    INCIDENT,
    /** Not read: a record of schema 1, written before figures carried a kind. */
    UNKNOWN;

    private final String json = name().toLowerCase(Locale.ROOT);

    public String json() {
        return json;
    }

    public static Kind of(String json) {
        return Arrays.stream(values()).filter(k -> k.json.equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + json + "'; one of "
                        + Arrays.stream(values()).map(Kind::json).toList()));
    }
}
