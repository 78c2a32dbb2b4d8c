package tally.ingest.extract.resolve;

import java.time.LocalDate;
import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.Token;
import tally.stats.Period;

/**
 * "More than 14,000 killed in Sudan since the war began", "desplazados desde el inicio de la guerra": a running tally
 * whose start the text names but does not date runs from the day the country's war began, which a reader knows
 * (war-starts.tsv), to publication. A country with no war of the table at the publication date keeps its tally undated.
 */
public final class WarStartPeriod {

    private final Lexicon lex;

    private final List<Lexicon.WarStart> wars = Lexicon.warStarts();

    public WarStartPeriod(Lexicon lex) {
        this.lex = lex;
    }

    /** The period of a tally placed in {@code country} and published on {@code published}, or null when the sentence names no war's start. */
    public Period period(SentenceAnalysis s, String country, LocalDate published) {
        if (country == null || published == null || !namesWarStart(s.tokens())) {
            return null;
        }
        return wars.stream()
                .filter(w -> w.country().equals(country) && !w.start().isAfter(published) && (w.until() == null || !w.until().isBefore(published)))
                .findFirst()
                .map(w -> new Period(w.start(), published))
                .orElse(null);
    }

    private boolean namesWarStart(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (lex.warStartPhrases.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }
}
