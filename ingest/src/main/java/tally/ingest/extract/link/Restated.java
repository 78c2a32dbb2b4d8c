package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * A count the article already stated, said again with nothing to say what it counts: "the attackers had mown down the
 * 69", "Of the 61 victims, 20 were women", "de esas 3.678 personas", "12.393 lo han hecho a Canarias". It counts what
 * the earlier figure of that value counted. Tried after every rule that reads a word of its own, and before {@link
 * Elliptical}: "the 38" after a count of 38 is that count again, not the next of a list. A restating determiner before
 * it ("the", "those", "esas") marks it as that figure again; without one, only a value too precise to recur by chance
 * (three significant digits or more, 100 and up) does.
 */
public final class Restated implements LinkRule {

    /** A determined count this small names a group of its own too often ("the two suspects") unless it has no noun. */
    private static final double DETERMINED_WITH_NOUN_MIN = 10;

    private final Grammar g;

    Restated(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        boolean people = np.bareOr(Lexicon.Noun.Kind.PERSON, Lexicon.Noun.Kind.RECORD);
        if (!people) {
            return null;
        }
        double value = q.n().value();
        if (joinedToAnother(q)) {
            return null; // "entre los 10 y los 76 años": one end of a range or pair, whatever the earlier figure was
        }
        boolean determined = determined(q);
        if (!(determined ? np.head() == null || value >= DETERMINED_WITH_NOUN_MIN : precise(value))) {
            return null;
        }
        Metric stated = q.statedValue().apply(value);
        return stated == null ? null : new Link(stated, np.end(), false, np.demonym());
    }

    /** A restating determiner right before the count's mention ("the 69", "de esas 3.678"). */
    private boolean determined(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int before = q.mentionStart() - 1;
        return before >= 0 && g.lex.restatingDeterminers.contains(t.get(before));
    }

    /** A conjunction after the count, then perhaps a determiner, then another count. */
    private boolean joinedToAnother(LinkQuery q) {
        List<Token> t = q.s().tokens();
        int i = q.n().end();
        var and = i < t.size() ? g.lex.conjunctions.at(t, i) : null;
        if (and == null) {
            return false;
        }
        i += and.length();
        if (i < t.size() && g.lex.restatingDeterminers.contains(t.get(i))) {
            i++;
        }
        return q.s().numberAt(i) != null;
    }

    /** 100 and up with three significant digits or more: 448, 3,188, 12,393, 2,715,000; not 500, 2,000 or 2.7 million. */
    public static boolean precise(double value) {
        if (value < 100 || value != Math.rint(value)) {
            return false;
        }
        long v = (long) value;
        while (v % 10 == 0) {
            v /= 10;
        }
        return v >= 100;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return new BitSet(); // any sentence: the value, not a word, is the key
    }
}
