package tally.ingest.extract.resolve;

import java.time.LocalDate;
import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.lexicon.Lexicon;
import tally.stats.Period;

/**
 * "More than 14,000 killed in Sudan since the war began", "desplazados desde el inicio de la guerra": a running tally
 * whose start the text names but does not date runs from the day the country's war began, which a reader knows
 * (war-starts.tsv), to publication; so does one the text dates only roughly, by a month or year that holds that day
 * ("since the war broke out last year in October", "since the war began in April last year"). A country with no war of
 * the table at the publication date keeps its tally's period. A campaign of the table (a drug war, a state of exception)
 * dates a tally in a sentence that names it ("killed in the anti-drug campaign", "capturados durante el régimen de
 * excepción") the same way.
 */
public final class WarStartPeriod {

    private final Lexicon lex;

    private final List<Lexicon.WarStart> wars = Lexicon.warStarts();

    public WarStartPeriod(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The period of a tally placed in {@code country}, published on {@code published} and dated {@code stated} (or null) by
     * the text, or null when the sentence names no war's start or the text's own period does not start before the war's
     * first day and hold it. A stated end later than the start's month stays ("as of June 1"); the month a rough start
     * names is no end ("since the war began in April last year").
     */
    public Period period(SentenceAnalysis s, String country, LocalDate published, Period stated) {
        if (country == null || published == null) {
            return null;
        }
        boolean warNamed = lex.warStartPhrases.occursIn(s.tokens());
        return wars.stream()
                .filter(w -> w.country().equals(country) && !w.start().isAfter(published) && (w.until() == null || !w.until().isBefore(published)))
                // a campaign dates only a tally the text leaves undated: "desde marzo de 2022" keeps its month (team gold e0059)
                .filter(w -> w.names() == null ? warNamed : stated == null && w.names().occursIn(s.tokens()))
                .filter(w -> stated == null || stated.from().isBefore(w.start()) && !stated.to().isBefore(w.start()))
                .findFirst()
                .map(w -> new Period(w.start(), stated == null || stated.to().isBefore(w.start().plusMonths(1)) ? published : stated.to()))
                .orElse(null);
    }
}
