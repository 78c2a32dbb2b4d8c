package tally.streams.topology;

import java.util.List;

/**
 * What one figure change does to the series of one metric and country: the reports and
 * mentions it adds or withdraws there. One record per series touched, usually one per figure.
 */
record SeriesUpdates(List<ReportUpdate> reports, List<MentionUpdate> mentions) {

    SeriesUpdates {
        reports = reports == null ? List.of() : List.copyOf(reports);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
