package tally.ingest.extract.guard;

import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * "Juan Perez, 25, was killed", "José Solís (58), Elsa Giménez (39)": an age between commas after a
 * name, or in brackets after a first name and surname. A bracketed count after a place is a list item
 * ("Cortés (188)", "Francisco Morazán (158)"), not an age, and so is a count between commas after the name of an area
 * ("followed by Quezon City Police District, 59, Northern Police District, 53").
 */
final class AgeInApposition implements NumberGuard {

    /** Above this, a number between commas or brackets after a name is no age. */
    private static final int OLDEST = 120;

    private final Lexicon lex;

    AgeInApposition(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public boolean blocks(SentenceAnalysis s, NumberMention n) {
        List<Token> t = s.tokens();
        int a = n.start();
        int b = n.end();
        if (!n.digits() || a < 2 || b >= t.size() || n.value() >= OLDEST || !t.get(a - 2).isCapitalized()) {
            return false;
        }
        boolean commas = t.get(a - 1).is(",") && t.get(b).is(",") && !lex.areaNouns.contains(t.get(a - 2));
        // a first name and a surname before the bracket; one word ("Cartago (24)") is too often a place
        boolean brackets = t.get(a - 1).is("(") && t.get(b).is(")") && a >= 3 && t.get(a - 3).isCapitalized()
                && s.placeEndingAt(a - 1) == null && s.demonymAt(a - 2) == null;
        return commas || brackets;
    }
}
