package tally.ingest.extract.mention;

import tally.ingest.lexicon.Lexicon;
import tally.ingest.lexicon.TimeTemplate;

/** Slot values captured while a time template is matched, and the template once one matched. */
final class TimeSlots {
    TimeTemplate template;
    Integer year;
    Integer year2;
    Integer month;
    Integer month2;
    Integer day;
    Integer day2;
    Lexicon.Season season;
    Integer n;
    Integer weekday;
    Integer weekday2;
    int end;

    TimeSlots copy() {
        return new TimeSlots().assign(this);
    }

    /** These slots, set to the values of {@code other} (no template), or emptied when it is null. */
    TimeSlots assign(TimeSlots other) {
        template = null;
        year = other == null ? null : other.year;
        year2 = other == null ? null : other.year2;
        month = other == null ? null : other.month;
        month2 = other == null ? null : other.month2;
        day = other == null ? null : other.day;
        day2 = other == null ? null : other.day2;
        season = other == null ? null : other.season;
        n = other == null ? null : other.n;
        weekday = other == null ? null : other.weekday;
        weekday2 = other == null ? null : other.weekday2;
        end = other == null ? 0 : other.end;
        return this;
    }
}
