package tally.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.stats.Change;

/**
 * A headline takes the period (and kind) of the lead it repeats (realnews/README.md, "Period"): a figure of the
 * headline waits here for the first figure of its metric and value in the few sentences after it, and when that one
 * dates it otherwise ("RSF kills 40 people in attack on displacement camp" ... "killed 40 people on Monday"; "Llegan
 * 15.148 inmigrantes en lo que va de año" ... "desde enero hasta el 15 de marzo"), takes its period and kind.
 */
final class HeadlineLeads {

    /** How many paragraphs from the top a headline may stand (after a page's date or section line). */
    private static final int HEADLINE_PARAGRAPHS = 4;
    /** A headline is a line, not a paragraph. */
    private static final int HEADLINE_MAX = 200;
    /** How many sentences after a headline the lead that repeats its figure may stand. */
    private static final int LEAD_REACH = 4;

    /** A figure of the headline, the {@code at}-th of the article's figures, waiting for the lead that repeats it. */
    record Waiting(int at, SentenceAnalysis sentence, Candidate candidate, Change change, boolean part, int sentenceIndex) {
    }

    /** Made for the few articles whose headline states a figure. */
    private List<Waiting> waiting;

    /** Whether a paragraph, counted from 0, is near enough the top to hold the headline. */
    static boolean top(int paragraph) {
        return paragraph < HEADLINE_PARAGRAPHS;
    }

    /**
     * The line the count stands on is a headline: short, with no sentence end ("Gunmen kill 17 in weekend attack"),
     * whether it is a paragraph of its own or glued to the lead that follows it.
     */
    static boolean isHeadline(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start && end - start <= HEADLINE_MAX && ".!?".indexOf(text.charAt(end - 1)) < 0;
    }

    void await(Waiting figure) {
        waiting = waiting == null ? new ArrayList<>() : waiting;
        waiting.add(figure);
    }

    /**
     * The headline figures {@code c} of sentence {@code sentenceIndex} repeats with another period or kind, each given
     * c's period and kind (and no longer waiting); headlines too far above stop waiting.
     */
    List<Waiting> restatedBy(Candidate c, int sentenceIndex) {
        if (waiting == null) {
            return List.of();
        }
        List<Waiting> restated = new ArrayList<>(1);
        for (int k = 0; k < waiting.size(); k++) {
            Waiting h = waiting.get(k);
            if (h == null) {
                continue;
            }
            if (sentenceIndex - h.sentenceIndex() > LEAD_REACH) {
                waiting.set(k, null);
                continue;
            }
            Candidate was = h.candidate();
            if (c.metric() == was.metric() && Math.abs(c.number().value() - was.number().value()) < 0.5
                    && (!Objects.equals(c.period(), was.period()) || c.kind() != was.kind())) {
                Candidate led = was.dated(c.period(), was.basis(), List.of()).meaning(c.kind(), was.definition(), was.attribution());
                restated.add(new Waiting(h.at(), h.sentence(), led, h.change(), h.part(), h.sentenceIndex()));
                waiting.set(k, null);
            }
        }
        return restated;
    }
}
