package tally.ingest.extract.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.extract.guard.NotACount;
import tally.ingest.extract.link.Linker;
import tally.ingest.extract.link.NounPhrase;
import tally.ingest.extract.mention.NumberMention;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.ArticleText;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Sentences;
import tally.ingest.text.Tokenizer;
import tally.ingest.text.WordIds;
import tally.ingest.text.WordSieve;
import tally.stats.Span;

/**
 * {@link SentenceReader} does not read the numbers of a sentence without one of the link rules'
 * key words ({@link LinkWords}). That is only safe while no number of such a sentence can be
 * linked, whatever the context: checked here by linking every number of the rejected sentences of
 * generated news anyway. If a rule declares too few key words, this fails.
 */
class LinkWordsTest {

    private final Lexicon lex = Lexicon.forLanguage("en");
    private final Linker linker = new Linker(lex, new NotACount(lex));
    private final LinkWords linkWords = new LinkWords(linker.keyWords());
    private final SentenceReader reader = new SentenceReader(lex, linkWords);
    private final Sentences sentences = lex.sentences();

    @Test
    void typicalSentences() {
        assertFalse(linkWords.any(Tokenizer.tokenize("The committee has 8 members and meets twice a month.")));
        assertFalse(linkWords.any(Tokenizer.tokenize("Schools reopened after 77 days, the 61-year-old mayor said.")));
        assertTrue(linkWords.any(Tokenizer.tokenize("Police found the bodies of 12 people.")));
        assertTrue(linkWords.any(Tokenizer.tokenize("The death toll rose to 49.")));
        assertTrue(linkWords.any(Tokenizer.tokenize("15,273 Mexicans were killed last year.")));
    }

    @Test
    void noNumberOfARejectedSentenceLinks() {
        SyntheticNews news = new SyntheticNews(11);
        int rejected = 0;
        int linkedElsewhere = 0;
        int sieved = 0;
        for (int a = 0; a < 1_500; a++) {
            SyntheticNews.Article article = news.next();
            ArticleText text = new ArticleText(article.text());
            for (Span span : text.sentences(sentences, new Span(0, article.text().length()))) {
                boolean any = linkWords.any(text.tokens(span));
                if (!linkWords.mayHold(text, span)) {
                    assertFalse(any, () -> "the sieve drops a sentence with a link word: " + text.substring(span));
                    sieved++;
                }
                SentenceAnalysis s = reader.readEveryNumber(reader.read(text, span, article.published()), article.published());
                if (s.numbers().isEmpty()) {
                    continue;
                }
                boolean links = anyLinks(s);
                if (any) {
                    linkedElsewhere += links ? 1 : 0;
                } else {
                    rejected++;
                    assertFalse(links, () -> "a number of a rejected sentence links: " + s.quote());
                }
            }
        }
        assertTrue(rejected > 1_000, "rejected sentences: " + rejected);
        assertTrue(sieved > 5_000, "sentences the sieve rejects from their characters: " + sieved);
        assertTrue(linkedElsewhere > 1_000, "the check links the numbers of other sentences: " + linkedElsewhere);
    }

    /** Whether any number links, from any start of its noun phrase and either migration context. */
    private boolean anyLinks(SentenceAnalysis s) {
        for (NumberMention n : s.numbers()) {
            for (int npStart = n.end(); npStart <= Math.min(n.end() + 2, s.tokens().size()); npStart++) {
                NounPhrase np = linker.nounPhrase(s, npStart);
                for (boolean migrationContext : new boolean[] {false, true}) {
                    if (linker.link(s, n, n.start(), np, () -> migrationContext, () -> null, List.of()) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void theSieveReadsWordsAsTheTokenizerDoes() {
        WordSieve sieve = new WordSieve(List.of("killed", "peña"));
        assertTrue(sieve.mayHold("15 were KILLED.".toCharArray(), 0, 15));
        assertTrue(sieve.mayHold("Peña".toCharArray(), 0, 4));
        assertFalse(sieve.mayHold("unkilled, killedx, x".toCharArray(), 0, 20));
        assertTrue(sieve.mayHold("\u0100".toCharArray(), 0, 1), "a letter beyond Latin-1 may be anything");
        assertTrue(new WordSieve(List.of("don't")).mayHold("x".toCharArray(), 0, 1), "a word with other characters is always possible");
    }

    @Test
    void aPhraseIsFoundByItsLongestWord() {
        PhraseTable<Boolean> table = new PhraseTable<>();
        table.add("the killing of", true);
        assertTrue(table.keyWords(v -> true).get(WordIds.intern("killing")));
        assertFalse(table.keyWords(v -> true).get(WordIds.intern("the")));
        assertNull(table.at(Tokenizer.tokenize("the of"), 0));
    }
}
