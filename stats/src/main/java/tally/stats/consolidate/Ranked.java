package tally.stats.consolidate;

import java.util.List;

/**
 * A sorted multiset of values summarised by its size, extremes and median, while the values
 * themselves are keys of a {@link SortedStore} under one prefix, {@code <sortable value>\0<id>},
 * once there are two or more.
 * Adding or removing one value moves the lower median by at most one step, found by one seek, so
 * the summary stays a few dozen bytes and costs the same to update at one value or a million.
 *
 * <p>Where only the extremes are wanted ({@link #EXTREMES}), the median is not kept: adding a
 * value then needs no seek at all, removing one only when it was an extreme.
 *
 * @param lowMid the key at position (count-1)/2 in sort order (null when empty or not kept)
 * @param median the median value: of an even count, the mean of the middle two, rounded as
 *               {@link Consolidation#median} (null when empty or not kept)
 * @param min    the smallest key, {@code max} the largest
 */
public record Ranked(boolean keepsMedian, int count, String lowMid, Double median, String min, String max) {

    /** No values, median kept. */
    public static final Ranked EMPTY = new Ranked(true, 0, null, null, null, null);
    /** No values, extremes only. */
    public static final Ranked EXTREMES = new Ranked(false, 0, null, null, null, null);

    /** A value's key: its sortable form (16 hex digits, in the order of the numbers) then the id that makes it unique. */
    public static String key(double value, String id) {
        long bits = Double.doubleToLongBits(value);
        // Flip so that unsigned order is numeric order: all bits of negatives, the sign bit of the rest.
        bits ^= (bits >> 63) | Long.MIN_VALUE;
        String hex = Long.toHexString(bits);
        return "0".repeat(16 - hex.length()) + hex + LedgerKeys.SEP + id;
    }

    /** The value of a key made by {@link #key}. */
    public static double value(String key) {
        long bits = Long.parseUnsignedLong(key, 0, 16, 16);
        bits = bits < 0 ? bits ^ Long.MIN_VALUE : ~bits;
        return Double.longBitsToDouble(bits);
    }

    /** The summary of keys given all at once (sorted here), as {@code empty} (EMPTY or EXTREMES) would become by adding them. */
    public static Ranked of(List<String> keys, Ranked empty) {
        if (keys.isEmpty()) {
            return empty;
        }
        List<String> sorted = keys.stream().sorted(LedgerKeys.ORDER).toList();
        int n = sorted.size();
        if (!empty.keepsMedian()) {
            return new Ranked(false, n, null, null, sorted.get(0), sorted.get(n - 1));
        }
        String low = sorted.get((n - 1) / 2);
        Double median = n % 2 == 1 ? value(low) : mean(low, sorted.get(n / 2));
        return new Ranked(true, n, low, median, sorted.get(0), sorted.get(n - 1));
    }

    public Double minValue() {
        return min == null ? null : value(min);
    }

    public Double maxValue() {
        return max == null ? null : value(max);
    }

    /**
     * With {@code key} added (it was not there), written under {@code prefix} of {@code store}. A
     * single value is not written (the summary holds it): most statistics have one report, one
     * outlet, one date, and their order costs no store write; the second value writes both.
     */
    public Ranked plus(String key, SortedStore<String> store, String prefix) {
        if (count == 0) {
            return single(key);
        }
        if (count == 1) {
            store.put(prefix + min, "");
        }
        store.put(prefix + key, "");
        String newMin = LedgerKeys.ORDER.compare(key, min) < 0 ? key : min;
        String newMax = LedgerKeys.ORDER.compare(key, max) > 0 ? key : max;
        if (!keepsMedian) {
            return new Ranked(false, count + 1, null, null, newMin, newMax);
        }
        String low = lowMid;
        // The lower median is at (n-1)/2; a key added before it pushes it up one place, one after it does not.
        if (LedgerKeys.ORDER.compare(key, low) < 0) {
            if (count % 2 == 1) {
                low = below(store, prefix, low);
            }
        } else if (count % 2 == 0) {
            low = above(store, prefix, low);
        }
        return summary(count + 1, low, newMin, newMax, store, prefix);
    }

    /** With {@code key} removed (it was there), from under {@code prefix} of {@code store}; one value left is kept in the summary only. */
    public Ranked minus(String key, SortedStore<String> store, String prefix) {
        if (count <= 1) {
            return keepsMedian ? EMPTY : EXTREMES;
        }
        store.put(prefix + key, null);
        if (count == 2) {
            String other = key.equals(min) ? max : min;
            store.put(prefix + other, null);
            return single(other);
        }
        String newMin = key.equals(min) ? relative(store.higher(prefix, null), prefix) : min;
        String newMax = key.equals(max) ? relative(store.lower(prefix, null), prefix) : max;
        if (!keepsMedian) {
            return new Ranked(false, count - 1, null, null, newMin, newMax);
        }
        String low = lowMid;
        int c = LedgerKeys.ORDER.compare(key, low);
        if (c == 0) {
            low = count % 2 == 1 ? below(store, prefix, low) : above(store, prefix, low);
        } else if (c < 0) {
            if (count % 2 == 0) {
                low = above(store, prefix, low);
            }
        } else if (count % 2 == 1) {
            low = below(store, prefix, low);
        }
        return summary(count - 1, low, newMin, newMax, store, prefix);
    }

    private Ranked single(String key) {
        return keepsMedian ? new Ranked(true, 1, key, value(key), key, key) : new Ranked(false, 1, null, null, key, key);
    }

    private static Ranked summary(int count, String low, String min, String max, SortedStore<?> store, String prefix) {
        Double median = count % 2 == 1 ? value(low) : mean(low, above(store, prefix, low));
        return new Ranked(true, count, low, median, min, max);
    }

    private static double mean(String low, String high) {
        return Math.rint((value(low) + value(high)) / 2);
    }

    private static String above(SortedStore<?> store, String prefix, String key) {
        return relative(store.higher(prefix, prefix + key), prefix);
    }

    private static String below(SortedStore<?> store, String prefix, String key) {
        return relative(store.lower(prefix, prefix + key), prefix);
    }

    private static String relative(String key, String prefix) {
        return key == null ? null : key.substring(prefix.length());
    }
}
