/**
 * Watching news as it is published ({@code tally watch}): feeds polled on an interval, the pages
 * their items link to fetched politely ({@link tally.ingest.watch.PoliteFetcher}), what was seen
 * kept in Kafka ({@link tally.ingest.watch.SeenTopic}) so that a restart or a second machine does
 * not fetch again, and every new article published through the same path as {@code tally ingest}.
 */
package tally.ingest.watch;
