package tally.stats;

/**
 * Which extraction rules, and for which language, produced a figure: the {@code extractor} field
 * of the figure record, {@code tally-extract/1/en}. Ingest writes it, the Streams application and
 * {@code export --as-of} compare the numbers: of an article's figures only the newest number counts.
 *
 * @param number raised whenever the rules change what they extract
 * @param lang   the language of the lexicon, {@code en} or {@code es}
 */
public record ExtractorVersion(int number, String lang) {

    private static final String PREFIX = "tally-extract/";

    public ExtractorVersion {
        if (number < 0) {
            throw new IllegalArgumentException("an extractor version number is not negative; got " + number);
        }
        if (lang == null || lang.isEmpty() || lang.indexOf('/') >= 0) {
            throw new IllegalArgumentException("an extractor version needs a language such as en; got '" + lang + "'");
        }
    }

    public String encode() {
        return PREFIX + number + "/" + lang;
    }

    /**
     * The version named by a figure's {@code extractor} field.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static ExtractorVersion parse(String extractor) {
        if (extractor == null || !extractor.startsWith(PREFIX)) {
            throw new IllegalArgumentException("an extractor version is tally-extract/NUMBER/LANG, e.g. tally-extract/1/en; got '" + extractor + "'");
        }
        int slash = extractor.indexOf('/', PREFIX.length());
        if (slash < 0) {
            throw new IllegalArgumentException("an extractor version ends with its language, e.g. tally-extract/1/en; got '" + extractor + "'");
        }
        int number;
        try {
            number = Integer.parseInt(extractor, PREFIX.length(), slash, 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the number of an extractor version is a whole number; got '" + extractor + "'");
        }
        return new ExtractorVersion(number, extractor.substring(slash + 1));
    }

    /**
     * The number of a figure's extractor, for choosing the newest: 0 when the figure names none or
     * one that is not Tally's (such figures still count, behind any of Tally's versions).
     */
    public static int numberOf(String extractor) {
        if (extractor == null) {
            return 0;
        }
        try {
            return parse(extractor).number();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
