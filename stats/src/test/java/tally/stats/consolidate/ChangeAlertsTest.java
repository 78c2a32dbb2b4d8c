package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.stats.Category;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;

/** Highs over 1 and 3 years and moves of more than 25 %, on a series' latest figure. */
class ChangeAlertsTest {

    private static final String SERIES = "violence|deaths|MX|flow|homicide";

    /** A flow series from its first year, each point with its change against the one before. */
    private static List<SeriesPoint> series(int firstYear, double... values) {
        List<SeriesPoint> points = new ArrayList<>();
        SeriesPoint previous = null;
        for (int i = 0; i < values.length; i++) {
            SeriesPoint p = point(firstYear + i, values[i], SeriesPoint.DIRECT).withChangeFrom(previous);
            points.add(p);
            previous = p;
        }
        return points;
    }

    private static SeriesPoint point(int year, double value, String derivation) {
        return new SeriesPoint(SeriesPoint.SCHEMA, Category.VIOLENCE, Metric.DEATHS, "MX", null, Kind.FLOW, Definition.HOMICIDE, year,
                value, null, null, derivation, null, null, null, null, 1, 1, null, null);
    }

    @Test
    void aThreeYearHighIsReportedOnceWithItsLongestWindowAndARiseBeside() {
        List<Alert> alerts = ChangeAlerts.of(series(2007, 90, 120, 110, 100, 150), AlertThresholds.DEFAULT);
        assertEquals(List.of(
                new Alert(SERIES + "|high", SERIES, 2011, 150, Alert.HIGH, 3, 120.0, 50.0),
                new Alert(SERIES + "|rise", SERIES, 2011, 150, Alert.RISE, null, 100.0, 50.0)), alerts);
    }

    @Test
    void aOneYearHighBelowAnEarlierPeakAndAMoveOfExactlyTheThresholdIsNoRise() {
        List<Alert> alerts = ChangeAlerts.of(series(2008, 100, 200, 120, 150), AlertThresholds.DEFAULT);
        assertEquals(List.of(new Alert(SERIES + "|high", SERIES, 2011, 150, Alert.HIGH, 1, 120.0, 25.0)), alerts,
                "2009's 200 is within three years; +25.0 % is not more than 25 %");
    }

    @Test
    void aFallIsNoHigh() {
        assertEquals(List.of(new Alert(SERIES + "|fall", SERIES, 2011, 100, Alert.FALL, null, 200.0, -50.0)),
                ChangeAlerts.of(series(2010, 200, 100), AlertThresholds.DEFAULT));
    }

    @Test
    void theThresholdsAreSettings() {
        AlertThresholds strict = new AlertThresholds(10, List.of(5));
        assertEquals(List.of(Alert.RISE), ChangeAlerts.of(series(2008, 100, 200, 120, 150), strict).stream().map(Alert::reason).toList(),
                "no 5-year high; +25 % is more than 10 %");
        assertThrows(IllegalArgumentException.class, () -> new AlertThresholds(0, List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new AlertThresholds(25, List.of(0)));
    }

    @Test
    void aCarriedOrLoneFigureRaisesNone() {
        List<SeriesPoint> points = new ArrayList<>(series(2010, 100, 200));
        points.add(point(2012, 200, SeriesPoint.CARRIED).withChangeFrom(points.get(1)));
        assertEquals(List.of(), ChangeAlerts.of(points, AlertThresholds.DEFAULT), "the latest repeats 2011's value");
        assertEquals(List.of(), ChangeAlerts.of(series(2010, 100), AlertThresholds.DEFAULT), "nothing to compare with");
        assertEquals(List.of(), ChangeAlerts.of(List.of(), AlertThresholds.DEFAULT));
    }
}
