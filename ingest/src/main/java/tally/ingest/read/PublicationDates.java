package tally.ingest.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The day an article was published, from a date as inputs write it: ISO 8601 (JSON Lines, HTML
 * metadata, Atom, WARC) or RFC 822 (RSS {@code pubDate}). A date-time counts on its own offset's
 * day, the publisher's: "Tue, 31 Dec 2013 23:30:00 -0500" is 2013-12-31, not UTC's 1 January, so
 * that "this year" in the article is still 2013.
 */
public final class PublicationDates {

    private PublicationDates() {
    }

    /** The day, or null when the value is none of these forms. */
    public static LocalDate dayOf(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME}) {
            try {
                return OffsetDateTime.parse(v, format).toLocalDate();
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        try {
            // A date alone, or a date-time without an offset ("2013-12-31T23:30:00"): the day as written.
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
