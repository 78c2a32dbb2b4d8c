package tally.ingest.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language of a BCP 47 tag as extraction reads it: its primary subtag, "es" of "es-MX" or "ES_mx". */
public final class LanguageTag {

    private static final Pattern TAG = Pattern.compile("([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*");

    private LanguageTag() {
    }

    /** The primary subtag in lower case, or null when the value is not a tag (a language's name, "Spanish"). */
    public static String primary(String tag) {
        Matcher m = tag == null ? null : TAG.matcher(tag.strip());
        return m != null && m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
