package tally.stats.consolidate;

import java.util.List;

/** The points last published for one series: what the next update is compared with. */
public record SeriesPoints(List<SeriesPoint> points) {

    public SeriesPoints {
        points = points == null ? List.of() : List.copyOf(points);
    }
}
