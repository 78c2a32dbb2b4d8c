package tally.ingest.read;

/**
 * The articles of a feed file ({@link Feed}): each item with its whole text becomes an article. An
 * item with only a summary ({@code description}, Atom {@code summary}) is skipped with one line: a
 * teaser published as an article would count its one number without the article's context (the
 * feed watcher fetches its page instead). The feed's title is the outlet and its language the
 * articles' unless the command line says otherwise.
 */
final class FeedArticles {

    private final ArticleReader.Defaults defaults;

    FeedArticles(ArticleReader.Defaults defaults) {
        this.defaults = defaults;
    }

    void read(String origin, byte[] bytes, ArticleSink sink) {
        Feed feed;
        try {
            feed = Feed.parse(bytes);
        } catch (Feed.NotAFeed e) {
            sink.problem(new InputProblem(origin, "not a feed Tally can read (" + e.getMessage() + ")"));
            return;
        }
        if (feed.items().isEmpty()) {
            sink.problem(new InputProblem(origin, "a feed without items"));
            return;
        }
        String source = defaults.source() != null ? defaults.source() : feed.title();
        String lang = defaults.lang() != null ? defaults.lang() : feed.lang();
        for (int i = 0; i < feed.items().size(); i++) {
            Feed.Item item = feed.items().get(i);
            String itemOrigin = origin + ":item " + (i + 1);
            if (item.text() == null) {
                sink.skipped(new Skipped(itemOrigin, "only a summary in the feed, not the article"
                        + (item.link() == null ? "" : " (" + item.link() + ")") + "; not published", 1));
                continue;
            }
            sink.article(new RawArticle(item.uri(), item.published() != null ? item.published() : defaults.published(), source,
                    item.link(), item.title(), lang, item.text(), item.html(), itemOrigin, true));
        }
    }
}
