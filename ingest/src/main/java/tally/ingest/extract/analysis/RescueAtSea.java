package tally.ingest.extract.analysis;

import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;

/**
 * A rescue at sea of people brought ashore: how they arrive, so a count of them is arrivals, {@code migrants}
 * (realnews/README.md, "Metric choices": "Salvamento Marítimo rescató a 48 personas de una patera", "the Italian coast
 * guard rescued 48 migrants"). The sentence names a rescue ({@code [rescue]}) by a service or ship of the coast they
 * arrive at ({@code [sea rescue]}: a departure coast's navy "rescuing" boats on their way out stops them), and no return
 * to the coast they left ({@code [rescue return]}: those are that coast's apprehensions) and no wreck ({@code
 * [accident]}: a wreck with no landing said is no figure). Any other rescue stays people helped, no figure.
 */
public final class RescueAtSea {

    private final Lexicon lex;

    public RescueAtSea(Lexicon lex) {
        this.lex = lex;
    }

    public boolean in(SentenceAnalysis s) {
        List<Token> t = s.tokens();
        boolean rescue = false;
        boolean sea = false;
        for (int i = 0; i < t.size(); i++) {
            if (lex.rescueReturns.at(t, i) != null || lex.accidents.contains(t.get(i))) {
                return false;
            }
            rescue |= lex.rescues.at(t, i) != null;
            sea |= lex.seaRescues.at(t, i) != null;
        }
        return rescue && sea;
    }
}
