package tally.ingest.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tally.ingest.Extraction;
import tally.ingest.read.ArticleSink;
import tally.ingest.read.InputProblem;
import tally.ingest.read.InputReport;
import tally.ingest.read.RawArticle;
import tally.ingest.read.Skipped;

/** Reads articles, extracts their figures and publishes both; counts what it did and what went wrong. */
public final class Ingestion implements ArticleSink {

    /** What an ingestion did so far. */
    public record Progress(long articles, long figures, long problems, long skipped, long startedNanos) {
        public double articlesPerSecond() {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            return seconds <= 0 ? 0 : articles / seconds;
        }
    }

    private final Extraction extraction = new Extraction();
    private final KafkaPublisher publisher;
    private final Consumer<InputReport> onReport;
    private final String dataset;
    private final List<InputProblem> problems = new ArrayList<>();
    private final long started = System.nanoTime();
    private long articles;
    private long figures;
    private long skipped;

    /** @param onReport told of each problem and each line of skipped items, as they happen */
    public Ingestion(KafkaPublisher publisher, Consumer<InputReport> onReport) {
        this(publisher, onReport, null);
    }

    /**
     * @param dataset the dataset of every article ({@code --dataset}), or null: each input's own
     *                (a JSON Lines "dataset"), else the default
     */
    public Ingestion(KafkaPublisher publisher, Consumer<InputReport> onReport, String dataset) {
        this.publisher = publisher;
        this.onReport = onReport;
        this.dataset = dataset;
    }

    @Override
    public void article(RawArticle raw) {
        Extraction.Result result = extraction.process(dataset == null ? raw : raw.inDataset(dataset));
        if (result.problem() != null) {
            problem(new InputProblem(raw.origin(), result.problem()));
            return;
        }
        var refused = publisher.publish(raw.origin(), result.article(), result.figures());
        if (refused.isPresent()) {
            problem(new InputProblem(raw.origin(), refused.get()));
            return;
        }
        articles++;
        figures += result.figures().size();
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
        onReport.accept(problem);
    }

    @Override
    public void skipped(Skipped items) {
        skipped += items.items();
        onReport.accept(items);
    }

    public Progress progress() {
        return new Progress(articles, figures, problems.size(), skipped, started);
    }

    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }
}
