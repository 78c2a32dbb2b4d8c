package tally.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.ingest.Extraction;
import tally.ingest.clean.CleanArticle;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.InputProblem;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.FigureValidation;
import tally.stats.Span;
import tally.stats.json.Json;

/**
 * Coverage-guided fuzzing (Jazzer) of extraction: arbitrary text in either language with an
 * arbitrary publication date, and arbitrary bytes through the reader and the HTML cleaner. No
 * input may throw (extraction documents no exception: a problem is a {@code Result.problem()}
 * or an {@link InputProblem}), take longer than {@link #PER_INPUT}, or give a malformed figure
 * ({@link #checkFigures}). Inputs are text: a header line, then the body (see each method).
 *
 * <p>Plain {@code mvn test} only replays the kept corpus, {@code
 * src/test/resources/tally/ingest/extract/ExtractorFuzzTestInputs/<method>/} (regression mode).
 * Jazzer fuzzes only when the environment has {@code JAZZER_FUZZ=1}, one fuzz test per JVM, for
 * {@code jazzer.max_duration}; {@code mvn verify} does that for 30 s per method after the unit
 * tests (ingest/pom.xml; {@code -Dtally.fuzz.duration=5m} for longer, {@code -Dtally.fuzz.skip=true}
 * to skip), in {@code ingest/target/fuzz/}, printing any finding (Base64) and writing it there.
 * To fuzz longer and keep what is found, from the root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -pl ingest -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='ExtractorFuzzTest#fuzzText' -Djazzer.max_duration=30m
 * </pre>
 *
 * (and {@code #fuzzPage}). Run so, Jazzer grows its corpus in {@code ingest/.cifuzz-corpus/}
 * (scratch, not for the repository) and writes each finding ({@code crash-<sha1>}) into the
 * inputs folder above, where {@code mvn test} replays it from then on: fix the cause, give the
 * file a name that says what it is, and keep it.
 */
class ExtractorFuzzTest {

    private static final Map<String, FigureExtractor> EXTRACTORS = Map.of("en", new FigureExtractor("en"), "es", new FigureExtractor("es"));
    private static final Extraction EXTRACTION = new Extraction();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    /**
     * The hang limit of one input (a few KB; milliseconds even when instrumented). It is enforced
     * here rather than by JUnit's {@code @Timeout}, which in fuzzing mode times the whole fuzzing
     * run; an input over it is a finding like a crash.
     */
    private static final Duration PER_INPUT = Duration.ofSeconds(20);

    static {
        // The language detector loads its profiles on first use, and the first HTML page loads (and
        // Jazzer instruments) the HTML parser's classes: on a loaded machine each took over
        // PER_INPUT (the first page input 6 s at load 20, over 20 s at load 30). Done here,
        // outside any input's time.
        EXTRACTION.process(new RawArticle("warm-up", null, null, null, null, null, "Three people were killed on Monday.", false, "warm-up"));
        readPage("page\n<!DOCTYPE html><html><head><title>Warm-up</title></head><body><p>Three people were killed on Monday.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Plain text. Header line: "es" anywhere means Spanish (else English) and a YYYY-MM-DD the
     * publication date (any year 0000-9999, as a JSON Lines "published" can say; none: no date).
     * The body is extracted twice: as a cleaned article of its own lines (what re-extraction
     * reads back from Kafka) and through the whole library ({@link Extraction}).
     */
    @FuzzTest(maxDuration = "2m")
    @DictionaryFile(resourcePath = "ExtractorFuzzTest-text.dict")
    void fuzzText(byte[] input) {
        assertTimeoutPreemptively(PER_INPUT, () -> extractText(input));
    }

    private static void extractText(byte[] input) {
        String all = new String(input, StandardCharsets.UTF_8);
        int nl = all.indexOf('\n');
        String header = nl < 0 ? "" : all.substring(0, nl);
        String body = nl < 0 ? all : all.substring(nl + 1);
        String lang = header.contains("es") ? "es" : "en";
        LocalDate published = date(header);

        CleanArticle article = cleanArticleOf(body, published, lang);
        if (article != null) {
            List<Figure> figures = EXTRACTORS.get(lang).extract(article);
            checkFigures(article, figures);
            assertEquals(figures, EXTRACTORS.get(lang).extract(article), "the same article gives the same figures");
        }
        check(EXTRACTION.process(new RawArticle("fuzz", published, "fuzz", null, null, lang, body, false, "fuzz")), lang);
    }

    /**
     * Arbitrary bytes through {@link ArticleReader} and {@link Extraction}, as a file of a batch.
     * Header line (ASCII): "jsonl", "txt" or "stdin" choose the file name (else "page.html": the
     * HTML cleaning path, jsoup and the page's own metadata); "en" or "es" the language (else it
     * is detected). Without a newline the whole input is an English HTML page.
     */
    @FuzzTest(maxDuration = "2m")
    @DictionaryFile(resourcePath = "ExtractorFuzzTest-page.dict")
    void fuzzPage(byte[] input) {
        assertTimeoutPreemptively(PER_INPUT, () -> readPage(input));
    }

    private static void readPage(byte[] input) {
        int nl = indexOf(input, (byte) '\n');
        String header = nl < 0 ? "" : new String(input, 0, nl, StandardCharsets.ISO_8859_1);
        byte[] body = nl < 0 ? input : java.util.Arrays.copyOfRange(input, nl + 1, input.length);
        String name = header.contains("jsonl") ? "batch.jsonl" : header.contains("txt") ? "a.txt" : header.contains("stdin") ? "" : "page.html";
        String lang = header.contains("es") ? "es" : header.contains("en") || nl < 0 ? "en" : null;

        List<RawArticle> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleReader(new ArticleReader.Defaults(null, "fuzz", lang)).readBytes("fuzz", name, body,
                ArticleSink.of(articles::add, problems::add));
        for (InputProblem p : problems) {
            assertOneLine(p.toString());
        }
        for (RawArticle raw : articles) {
            check(EXTRACTION.process(raw), raw.lang());
        }
    }

    /** A result is a problem (one line, nothing else) or an article with well-formed figures. */
    private static void check(Extraction.Result result, String lang) {
        if (result.problem() != null) {
            assertOneLine(new InputProblem("fuzz", result.problem()).toString()); // as the commands report it
            assertNull(result.article());
            assertTrue(result.figures().isEmpty());
            return;
        }
        assertNotNull(result.article());
        if (lang != null) {
            assertEquals(lang, result.article().lang());
        }
        checkFigures(result.article(), result.figures());
    }

    /**
     * What every figure must be: its quote the text at its span, its mention inside the quote, a
     * finite positive value, a known place, a period that does not end before it starts (the
     * record checks that), an id unique in the article, and a JSON round trip that changes nothing.
     * A value above {@link FigureValidation#MAX_VALUE}, a period before 1900 or a publication date
     * outside 1900-2199 are the validator's to reject downstream (dead letters), not malformed.
     */
    static void checkFigures(CleanArticle article, List<Figure> figures) {
        String text = article.text();
        Set<String> ids = new HashSet<>();
        for (Figure f : figures) {
            Span span = f.span();
            assertTrue(span.end() <= text.length(), () -> "span " + span + " beyond the text (" + text.length() + ")");
            assertTrue(span.end() > span.start(), () -> "empty span " + span);
            assertEquals(text.substring(span.start(), span.end()), f.quote(), "the quote is the text at its span");
            Span m = f.mention();
            assertTrue(m != null && m.start() >= span.start() && m.end() <= span.end() && m.end() > m.start(),
                    () -> "mention " + m + " outside its sentence " + span);
            assertTrue(Double.isFinite(f.value()) && f.value() > 0, () -> "value " + f.value());
            String problem = FigureValidation.problem(f);
            assertTrue(problem == null || !problem.startsWith("unknown place") && !problem.startsWith("missing id"),
                    () -> problem + ": " + f);
            assertTrue(ID.matcher(f.id()).matches(), f.id());
            assertTrue(ids.add(f.id()), () -> "two figures with id " + f.id() + ": " + figures);
            assertEquals(article.id(), f.articleId());
            assertEquals(article.lang(), f.lang());
            assertEquals("tally-extract/" + FigureExtractor.VERSION + "/" + article.lang(), f.extractor());
            if (f.change() != null) {
                assertTrue(Double.isFinite(f.change().percent()), () -> "change " + f.change());
                assertTrue(f.change().baseline() == null || Double.isFinite(f.change().baseline()) && f.change().baseline() >= 0,
                        () -> "change " + f.change());
            }
            try {
                assertEquals(f, Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(f), Figure.class), "JSON round trip");
            } catch (java.io.IOException e) {
                throw new AssertionError("figure does not serialize: " + f, e);
            }
        }
    }

    /** The body as the cleaner would hand it over: one paragraph per non-blank line, or null. */
    private static CleanArticle cleanArticleOf(String body, LocalDate published, String lang) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            if (!body.substring(start, end).isBlank()) {
                paragraphs.add(new Span(start, end));
            }
            start = end + 1;
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        return new CleanArticle(CleanArticle.idOf(body), "fuzz", published, "fuzz", null, null, lang, body, paragraphs,
                published == null ? List.of("no publication date") : List.of());
    }

    private static LocalDate date(String header) {
        Matcher m = DATE.matcher(header);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void assertOneLine(String message) {
        assertTrue(message != null && !message.isBlank() && message.lines().count() == 1, () -> "not a one-line message: " + message);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
