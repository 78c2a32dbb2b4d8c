package tally.streams.serve;

import tally.stats.Hashes;

/**
 * The keys seen so far, 64 bits each in an open-addressing table (about 16 bytes a key), so that
 * {@code tally_articles_ingested_total} and {@code tally_figures_extracted_total} count an article
 * or figure ingested again once (issue 21, item 9) without keeping a string per id. An article or
 * figure id is 64 bits of hex already; any other key
 * is hashed to 64 bits (two keys sharing a hash would count once: about one in 10^19).
 */
final class DistinctKeys {

    private long[] table = new long[1 << 10];
    private boolean seenZero;
    private int size;

    /** True the first time {@code key} is added (null counts as one key). */
    synchronized boolean add(String key) {
        long k = asLong(key);
        if (k == 0) {
            boolean first = !seenZero;
            seenZero = true;
            return first;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        if (!insert(table, k)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] into, long k) {
        int mask = into.length - 1;
        for (int i = (int) (mix(k) & mask); ; i = (i + 1) & mask) {
            if (into[i] == k) {
                return false;
            }
            if (into[i] == 0) {
                into[i] = k;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long k : table) {
            if (k != 0) {
                insert(bigger, k);
            }
        }
        table = bigger;
    }

    private static long asLong(String key) {
        if (key == null) {
            return 0;
        }
        if (key.length() == 16) {
            try {
                return Long.parseUnsignedLong(key, 16);
            } catch (NumberFormatException notHex) {
                // hashed below
            }
        }
        return Long.parseUnsignedLong(Hashes.sha256(key, 16), 16);
    }

    /** Spreads the bits (Murmur3's finalizer): ids are hashes already, other keys may not be. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
