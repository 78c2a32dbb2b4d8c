package tally.ingest.clean;

/**
 * A paragraph-like unit of a page, with the signals the boilerplate filter weighs.
 *
 * @param text        the block's text, white space collapsed
 * @param linkDensity share of the text inside links (0 for plain text)
 * @param listItem    a list entry (HTML li, or an indented or bulleted line in a text copy)
 * @param chrome      inside an element HTML5 reserves for page chrome (nav, aside, footer, ...)
 */
public record Block(String text, double linkDensity, boolean listItem, boolean chrome) {

    public static Block plain(String text, boolean listItem) {
        return new Block(text, 0, listItem, false);
    }
}
