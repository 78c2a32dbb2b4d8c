package tally.stats.consolidate;

import java.util.List;

/**
 * When a series' latest figure raises an alert, after HDX Signals and ACLED's change flags: it
 * is the highest of the last {@code highYears} years (each window is a threshold: 1 and 3 by
 * default), or it moved by more than {@code changePercent} against the previous year.
 */
public record AlertThresholds(double changePercent, List<Integer> highYears) {

    public static final AlertThresholds DEFAULT = new AlertThresholds(25, List.of(1, 3));

    public AlertThresholds {
        if (!(changePercent > 0)) {
            throw new IllegalArgumentException("the change that raises an alert is a percentage above 0; got " + changePercent);
        }
        if (highYears.isEmpty() || highYears.stream().anyMatch(y -> y < 1)) {
            throw new IllegalArgumentException("the windows of a high are whole numbers of years of at least 1; got " + highYears);
        }
        highYears = highYears.stream().distinct().sorted().toList();
    }
}
