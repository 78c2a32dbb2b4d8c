package tally.ingest.clean;

/**
 * Tells a teaser by how it ends: a bracketed ellipsis, "[...]" or "[…]", the mark that content systems
 * (WordPress's excerpt among them) put after a story's opening cut short, in "more news" lists, related
 * stories and the page's own summary above the article. The full text, if the page carries it, stands
 * elsewhere; the cut copy is chrome and would give the article's figures twice (issue 16, point 9).
 */
final class Teaser {

    private Teaser() {
    }

    static boolean is(String text) {
        String t = text.stripTrailing();
        return t.endsWith("[...]") || t.endsWith("[\u2026]");
    }
}
