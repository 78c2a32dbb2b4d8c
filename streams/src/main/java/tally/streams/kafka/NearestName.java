package tally.streams.kafka;

import java.util.Collection;
import java.util.Comparator;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The valid name closest to a misspelled one ({@code bootstrap.server} is
 * {@code bootstrap.servers}), so that a refused setting says what was meant.
 */
public final class NearestName {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private NearestName() {
    }

    /** The name of {@code valid} fewest edits away from {@code name} (the first in order on a tie). */
    public static String among(Collection<String> valid, String name) {
        return valid.stream().sorted()
                .min(Comparator.comparingInt(v -> DISTANCE.apply(v, name)))
                .orElseThrow(() -> new IllegalArgumentException("no valid names"));
    }
}
