package tally.ingest.extract.resolve;

import java.time.LocalDate;
import java.util.List;
import tally.ingest.extract.analysis.ContextTrail;
import tally.stats.Figure;
import tally.stats.Period;

/**
 * A tally of the publication year ends where the article's data stop, once every figure of the article is read: the
 * cut-off may be stated after the tally.
 */
public final class DataCutoff {

    private DataCutoff() {
    }

    /**
     * The running tallies of the publication year dated to publication ("en lo que va de año", "so far this year"), and
     * those of the same span of earlier years they are compared with ("en el mismo periodo de 2023"), end on the day the
     * article's data stop at, stated for the same metric and place elsewhere in it ({@link ContextTrail#cutoff}): a bulletin's
     * "del 1 de enero al 15 de marzo" in a 18 March article dates its "en lo que va de año" to 15 March.
     */
    public static List<Figure> apply(List<Figure> figures, ContextTrail trail, LocalDate published) {
        if (published == null) {
            return figures;
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            LocalDate cutoff = f.period() == null ? null : trail.cutoff(f.metric(), f.place());
            if (cutoff == null) {
                continue;
            }
            int years = published.getYear() - f.period().from().getYear();
            if (years >= 0 && f.period().from().equals(LocalDate.of(f.period().from().getYear(), 1, 1))
                    && f.period().to().equals(published.minusYears(years))) {
                figures.set(i, f.withPeriod(new Period(f.period().from(), cutoff.minusYears(years))));
            }
        }
        return figures;
    }
}
