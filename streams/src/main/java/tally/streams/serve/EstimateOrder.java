package tally.streams.serve;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tally.stats.consolidate.Estimate;

/**
 * The orders {@code /api/estimates} sorts by: {@code sort=best} ascending, {@code sort=-best}
 * descending, by a number or date of the estimate; a missing value (no {@code high}, no rate)
 * comes last either way, and equal values keep the order of their statistic keys, so pages of one
 * order never disagree on it.
 */
final class EstimateOrder {

    private static final Map<String, Function<Estimate, ? extends Comparable<?>>> FIELDS = new TreeMap<>(Map.of(
            "best", Estimate::best, "low", Estimate::low, "high", Estimate::high, "perYear", Estimate::perYear,
            "per100k", Estimate::per100k, "sources", Estimate::sources, "figures", Estimate::figures,
            "from", e -> e.period().from(), "to", e -> e.period().to(), "lastReported", Estimate::lastReported));

    private EstimateOrder() {
    }

    /** @throws ApiException (400) naming the fields there are, for any other */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<Estimate> parse(String sort) {
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        Function<Estimate, Comparable> value = (Function) FIELDS.get(field);
        if (value == null) {
            throw ApiException.badRequest("cannot sort by '" + field + "'; sort by one of " + String.join(", ", FIELDS.keySet())
                    + ", with a - before it for the largest or latest first");
        }
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(values)).thenComparing(Estimate::statistic);
    }
}
