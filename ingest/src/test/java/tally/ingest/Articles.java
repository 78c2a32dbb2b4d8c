package tally.ingest;

import java.time.LocalDate;
import java.util.List;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;

/** Test shorthand: the figures of a plain-text article. */
public final class Articles {

    private static final Extraction EXTRACTION = new Extraction();

    private Articles() {
    }

    public static List<Figure> figures(String published, String text) {
        return figures("en", published, text);
    }

    public static List<Figure> figures(String lang, String published, String text) {
        return EXTRACTION.process(raw(lang, published, text, false)).figures();
    }

    /** The figures as "metric:value" ("deaths:1540"), in the order extraction gives them. */
    public static List<String> metricValues(String lang, String published, String text) {
        return figures(lang, published, text).stream()
                .map(f -> f.metric().name().toLowerCase(java.util.Locale.ROOT) + ":" + (long) f.value()).toList();
    }

    public static RawArticle raw(String published, String body, boolean html) {
        return raw("en", published, body, html);
    }

    private static RawArticle raw(String lang, String published, String body, boolean html) {
        return new RawArticle(null, published == null ? null : LocalDate.parse(published), "test", null, null, lang,
                body, html, "test");
    }
}
