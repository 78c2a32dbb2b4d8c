package tally.stats.consolidate;

/**
 * One calendar year of a series, {@code violence|deaths|MX|flow|unspecified|2010}: the key of
 * {@code tally.series.yearly} and of the stores that keep a series by year. Keys of one series
 * share its key and a {@code |} as prefix, so a series is one range of a store.
 */
public record PointKey(SeriesKey series, int year) {

    public String encode() {
        return series.encode() + "|" + year;
    }

    /**
     * The point named by a key.
     *
     * @throws IllegalArgumentException saying what is wrong with the key
     */
    public static PointKey parse(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("a series point is category|metric|area|kind|definition|year, e.g. "
                    + "violence|deaths|MX|flow|unspecified|2010; got '" + key + "'");
        }
        int year;
        try {
            year = Integer.parseInt(parts[5]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the year of a series point is a number; got '" + parts[5] + "' in '" + key + "'");
        }
        return new PointKey(SeriesKey.of(parts, key), year);
    }
}
