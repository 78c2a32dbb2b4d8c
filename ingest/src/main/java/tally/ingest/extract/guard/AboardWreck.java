package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/**
 * People aboard a boat or truck that capsized, sank or overturned are no figure (realnews/README.md, "What is not a
 * figure": people aboard that have not arrived): "a boat carrying 86 migrants that capsized", "una patera con 40
 * personas a bordo naufragó"; the dead and the rescued are counted apart. A {@code [aboard]} phrase right before the
 * count and an {@code [accident]} word in its sentence.
 * <p>The people a verb puts aboard ({@code [aboard verb]}: "un cayuco en el que viajaban 87 personas", "dos cayucos,
 * ocupados por 122 y 57 personas") are arrivals only when their sentence says the boat landed or was rescued (a
 * {@code [landing]} or {@code [rescue]} word: "que desembarcaron en Arguineguín", "a los que rescató la Salvamar"); else
 * they are people aboard a boat that has not arrived ("alertó de una patera en la que viajaban 50 personas").
 */
public final class AboardWreck implements NumberGuard {

    private final Lexicon lex;

    public AboardWreck(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int k = lex.qualifiersStart(t, n.start()); // "a boat carrying more than 80"
        boolean wreck = t.stream().anyMatch(lex.accidents::contains);
        if (lex.aboard.endingAt(t, k) != null) {
            return wreck;
        }
        PhraseTable.Match<Boolean> filler;
        while (k > 0 && (filler = lex.fillers.endingAt(t, k)) != null) {
            k -= filler.length(); // "en el que viajaban otras 200 personas", "socorría a los 82 ocupantes"
        }
        if (lex.aboardVerbs.endingAt(t, k) == null) {
            return false;
        }
        if (wreck) {
            return true;
        }
        return !lex.landings.occursIn(t) && !lex.rescues.occursIn(t);
    }
}
