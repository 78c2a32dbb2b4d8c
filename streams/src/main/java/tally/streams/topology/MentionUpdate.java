package tally.streams.topology;

import tally.stats.consolidate.FigureRef;

/** A figure that starts ({@code counts}) or stops counting as a mention of a metric, place and week ({@code week}, a mention key). */
record MentionUpdate(String week, FigureRef figure, boolean counts) {
}
