package tally.stats.consolidate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import tally.stats.json.NumberAsWritten;

/**
 * A change an analyst should see in a series' latest figure ({@link ChangeAlerts}).
 *
 * @param id        the series key and the reason: one alert of each reason per series at a time
 * @param series    the series' key, {@code violence|deaths|MX|flow|organized_crime}
 * @param year      the year of the latest figure
 * @param value     that figure
 * @param reason    {@code high} (the highest of the last {@code years} years), {@code rise} or {@code fall}
 *                  (more than the threshold's percent against the previous year)
 * @param years     for a high, the longest window it tops; else null
 * @param previous  for a high, the highest value of that window before it; for a rise or fall, the previous year's
 * @param change    percent change against the previous year, null without one
 */
@JsonPropertyOrder({"id", "series", "year", "value", "reason", "years", "previous", "change"})
public record Alert(String id, String series, int year, @JsonSerialize(using = NumberAsWritten.class) double value, String reason,
                    Integer years, @JsonSerialize(using = NumberAsWritten.class) Double previous, Double change) {

    public static final String HIGH = "high";
    public static final String RISE = "rise";
    public static final String FALL = "fall";
}
