package tally.ingest.read;

import java.util.function.Consumer;

/** Receives what a reader finds, in input order: articles, problems with the inputs, and what was skipped. */
public interface ArticleSink {

    void article(RawArticle article);

    void problem(InputProblem problem);

    /** Items left out by design (see {@link Skipped}); a sink that reports to a user shows and counts them. */
    default void skipped(Skipped skipped) {
    }

    /** A sink that hands articles and problems to two consumers and ignores what was skipped. */
    static ArticleSink of(Consumer<RawArticle> articles, Consumer<InputProblem> problems) {
        return new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                articles.accept(article);
            }

            @Override
            public void problem(InputProblem problem) {
                problems.accept(problem);
            }
        };
    }
}
