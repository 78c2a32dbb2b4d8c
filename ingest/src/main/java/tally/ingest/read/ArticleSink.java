package tally.ingest.read;

/** Receives what a reader finds, in input order: articles, problems with the inputs, and what was skipped. */
public interface ArticleSink {

    void article(RawArticle article);

    void problem(InputProblem problem);

    /** Items left out by design (see {@link Skipped}); a sink that reports to a user shows and counts them. */
    default void skipped(Skipped skipped) {
    }
}
