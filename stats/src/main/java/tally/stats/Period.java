package tally.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive span of days that a count covers. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period years(int first, int last) {
        return new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period months(YearMonth first, YearMonth last) {
        return new Period(first.atDay(1), last.atEndOfMonth());
    }

    /** Number of days covered, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Length in (fractional) years, counting leap days, so a calendar year is exactly 1. */
    public double years() {
        double total = 0;
        LocalDate cursor = from;
        while (!cursor.isAfter(to)) {
            LocalDate yearEnd = LocalDate.of(cursor.getYear(), 12, 31);
            LocalDate end = yearEnd.isBefore(to) ? yearEnd : to;
            total += (ChronoUnit.DAYS.between(cursor, end) + 1) / (double) Year.of(cursor.getYear()).length();
            cursor = end.plusDays(1);
        }
        return total;
    }

    /** True when the period is exactly one calendar year. */
    @JsonIgnore
    public boolean isCalendarYear() {
        return from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31));
    }
}
