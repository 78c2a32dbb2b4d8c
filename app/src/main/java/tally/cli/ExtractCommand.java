package tally.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.ingest.Extraction;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.InputProblem;
import tally.ingest.read.RawArticle;
import tally.ingest.read.Skipped;
import tally.stats.Figure;
import tally.stats.json.Json;

/** {@code tally extract}: figures from articles, as JSON Lines on standard output. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts violence and migration figures from articles, as JSON Lines.",
            "",
            "Reads JSON Lines batches (one article a line: id, published, text; optional url, source, title, lang), "
                + "HTML pages, plain text, RSS and Atom feeds, and WARC and WET web archives, each gzipped or not; "
                + "folders are read recursively and - reads standard input. Writes one "
                + "JSON object per figure to standard output. A problem with an input (missing file, invalid JSON on "
                + "a line, binary or empty input) is reported on standard error in one line; the other inputs are "
                + "still processed.",
            "",
            "Exit status: 0 all inputs read, 1 some input had a problem, 2 bad usage."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files or folders; - reads standard input.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs that do not carry one (text and HTML files).")
    LocalDate published;

    @Option(names = "--source", paramLabel = "NAME", description = "Outlet name for inputs that do not carry one.")
    String source;

    @Option(names = "--lang", paramLabel = "LANG", converter = Choice.Languages.class, completionCandidates = Choice.Languages.class,
            description = "Language of every input (${COMPLETION-CANDIDATES}), overriding the inputs' lang field and detection.")
    String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extraction extraction = new Extraction();
        ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(published, source, null));
        int[] problems = {0};
        int[] counts = {0, 0};
        long[] skipped = {0};
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(RawArticle read) {
                RawArticle raw = lang == null ? read : read.withLang(lang);
                Extraction.Result result = extraction.process(raw);
                if (result.problem() != null) {
                    problem(new InputProblem(raw.origin(), result.problem()));
                    return;
                }
                counts[0]++;
                for (Figure f : result.figures()) {
                    out.println(json(f));
                    counts[1]++;
                }
            }

            @Override
            public void problem(InputProblem problem) {
                problems[0]++;
                err.println("tally extract: " + problem);
            }

            @Override
            public void skipped(Skipped items) {
                skipped[0] += items.items();
                err.println("tally extract: " + items);
            }
        };
        for (String input : inputs) {
            reader.read(input, System.in, sink);
        }
        out.flush();
        if (problems[0] > 0 || skipped[0] > 0) {
            err.printf("tally extract: %d article(s), %d figure(s), %d problem(s)%s%n", counts[0], counts[1], problems[0],
                    skipped[0] == 0 ? "" : ", " + skipped[0] + " item(s) skipped (not articles)");
        }
        return problems[0] == 0 ? 0 : 1;
    }

    private static String json(Figure f) {
        try {
            return Json.MAPPER.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write figure " + f.id(), e);
        }
    }
}
