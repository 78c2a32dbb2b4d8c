package tally.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import tally.stats.json.NumberAsWritten;

/**
 * One violence or migration figure found in an article: what it counts, how sure the text is,
 * where and when. This is the stable JSON record of {@code extract} and the {@code tally.figures} topic.
 *
 * @param id         deterministic id: the same article always yields the same ids
 * @param articleId  content hash of the cleaned article text
 * @param ref        the input's own id, when it had one
 * @param quote      the sentence the figure was read from
 * @param span       the sentence's offsets in the cleaned text
 * @param mention    the offsets of the number and the words that say what it counts
 * @param change     a percent change the text attaches to this figure, or null
 * @param warnings   why a field is missing (no publication date, no place in the text, ...)
 * @param rule       the extraction rule that said what the number counts ("SubjectVerb"), or null
 * @param kind       flow, stock, cumulative or incident ({@link Kind#UNKNOWN} in a record of schema 1)
 * @param definition which definition the text says the figure follows ({@link Definition#UNSPECIFIED} when it does not)
 * @param subdivision the ISO 3166-2 code of the state, province or department the text names
 *                   inside {@code place} ("MX-CHH"), or null
 * @param attribution who the text credits the number to ("INEGI", "the UN refugee agency"), or null
 * @param part       it breaks down the figure before, of the same metric, place and period ("72 killed ... 58
 *                   men and 14 women", "including 11 children"): a figure of its own, but not a report of that
 *                   statistic (written only when true)
 * @param dataset    the dataset of its article ({@link Dataset}; written only when not {@value Dataset#DEFAULT})
 */
@JsonPropertyOrder({"schema", "id", "articleId", "ref", "published", "source", "category", "metric", "value",
        "qualifier", "place", "subdivision", "period", "basis", "kind", "definition", "attribution", "part", "quote", "span", "extractor", "mention", "change", "lang",
        "url", "warnings", "rule", "dataset"})
public record Figure(
        String id,
        String articleId,
        String ref,
        LocalDate published,
        String source,
        Metric metric,
        @JsonSerialize(using = NumberAsWritten.class) double value,
        Qualifier qualifier,
        String place,
        Period period,
        Basis basis,
        String quote,
        Span span,
        String extractor,
        Span mention,
        @JsonInclude(JsonInclude.Include.NON_NULL) Change change,
        String lang,
        String url,
        List<String> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
        Kind kind,
        Definition definition,
        String subdivision,
        String attribution,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean part,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Dataset.OmitDefault.class) String dataset) {

    /**
     * Version of this record's JSON shape; consumers check it before reading. Schema 2 added
     * {@code kind}, {@code definition}, {@code subdivision} and {@code attribution}; a schema-1
     * record is read with kind {@link Kind#UNKNOWN} and definition {@link Definition#UNSPECIFIED}.
     */
    public static final int SCHEMA = 2;

    /**
     * The largest figure record accepted on {@code tally.figures}, in bytes: a figure is one
     * sentence and a few fields (under 3 KB from {@code extract}, whose sentences are capped at
     * 2,000 characters). A larger one is dead-lettered at once, before anything derived from it
     * could exceed what the application may write.
     */
    public static final int MAX_BYTES = 64 * 1024;

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(basis, "basis");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        kind = kind == null ? Kind.UNKNOWN : kind;
        definition = definition == null ? Definition.UNSPECIFIED : definition;
        dataset = Dataset.orDefault(dataset);
    }

    /** A figure of the default dataset. */
    public Figure(String id, String articleId, String ref, LocalDate published, String source, Metric metric, double value,
                  Qualifier qualifier, String place, Period period, Basis basis, String quote, Span span, String extractor,
                  Span mention, Change change, String lang, String url, List<String> warnings, String rule, Kind kind,
                  Definition definition, String subdivision, String attribution, boolean part) {
        this(id, articleId, ref, published, source, metric, value, qualifier, place, period, basis, quote, span, extractor,
                mention, change, lang, url, warnings, rule, kind, definition, subdivision, attribution, part, Dataset.DEFAULT);
    }

    /**
     * A figure with no meaning read: one made by hand, or read from an older extractor's record
     * (kind unknown, definition unspecified, no subdivision or attribution).
     */
    public Figure(String id, String articleId, String ref, LocalDate published, String source, Metric metric, double value,
                  Qualifier qualifier, String place, Period period, Basis basis, String quote, Span span, String extractor,
                  Span mention, Change change, String lang, String url, List<String> warnings, String rule) {
        this(id, articleId, ref, published, source, metric, value, qualifier, place, period, basis, quote, span, extractor,
                mention, change, lang, url, warnings, rule, Kind.UNKNOWN, Definition.UNSPECIFIED, null, null, false);
    }

    /** A figure with its meaning, not a part of another. */
    public Figure(String id, String articleId, String ref, LocalDate published, String source, Metric metric, double value,
                  Qualifier qualifier, String place, Period period, Basis basis, String quote, Span span, String extractor,
                  Span mention, Change change, String lang, String url, List<String> warnings, String rule, Kind kind,
                  Definition definition, String subdivision, String attribution) {
        this(id, articleId, ref, published, source, metric, value, qualifier, place, period, basis, quote, span, extractor,
                mention, change, lang, url, warnings, rule, kind, definition, subdivision, attribution, false);
    }

    /** A figure with no rule named: one made by hand, or read from an older extractor's record. */
    public Figure(String id, String articleId, String ref, LocalDate published, String source, Metric metric, double value,
                  Qualifier qualifier, String place, Period period, Basis basis, String quote, Span span, String extractor,
                  Span mention, Change change, String lang, String url, List<String> warnings) {
        this(id, articleId, ref, published, source, metric, value, qualifier, place, period, basis, quote, span, extractor,
                mention, change, lang, url, warnings, null);
    }

    /** This figure over another period (its data's cut-off day, stated elsewhere in its article). */
    public Figure withPeriod(Period other) {
        return new Figure(id, articleId, ref, published, source, metric, value, qualifier, place, other, basis, quote, span,
                extractor, mention, change, lang, url, warnings, rule, kind, definition, subdivision, attribution, part, dataset);
    }

    /** This figure with what the text says it means. */
    public Figure withMeaning(Kind kind, Definition definition, String subdivision, String attribution) {
        return new Figure(id, articleId, ref, published, source, metric, value, qualifier, place, period, basis, quote, span,
                extractor, mention, change, lang, url, warnings, rule, kind, definition, subdivision, attribution, part, dataset);
    }

    @JsonProperty("schema")
    public int schema() {
        return SCHEMA;
    }

    @JsonProperty("category")
    public Category category() {
        return metric.category();
    }
}
