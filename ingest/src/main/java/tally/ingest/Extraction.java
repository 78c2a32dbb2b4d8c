package tally.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tally.ingest.clean.ArticleCleaner;
import tally.ingest.clean.CleanArticle;
import tally.ingest.clean.HtmlPage;
import tally.ingest.extract.FigureExtractor;
import tally.ingest.extract.Trace;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;

/** The extraction library's entry point: a raw article in, its clean text and figures out. */
public final class Extraction {

    /** The outcome for one article: its clean form and figures, or why there are none. */
    public record Result(CleanArticle article, List<Figure> figures, String problem) {
    }

    /** The languages Tally reads; each has a lexicon in {@code tally/lexicon/}. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "es");

    private final Map<String, FigureExtractor> extractors = new ConcurrentHashMap<>();
    private final Map<String, ArticleCleaner> cleaners = new ConcurrentHashMap<>();
    private final tally.ingest.clean.LanguageDetection detection = new tally.ingest.clean.LanguageDetection(LANGUAGES, "en");

    public Result process(RawArticle raw) {
        return process(raw, Trace.NONE);
    }

    /** @param trace told of every number read that did not become a figure, and why */
    public Result process(RawArticle raw, Trace trace) {
        // An HTML page is parsed once, here: its metadata may declare the language (JSON-LD inLanguage).
        HtmlPage page = raw.html() ? HtmlPage.parse(raw.body()) : null;
        String lang = raw.lang() != null ? raw.lang() : page != null ? page.metadata().lang() : null;
        if (lang == null) {
            var decision = detection.detect(raw.body(), raw.html());
            if (!decision.supported()) {
                return new Result(null, List.of(), "detected language '" + decision.lang() + "' is not supported (supported: "
                        + String.join(", ", new java.util.TreeSet<>(LANGUAGES)) + "; --lang overrides)");
            }
            lang = decision.lang();
        }
        ArticleCleaner cleaner = cleaners.get(lang); // a language's lexicon is looked for once
        if (cleaner == null) {
            Lexicon lexicon;
            try {
                lexicon = Lexicon.forLanguage(lang);
            } catch (IllegalArgumentException e) {
                return new Result(null, List.of(), "unsupported language '" + lang + "'");
            }
            cleaner = cleaners.computeIfAbsent(lang, l -> new ArticleCleaner(lexicon));
        }
        CleanArticle article = cleaner.clean(raw.withLang(lang), page);
        if (article == null) {
            return new Result(null, List.of(), "empty article (no text left after removing page chrome)");
        }
        List<Figure> figures = extractors.computeIfAbsent(lang, FigureExtractor::new).extract(article, trace);
        return new Result(article, figures, null);
    }
}
