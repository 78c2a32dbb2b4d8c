package tally.ingest.extract.analysis;

import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * The statistic a sentence that states no figure names ("Los homicidios en Colombia se han incrementado", "las cifras
 * de homicidio"): the article goes on counting it, so the elliptical counts of the next sentences are of it.
 */
public final class NamedStatistic {

    private final Lexicon lex;
    private final ClauseOpening clauseOpening;

    public NamedStatistic(Lexicon lex) {
        this.lex = lex;
        this.clauseOpening = new ClauseOpening(lex, 2);
    }

    /**
     * The statistic a sentence of no figure names, the last it names, so that the list items, records and comparisons
     * of the next sentences are of it ("En 2013 se contabilizaron 23 mil 63 casos", "comparando los 56.586 de 2021
     * contra los 53.875 de 2022"); else null. A total names it as the subject of its clause ("Los homicidios en
     * Colombia se han incrementado") or after a frame ("el mayor número de deportaciones", "las cifras de homicidio");
     * not as a word in passing ("Haiti has seen a wave of kidnappings", "the asylum seekers caught crossing").
     */
    public Metric in(SentenceAnalysis s) {
        List<Token> t = s.tokens();
        Metric named = null;
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<Boolean> frame = lex.totalFrames.at(t, i);
            PhraseTable.Match<Lexicon.Noun> noun = frame == null ? null : lex.nouns.at(t, i + frame.length());
            PhraseTable.Match<Metric> total = noun == null ? lex.totalNouns.at(t, i) : null;
            if (noun != null && noun.value().counted() != null) {
                named = noun.value().counted();
                i += frame.length() + noun.length() - 1;
            } else if (total != null && total.value() != null) {
                if (clauseOpening.at(s, i)) {
                    named = total.value();
                }
                i += total.length() - 1;
            }
        }
        return named;
    }
}
