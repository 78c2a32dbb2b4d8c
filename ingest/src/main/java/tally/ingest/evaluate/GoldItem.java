package tally.ingest.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import tally.ingest.read.RawArticle;
import tally.stats.Basis;
import tally.stats.Definition;
import tally.stats.Kind;
import tally.stats.Metric;
import tally.stats.Period;
import tally.stats.Qualifier;

/**
 * One gold-set item: a short text and every figure a careful annotator finds in it.
 *
 * @param form {@code "page"} when the text is a copy of a whole web page with its chrome (captions,
 *             menus, related links), which extraction then reads as a page; null or
 *             {@code "passage"} for the article's own text
 * @param url  the article's address, or null: extraction reads it as it reads a crawled article's (an outlet's
 *             country for a story that names no place)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldItem(String id, LocalDate published, String lang, String text, List<Expected> expect, String note,
                       String form, String url) {

    /** The form of an item that is a text copy of a whole page. */
    public static final String PAGE = "page";

    /** An item of the article's own text. */
    public GoldItem(String id, LocalDate published, String lang, String text, List<Expected> expect, String note) {
        this(id, published, lang, text, expect, note, null, null);
    }

    /** An item with its form and no address. */
    public GoldItem(String id, LocalDate published, String lang, String text, List<Expected> expect, String note, String form) {
        this(id, published, lang, text, expect, note, form, null);
    }

    public boolean isPage() {
        return PAGE.equals(form);
    }

    /** The item as extraction reads it: English unless it says, a page read as a text copy of a page (chrome filtered). */
    public RawArticle article() {
        return new RawArticle(id, published, "gold", url, null, lang == null ? "en" : lang, text, false, id, !isPage());
    }

    /**
     * An expected figure; {@code change} holds the expected percent change, if any; {@code kind} and
     * {@code definition} are null where the gold does not say (they are then not scored).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Expected(Metric metric, double value, Qualifier qualifier, String place, Period period, Basis basis,
                           ExpectedChange change, Kind kind, Definition definition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExpectedChange(double percent) {
    }
}
