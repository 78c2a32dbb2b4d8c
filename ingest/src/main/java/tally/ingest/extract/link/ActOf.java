package tally.ingest.extract.link;

import java.util.BitSet;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;

/** An act of which the counted people are the victims: "the killing of 72 migrants", "el secuestro de 20". */
final class ActOf implements LinkRule {

    private final Grammar g;

    ActOf(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (!ObjectVerb.takesObject(g, q)) {
            return null;
        }
        PhraseTable.Match<Lexicon.Act> act = g.lex.actsOf.endingAt(q.s().tokens(), q.verbEnd());
        if (act == null) {
            return null;
        }
        boolean migrants = q.np().headIs(Lexicon.Noun.Kind.MIGRANT) || q.s().aboutMigrants();
        return new Link(g.crossingAdjusted(q.s(), act.value().metric(), act.value().onCrossing(), migrants), q.np().end(), false,
                q.np().demonym());
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        return lex.actsOf.keyWords(v -> true);
    }
}
