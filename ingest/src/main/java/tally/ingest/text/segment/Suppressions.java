package tally.ingest.text.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.CharsTrie;
import com.ibm.icu.util.CharsTrieBuilder;
import com.ibm.icu.util.StringTrieBuilder;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The abbreviations after which a sentence break is no break ("Mr.", "U.S.A."), a lexicon's
 * {@code [sentence suppression]}. ICU's filtered segmenter is given them through its public
 * builder; {@link FastSegmenter} looks them up in tries laid out as that builder lays them out, so
 * that both drop the same boundaries.
 */
public final class Suppressions {

    /** The values of the backwards trie: the whole word matched, or only its part up to the first dot. */
    static final int PARTIAL = 1, MATCH = 2;

    private final List<String> words;

    public Suppressions(Collection<String> words) {
        this.words = List.copyOf(words);
    }

    /** ICU's segmenter, its boundaries after these words dropped. */
    BreakIterator filter(BreakIterator segmenter) {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        words.forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(segmenter);
    }

    /**
     * The two tries ICU's builder makes: every word backwards (".rM" for "Mr."), except that a word
     * with an inner dot ("U.S.A.") puts only its part up to that dot there, as {@link #PARTIAL}
     * ("U." is shared by "U.S." and "U.S.A."), and itself, with the words it shares that part
     * with, in the forwards trie. The builder walks its words in the order of a hash set; so does this.
     */
    Tries tries() {
        Set<String> set = new HashSet<>();
        words.forEach(set::add);
        String[] w = set.toArray(String[]::new);
        boolean[] forwards = new boolean[w.length];
        CharsTrieBuilder back = new CharsTrieBuilder();
        CharsTrieBuilder fwd = new CharsTrieBuilder();
        int backCount = 0;
        int fwdCount = 0;
        for (int i = 0; i < w.length; i++) {
            int dot = w[i].indexOf('.');
            if (dot < 0 || dot + 1 == w[i].length()) {
                continue;
            }
            boolean prefixAdded = false;
            for (int j = 0; j < w.length; j++) {
                if (j != i && w[i].regionMatches(0, w[j], 0, dot + 1)) {
                    prefixAdded |= forwards[j];
                    forwards[j] = true;
                }
            }
            if (!prefixAdded && !forwards[i]) {
                back.add(new StringBuilder(w[i].substring(0, dot + 1)).reverse(), PARTIAL);
                backCount++;
                forwards[i] = true;
            }
        }
        for (int i = 0; i < w.length; i++) {
            if (forwards[i]) {
                fwd.add(w[i], MATCH);
                fwdCount++;
            } else {
                back.add(new StringBuilder(w[i]).reverse(), MATCH);
                backCount++;
            }
        }
        return new Tries(backCount == 0 ? null : back.build(StringTrieBuilder.Option.FAST),
                fwdCount == 0 ? null : fwd.build(StringTrieBuilder.Option.FAST));
    }

    /** A thread's tries: a {@link CharsTrie} keeps its position between calls. */
    record Tries(CharsTrie backwards, CharsTrie forwards) {
    }
}
