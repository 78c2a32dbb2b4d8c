/**
 * Extraction: figures from a cleaned article, as one generic engine ({@link tally.ingest.extract.FigureExtractor})
 * over small named rules. The sub-packages follow the data:
 * <ol>
 *   <li>{@code mention}: numbers, time expressions, places and percent changes found in a sentence's tokens;</li>
 *   <li>{@code analysis}: a sentence's {@code SentenceAnalysis} (built once), the article's context, and the
 *       {@code Candidate} each step returns enriched;</li>
 *   <li>{@code guard}: reasons a number is no count ({@code NumberGuard}s, in order, then rates and forecasts);</li>
 *   <li>{@code link}: the {@code LinkRule}s that say what a number counts, tried in order by the {@code Linker};</li>
 *   <li>{@code resolve}: where ({@code PlaceResolver}: country and subdivision) and when ({@code PeriodResolver}),
 *       and percent changes;</li>
 *   <li>{@code meaning}: what sort of count it is ({@code KindResolver}), the definition it follows
 *       ({@code DefinitionResolver}) and who it is credited to ({@code AttributionReader}).</li>
 * </ol>
 * Words are never written in rules: they come from the lexicon ({@code tally/lexicon/<lang>.lex}), so one rule
 * serves every language. Every figure names the rule that linked it ({@code rule}); {@code evaluate --misses}
 * names it for every disagreement and, for a missed figure, the guard that dropped its number.
 *
 * <h2>Adding a rule</h2>
 * First try the lexicon: a new verb, noun or total is an entry, not a rule. A new construction is a class in
 * {@code link} implementing {@code LinkRule}, with its window sizes as named constants, put in the
 * {@code Linker}'s list where it should be tried. Say real reporting writes "the dead number 41" (a total
 * noun, then a verb of number, then the value). A rule for it:
 * <pre>{@code
 * final class NumberVerb implements LinkRule {          // "the dead number 41", "los muertos suman 41"
 *     private final Grammar g;
 *     NumberVerb(Grammar g) { this.g = g; }
 *     public Link link(LinkQuery q) {
 *         PhraseTable.Match<Boolean> verb = g.lex.numberVerbs.endingAt(q.s().tokens(), q.mentionStart());
 *         if (verb == null) return null;
 *         PhraseTable.Match<Metric> total = g.lex.totalNouns.endingAt(q.s().tokens(), q.mentionStart() - verb.length());
 *         return total == null ? null : new Link(total.value(), q.np().end(), false, q.np().demonym());
 *     }
 *     public BitSet keyWords(Lexicon lex) { return lex.totalNouns.keyWords(v -> true); }
 * }
 * }</pre>
 * with a {@code [number verb]} section in each lexicon ("number", "total", "suman", "ascienden a"). Its key words
 * say which sentences can hold its figures at all: a sentence with no rule's key word is never read
 * ({@code LinkWordsTest} fails if a rule declares too few). Then add gold sentences in our own words, in both
 * languages, to {@code ingest/src/test/resources/gold/} and check {@code evaluate --misses} on every set.
 */
package tally.ingest.extract;
