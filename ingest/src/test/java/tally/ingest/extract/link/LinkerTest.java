package tally.ingest.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tally.ingest.evaluate.Evaluation;
import tally.ingest.evaluate.GoldItem;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.LinkWords;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.analysis.SentenceReader;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.ArticleText;
import tally.ingest.text.Sentences;
import tally.stats.Metric;
import tally.stats.Span;

/**
 * The {@link Linker} tries a rule only in a sentence holding one of the rule's key words
 * ({@link LinkRule#keyWords}). Checked against trying every rule, for every number of the team's
 * gold sentences and of generated news, from each start of its noun phrase, in each context that
 * changes what links (the sentence before about migration or not, a statistic being counted or not,
 * figures before it in the sentence or not). If a rule declares too few key words, this fails.
 */
class LinkerTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void skippingARuleWithoutItsKeyWordsLinksAsTryingEveryRule(String lang) throws Exception {
        Lexicon lex = Lexicon.forLanguage(lang);
        Linker linker = new Linker(lex, new NotACount(lex));
        SentenceReader reader = new SentenceReader(lex, new LinkWords(linker.keyWords()));
        Sentences sentences = lex.sentences();
        List<String> texts = new ArrayList<>();
        for (String set : lang.equals("en") ? List.of("en", "en-holdout", "en-holdout2") : List.of("es")) {
            Evaluation.load(Path.of(getClass().getResource("/gold/" + set + ".jsonl").toURI())).stream().map(GoldItem::text).forEach(texts::add);
        }
        if (lang.equals("en")) {
            SyntheticNews news = new SyntheticNews(5);
            for (int a = 0; a < 300; a++) {
                texts.add(news.next().text());
            }
        }
        int linked = 0;
        for (String body : texts) {
            ArticleText text = new ArticleText(body);
            for (Span span : text.sentences(sentences, new Span(0, body.length()))) {
                SentenceAnalysis s = reader.readEveryNumber(reader.read(text, span, null), null);
                linked += linksAlike(linker, s);
            }
        }
        assertTrue(linked > 300, "numbers linked: " + linked);
    }

    /** Links every number as the extractor would, both ways; returns how many linked. */
    private static int linksAlike(Linker linker, SentenceAnalysis s) {
        int linked = 0;
        for (Metric current : new Metric[] {null, Metric.DEATHS, Metric.MIGRANTS}) {
            for (boolean migrationContext : new boolean[] {false, true}) {
                List<Candidate> earlier = new ArrayList<>();
                for (NumberMention n : s.numbers()) {
                    for (int npStart = n.end(); npStart <= Math.min(n.end() + 2, s.tokens().size()); npStart++) {
                        NounPhrase np = linker.nounPhrase(s, npStart);
                        Link skipping = linker.link(s, n, n.start(), np, () -> migrationContext, () -> current, earlier);
                        Link everyRule = linker.linkTryingEveryRule(s, n, n.start(), np, () -> migrationContext, () -> current, earlier);
                        assertEquals(everyRule, skipping, () -> "number " + n.value() + " of: " + s.quote());
                        if (everyRule != null && npStart == n.end()) {
                            earlier.add(Candidate.of(n).linked(everyRule.metric(), everyRule.end(), everyRule.rule(), everyRule.continues()));
                            linked++;
                        }
                    }
                }
            }
        }
        return linked;
    }
}
