package tally.stats.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The alerts of a series' latest figure (its latest year's point): a high when it tops every
 * point of the last N years before it, for the longest window of the thresholds it tops (a
 * 3-year high is not also reported as a 1-year high), and a rise or fall when its change against
 * the previous year exceeds the threshold. A carried stock repeats an older value and raises none.
 */
public final class ChangeAlerts {

    private ChangeAlerts() {
    }

    /** @param points one series' points, in any order */
    public static List<Alert> of(Collection<SeriesPoint> points, AlertThresholds thresholds) {
        Optional<SeriesPoint> latest = points.stream().max(Comparator.comparingInt(SeriesPoint::year));
        if (latest.isEmpty() || SeriesPoint.CARRIED.equals(latest.get().derivation())) {
            return List.of();
        }
        SeriesPoint last = latest.get();
        String series = last.series().encode();
        List<Alert> alerts = new ArrayList<>();
        for (int i = thresholds.highYears().size() - 1; i >= 0; i--) {
            int years = thresholds.highYears().get(i);
            Optional<Double> before = points.stream().filter(p -> p.year() < last.year() && p.year() >= last.year() - years)
                    .map(SeriesPoint::value).max(Double::compare);
            if (before.isPresent() && last.value() > before.get()) {
                alerts.add(new Alert(series + "|" + Alert.HIGH, series, last.year(), last.value(), Alert.HIGH, years, before.get(),
                        last.change()));
                break;
            }
        }
        if (last.change() != null && Math.abs(last.change()) > thresholds.changePercent()) {
            String reason = last.change() > 0 ? Alert.RISE : Alert.FALL;
            Double previous = points.stream().filter(p -> p.year() == last.year() - 1).map(SeriesPoint::value).findFirst().orElse(null);
            alerts.add(new Alert(series + "|" + reason, series, last.year(), last.value(), reason, null, previous, last.change()));
        }
        return List.copyOf(alerts);
    }
}
