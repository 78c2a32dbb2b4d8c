package tally.ingest.extract.guard;

import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * "319 others went missing on the Central Mediterranean route", "desaparecieron en el mar": migrants
 * missing on the crossing are counted apart (IOM's missing migrants), not as forced disappearances.
 * A count of disappearances in a sentence about migrants that names the way ({@code [crossing]}) is no figure.
 */
public final class MissingOnTheWay {

    private final Lexicon lex;

    public MissingOnTheWay(Lexicon lex) {
        this.lex = lex;
    }

    public boolean blocks(SentenceAnalysis s, Metric metric) {
        if (metric != Metric.DISAPPEARANCES || !s.aboutMigrants()) {
            return false;
        }
        for (Token tok : s.tokens()) {
            if (lex.crossing.contains(tok)) {
                return true;
            }
        }
        return false;
    }
}
