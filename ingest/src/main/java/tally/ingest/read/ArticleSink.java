package tally.ingest.read;

/** Receives what a reader finds, in input order: articles, and problems with the inputs. */
public interface ArticleSink {

    void article(RawArticle article);

    void problem(InputProblem problem);
}
