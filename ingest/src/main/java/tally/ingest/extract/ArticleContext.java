package tally.ingest.extract;

import tally.stats.Period;

/**
 * What the article says around a sentence: the place it was last about, the next sentence's
 * place, the title's, and whether the previous sentence was about migration.
 */
record ArticleContext(String previous, String next, String title, boolean previousAboutMigrants, Period lastPeriod) {
    String best() {
        return previous != null ? previous : next != null ? next : title;
    }
}
