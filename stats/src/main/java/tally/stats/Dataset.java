package tally.stats;

import java.util.regex.Pattern;

/**
 * The dataset an article and its figures belong to: {@value #DEFAULT} unless an ingest, a watch
 * or a raw record names another ({@code generate} writes {@value #SYNTHETIC}), so that a test load
 * can be told apart from real news and withdrawn whole ({@code tally retract --dataset NAME}).
 * Records of older versions carry none and read as {@value #DEFAULT}; a record of the default
 * dataset does not write it, so its JSON stays as it was.
 */
public final class Dataset {

    public static final String DEFAULT = "default";
    public static final String SYNTHETIC = "synthetic";
    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit: safe in a key, a header, a file name. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private Dataset() {
    }

    /** The dataset of a record: its own, or {@value #DEFAULT} when it names none. */
    public static String orDefault(String name) {
        return name == null ? DEFAULT : name;
    }

    /**
     * A dataset name as a user or a record gives it.
     *
     * @throws IllegalArgumentException saying what a name may be
     */
    public static String check(String name) {
        if (!valid(name)) {
            throw new IllegalArgumentException("a dataset name is 1 to 64 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit (e.g. default, synthetic, trial-2025); got '" + name + "'");
        }
        return name;
    }

    public static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** For {@code @JsonInclude(CUSTOM)}: leaves the default dataset out of a record's JSON. */
    public static final class OmitDefault {
        @Override
        public boolean equals(Object value) {
            return value == null || DEFAULT.equals(value);
        }

        @Override
        public int hashCode() {
            return DEFAULT.hashCode();
        }
    }
}
