package tally.ingest.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import tally.stats.Basis;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/** One gold-set item: a short text and every figure a careful annotator finds in it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldItem(String id, LocalDate published, String lang, String text, List<Expected> expect, String note) {

    /** An expected figure; {@code change} holds the expected percent change, if any. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Expected(Metric metric, double value, Qualifier qualifier, String place, Period period, Basis basis,
                           ExpectedChange change) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExpectedChange(double percent) {
    }
}
