package tally.ingest.text.segment;

/**
 * Finds the sentence boundaries of one paragraph. {@link IcuSegmenter} is the reference;
 * {@link FastSegmenter} gives the same boundaries for most paragraphs several times faster and
 * declines the others. An instance keeps state between calls: one per thread.
 */
public interface Segmenter {

    /**
     * Adds to {@code out} the offsets inside (from, to) where a sentence ends and the next begins
     * (never {@code to}, the paragraph's own end), or returns false, adding nothing, when the
     * paragraph is left to another segmenter.
     */
    boolean split(char[] text, int from, int to, Boundaries out);

    /** The segmenters of a language, fast one first, for one thread. */
    static Segmenter[] forLanguage(String lang, Suppressions suppressions, boolean referenceOnly) {
        IcuSegmenter icu = new IcuSegmenter(lang, suppressions);
        return referenceOnly ? new Segmenter[] {icu} : new Segmenter[] {new FastSegmenter(suppressions), icu};
    }
}
