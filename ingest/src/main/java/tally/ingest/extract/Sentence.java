package tally.ingest.extract;

import java.util.List;
import tally.stats.Place;
import tally.stats.Span;

/** Everything known about one sentence while its numbers are read, and lookups by token position. */
record Sentence(

            Span span,
            String quote,
            List<Token> tokens,
            List<NumberMention> numbers,
            List<PlaceMention> places,
            List<TimeMention> times,
            List<ChangeMention> changes,
            boolean aboutMigrants,
            boolean namesMigrants,
            boolean migrationAct) {

    NumberMention numberAt(int i) {
        for (NumberMention n : numbers) {
            if (n.start() == i) {
                return n;
            }
        }
        return null;
    }

    PlaceMention placeAt(int i, Place.Kind kind) {
        for (PlaceMention p : places) {
            if (p.start() == i && (kind == null || p.kind() == kind) && p.country() != null) {
                return p;
            }
        }
        return null;
    }

    /** A demonym at i, also one of no single country ("Central Americans"). */
    PlaceMention demonymAt(int i) {
        for (PlaceMention p : places) {
            if (p.start() == i && p.kind() == Place.Kind.DEMONYM) {
                return p;
            }
        }
        return null;
    }

    PlaceMention placeEndingAt(int end) {
        for (PlaceMention p : places) {
            if (p.end() == end) {
                return p;
            }
        }
        return null;
    }

    boolean startsTime(int i) {
        for (TimeMention m : times) {
            if (m.start() == i) {
                return true;
            }
        }
        return false;
    }

    TimeMention timeEndingAt(int end) {
        for (TimeMention m : times) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    ChangeMention changeCovering(int i) {
        for (ChangeMention c : changes) {
            if (i >= c.start() && i < c.end()) {
                return c;
            }
        }
        return null;
    }

    boolean insideChange(int i) {
        return changeCovering(i) != null;
    }
}
