// Writes everything extraction makes of a set of inputs, one file per input, so that two builds can be
// compared byte for byte (tools/extraction-same.py runs it): every figure with all its fields and its
// rule, every number dropped with the guard or reason, every article's id, paragraphs and problem.
// A performance change must leave this output identical.
//
//   java -cp ingest/target/classes:stats/target/classes:app/target/tally.jar tools/ExtractionDump.java OUT_DIR INPUT...
//
// An input is a gold set (.jsonl whose items carry "expect": each item read as evaluate reads it), a
// folder of seed articles (seeds.json gives each file's date and outlet, as SeedArticlesTest reads
// them), "synthetic:N" (the first N articles of the JMH benchmark's generated news, seed 1), or any
// file or folder extract reads. An input whose path says "holdout" or "fresh" under realnews/ is
// written as one SHA-256 per item: those items are never read by whoever tunes the rules.

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tally.ingest.Extraction;
import tally.ingest.evaluate.Evaluation;
import tally.ingest.evaluate.GoldItem;
import tally.ingest.extract.Trace;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.read.ArticleReader;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.Hashes;
import tally.stats.json.Json;

public class ExtractionDump {

    private final Extraction extraction = new Extraction();

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionDump OUT_DIR INPUT...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ExtractionDump dump = new ExtractionDump();
        for (int i = 1; i < args.length; i++) {
            String input = args[i];
            boolean sealed = input.contains("realnews/") && (input.contains("holdout") || input.contains("fresh"));
            List<String> lines = dump.lines(input, sealed);
            Path file = out.resolve(input.replaceAll("[^A-Za-z0-9._-]+", "_") + ".out");
            Files.write(file, lines, StandardCharsets.UTF_8);
            System.out.println(file + ": " + lines.size() + " lines");
        }
    }

    private List<String> lines(String input, boolean sealed) throws IOException {
        List<String> lines = new ArrayList<>();
        if (input.startsWith("synthetic:")) {
            SyntheticNews news = new SyntheticNews(1);
            for (int n = Integer.parseInt(input.substring("synthetic:".length())); n > 0; n--) {
                SyntheticNews.Article a = news.next();
                article(new RawArticle(a.id(), a.published(), a.source(), a.url(), a.title(), a.lang(), a.text(), false, a.id(), true), lines);
            }
            return lines;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path) && Files.exists(path.resolve("seeds.json"))) {
            for (JsonNode seed : Json.MAPPER.readTree(path.resolve("seeds.json").toFile())) {
                read(path.resolve(seed.get("file").asText()).toString(),
                        new ArticleReader.Defaults(LocalDate.parse(seed.get("published").asText()), seed.get("outlet").asText(), null), lines);
            }
            return lines;
        }
        if (input.endsWith(".jsonl") && Files.lines(path).findFirst().orElse("").contains("\"expect\"")) {
            for (GoldItem item : Evaluation.load(path)) {
                List<String> own = new ArrayList<>();
                article(item.article(), own);
                if (sealed) {
                    lines.add(item.id() + " " + Hashes.sha256(String.join("\n", own), 64));
                } else {
                    lines.addAll(own);
                }
            }
            return lines;
        }
        read(input, new ArticleReader.Defaults(null, null, null), lines);
        return lines;
    }

    private void read(String input, ArticleReader.Defaults defaults, List<String> lines) {
        new ArticleReader(defaults).read(input, System.in,
                ArticleSink.of(article -> article(article, lines), problem -> lines.add("problem " + problem)));
    }

    /** The article's outcome without a trace (as the benchmark and ingest run it), then the numbers a trace is told of. */
    private void article(RawArticle raw, List<String> lines) {
        Extraction.Result result = extraction.process(raw);
        lines.add("article " + raw.origin() + " " + (result.article() == null ? "-" : result.article().id() + " "
                + result.article().paragraphs()) + " " + result.problem());
        for (Figure f : result.figures()) {
            try {
                lines.add(Json.MAPPER.writeValueAsString(f));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        List<String> dropped = new ArrayList<>();
        Extraction.Result traced = extraction.process(raw, (quote, value, reason) -> dropped.add("dropped " + value + " " + reason + " | " + quote));
        if (!traced.figures().equals(result.figures())) {
            lines.add("traced run differs: " + traced.figures().size() + " figures");
        }
        lines.addAll(dropped);
    }
}
