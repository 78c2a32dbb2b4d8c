package tally.ingest.extract.link;

import java.util.BitSet;
import tally.ingest.lexicon.Lexicon;

/**
 * One way a sentence says what a number counts. The {@link Linker} tries its rules in order; the
 * first that links wins.
 */
interface LinkRule {

    /** The link, or null when this rule does not apply. */
    Link link(LinkQuery q);

    /**
     * The words of which a sentence must hold one for this rule to link any of its numbers (the
     * longest word of each phrase it needs). A sentence holding none of any rule's is not read.
     */
    BitSet keyWords(Lexicon lex);

    /** The name figures carry in their {@code rule} field. */
    default String name() {
        return getClass().getSimpleName();
    }
}
