package tally.ingest.clean;

/**
 * Tells a line of items set apart by vertical bars: a ticker ("Breaking: Flood leaves 230 dead | Ferry
 * capsizes, 61 feared drowned"), a menu, a headline run into its byline and date ("... | 20 de mayo de
 * 2024"). Prose does not separate its clauses with bars; a page's title bar does, but there only the
 * first item is long ("Gunmen kill 14 in Benin | World | The Guardian"), so two long items are asked for.
 */
final class BarSeparatedItems {

    static final String BAR = " | ";
    /** Items of fewer words are labels (a section, an outlet, a credit). */
    static final int LONG_ITEM_WORDS = 4;
    /** Longer blocks are paragraphs, whatever they hold. */
    static final int MAX_LENGTH = 600;

    private BarSeparatedItems() {
    }

    static boolean is(String text) {
        if (text.length() > MAX_LENGTH || !text.contains(BAR)) {
            return false;
        }
        int longItems = 0;
        for (String item : text.split(" \\| ")) {
            longItems += item.strip().split("\\s+").length >= LONG_ITEM_WORDS ? 1 : 0;
        }
        return longItems >= 2;
    }
}
