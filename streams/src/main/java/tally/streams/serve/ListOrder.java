package tally.streams.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How one list of the API is sorted and paged ({@code sort}, {@code limit}, {@code cursor}): by
 * default in the order of its items' keys, the cursor the last key shown (so that a page stays
 * right while items come and go before it); with {@code sort=field} ascending or {@code -field}
 * descending by one of the list's fields, a missing value last either way and equal values in key
 * order, the cursor {@code sorted:N}, the number of items the pages before held.
 *
 * @param <T> the list's items
 */
final class ListOrder<T> {

    /** A cursor into a sorted list: how many items of that order the pages before held. */
    static final String SORTED_CURSOR = "sorted:";

    /** One page: its items, and the cursor of the following page or null when this is the last. */
    record Page<T>(List<T> items, String next) {
    }

    private final String items;
    private final Map<String, Function<T, ? extends Comparable<?>>> fields;
    private final Function<T, String> key;

    /**
     * @param items  what the list holds, for messages ("series")
     * @param fields the fields it may be sorted by
     * @param key    each item's key: the default order, and the order of equal values
     */
    ListOrder(String items, Map<String, Function<T, ? extends Comparable<?>>> fields, Function<T, String> key) {
        this.items = items;
        this.fields = new TreeMap<>(fields);
        this.key = key;
    }

    /** The field names {@code sort} accepts, each also with a {@code -} before it: for the API's description. */
    List<String> sorts() {
        return fields.keySet().stream().flatMap(f -> Stream.of(f, "-" + f)).toList();
    }

    /** @throws ApiException (400) naming the fields there are, for any other */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<T> parse(String sort) {
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        Function<T, Comparable> value = (Function) fields.get(field);
        if (value == null) {
            throw ApiException.badRequest("cannot sort by '" + field + "'; sort " + items + " by one of "
                    + String.join(", ", fields.keySet()) + ", with a - before it for the largest or latest first");
        }
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(values)).thenComparing(key);
    }

    /**
     * One page of {@code all}: sorted by {@code sort} when given, else by key; at most {@code limit}
     * items after {@code cursor} (the {@code next} of the page before).
     */
    Page<T> page(Stream<T> all, Optional<String> sort, int limit, Optional<String> cursor) {
        if (sort.isPresent()) {
            int offset = offset(cursor.orElse(null));
            List<T> sorted = all.sorted(parse(sort.get())).skip(offset).limit(limit + 1L).toList();
            List<T> page = sorted.subList(0, Math.min(limit, sorted.size()));
            return new Page<>(page, sorted.size() > limit ? SORTED_CURSOR + (offset + limit) : null);
        }
        if (cursor.isPresent() && cursor.get().startsWith(SORTED_CURSOR)) {
            throw ApiException.badRequest("this cursor is of a sorted list; pass the same sort with it");
        }
        List<T> after = all.filter(t -> cursor.map(c -> key.apply(t).compareTo(c) > 0).orElse(true))
                .sorted(Comparator.comparing(key)).limit(limit + 1L).toList();
        List<T> page = after.subList(0, Math.min(limit, after.size()));
        return new Page<>(page, after.size() > limit ? key.apply(page.get(page.size() - 1)) : null);
    }

    /** How many items of a sorted list the pages before {@code cursor} held (0 for the first page). */
    static int offset(String cursor) {
        int offset = 0;
        if (cursor != null) {
            try {
                offset = cursor.startsWith(SORTED_CURSOR) ? Integer.parseInt(cursor.substring(SORTED_CURSOR.length())) : -1;
            } catch (NumberFormatException e) {
                offset = -1;
            }
            if (offset < 0) {
                throw ApiException.badRequest("cursor '" + cursor + "' is not of a sorted list: pass the next of the page before");
            }
        }
        return offset;
    }
}
