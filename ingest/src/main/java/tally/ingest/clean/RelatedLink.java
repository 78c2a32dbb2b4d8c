package tally.ingest.clean;

import java.util.List;
import java.util.Locale;

/**
 * Tells a related link by how it opens: a label ("RELATED STORY:", "READ MORE:", "ALSO READ:", "LEA TAMBIÉN:"),
 * the lexicon's {@code [related label]}. The headline after the label is another story's, and so are its
 * figures: page chrome, not the article (issue 16, realnews/README.md "Chrome").
 */
final class RelatedLink {

    /** Longer blocks are paragraphs, whatever they open with. */
    static final int MAX_LENGTH = 300;

    private final List<String> labels;

    RelatedLink(List<String> labels) {
        this.labels = labels.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
    }

    boolean is(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" :", ":");
        for (String label : labels) {
            if (t.startsWith(label)) {
                return true;
            }
        }
        return false;
    }
}
