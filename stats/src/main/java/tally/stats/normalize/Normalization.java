package tally.stats.normalize;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import tally.stats.Basis;
import tally.stats.Figure;
import tally.stats.Period;

/** Yearly rates and rates per 100,000 inhabitants of figures. */
public final class Normalization {

    /** Periods shorter than a quarter are events or snapshots, not rates: annualizing them misleads. */
    static final int MIN_DAYS_FOR_RATE = 90;

    private final Population population;

    public Normalization(Population population) {
        this.population = population;
    }

    public NormalizedFigure normalize(Figure f) {
        Double perYear = perYear(f.value(), f.basis(), f.period());
        Double per100k = perYear == null || f.place() == null || f.period() == null ? null
                : per100k(perYear, f.place(), middleYear(f.period()));
        return new NormalizedFigure(f, perYear, per100k);
    }

    /** The count per year: a yearly rate as is, a total divided by the length of its period. */
    public static Double perYear(double value, Basis basis, Period period) {
        if (basis == Basis.PER_YEAR) {
            return value;
        }
        if (period == null || period.days() < MIN_DAYS_FOR_RATE) {
            return null;
        }
        return value / period.years();
    }

    public Double per100k(double perYear, String place, int year) {
        var people = population.of(place, year);
        return people.isEmpty() ? null : perYear * 100_000.0 / people.getAsLong();
    }

    public static int middleYear(Period p) {
        LocalDate middle = p.from().plusDays(ChronoUnit.DAYS.between(p.from(), p.to()) / 2);
        return middle.getYear();
    }
}
