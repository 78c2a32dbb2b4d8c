package tally.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.generate.SyntheticNews;
import tally.stats.Span;

/**
 * {@link FigureExtractor} does not read the numbers of a sentence that {@link Linker#canLink}
 * rejects. That is only safe while no number of such a sentence can be linked, whatever the
 * context: checked here by linking every number of the rejected sentences of generated news anyway.
 */
class LinkWordsTest {

    private final Lexicon lex = Lexicon.forLanguage("en");
    private final Linker linker = new Linker(lex, new CountGuards(lex));
    private final NumberReader numbers = new NumberReader(lex);
    private final TimeExpressions times = new TimeExpressions(lex);
    private final PercentChanges changes = new PercentChanges(lex);
    private final PlaceMatcher places = PlaceMatcher.forLanguage("en");
    private final Sentences sentences = new Sentences("en", lex.abbreviations());

    @Test
    void typicalSentences() {
        assertFalse(linker.canLink(Tokenizer.tokenize("The committee has 8 members and meets twice a month.")));
        assertFalse(linker.canLink(Tokenizer.tokenize("Schools reopened after 77 days, the 61-year-old mayor said.")));
        assertTrue(linker.canLink(Tokenizer.tokenize("Police found the bodies of 12 people.")));
        assertTrue(linker.canLink(Tokenizer.tokenize("The death toll rose to 49.")));
        assertTrue(linker.canLink(Tokenizer.tokenize("15,273 Mexicans were killed last year.")));
    }

    @Test
    void noNumberOfARejectedSentenceLinks() {
        SyntheticNews news = new SyntheticNews(11);
        int rejected = 0;
        int linkedElsewhere = 0;
        int sieved = 0;
        for (int a = 0; a < 1_500; a++) {
            SyntheticNews.Article article = news.next();
            String text = article.text();
            char[] chars = text.toCharArray();
            for (Span span : sentences.split(chars, 0, chars.length)) {
                List<Token> tokens = Tokenizer.tokenize(chars, span.start(), span.end());
                if (!linker.mayLink(chars, span.start(), span.end())) {
                    assertFalse(linker.canLink(tokens), () -> "the sieve drops a sentence with a link word: " + text.substring(span.start(), span.end()));
                    sieved++;
                }
                List<NumberMention> found = numbers.read(text, tokens);
                if (found.isEmpty()) {
                    continue;
                }
                Sentence s = new Sentence(text, chars, span, tokens, found, times.find(tokens, found, article.published()),
                        changes.changes(tokens, found), places, linker);
                boolean links = anyLinks(s);
                if (linker.canLink(tokens)) {
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
    private boolean anyLinks(Sentence s) {
        for (NumberMention n : s.numbers()) {
            for (int npStart = n.end(); npStart <= Math.min(n.end() + 2, s.tokens().size()); npStart++) {
                Linker.NounPhrase np = linker.nounPhrase(s, npStart);
                for (boolean migrationContext : new boolean[] {false, true}) {
                    if (linker.link(s, n, n.start(), np, () -> migrationContext, List.of()) != null) {
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
