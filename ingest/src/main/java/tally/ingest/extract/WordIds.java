package tally.ingest.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for the lower-case words that lexicon phrases use. The tokenizer looks each token up
 * once, so phrase tables match tokens by comparing ints instead of hashing strings per table.
 * Words of the text that no lexicon uses have no id ({@link #NONE}) and are never interned.
 */
final class WordIds {

    static final int NONE = -1;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();

    private WordIds() {
    }

    /** The id of a lexicon word, assigned on first use (lexicons of two languages may load at once). */
    static synchronized int intern(String lower) {
        Integer id = IDS.get(lower);
        if (id == null) {
            id = IDS.size();
            IDS.put(lower, id);
        }
        return id;
    }

    /** The id of a word of the text, or {@link #NONE} when no lexicon uses it. */
    static int of(String lower) {
        Integer id = IDS.get(lower);
        return id == null ? NONE : id;
    }
}
