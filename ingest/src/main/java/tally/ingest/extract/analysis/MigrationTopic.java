package tally.ingest.extract.analysis;

import java.util.BitSet;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.ingest.text.WordIds;
import tally.stats.Category;
import tally.stats.Metric;

/** Whether a sentence is about migration: it names migrants, or says that people migrate. */
public final class MigrationTopic {

    private final Lexicon lex;
    /** The first words of the nouns {@link #namesMigrants} looks for: the other tokens start none. */
    private final BitSet migrantNounStarts;

    public MigrationTopic(Lexicon lex) {
        this.lex = lex;
        this.migrantNounStarts = lex.nouns.firstWords(MigrationTopic::isMigrantNoun);
    }

    /** The sentence names migrants or another migration noun. */
    public boolean namesMigrants(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            int word = t.get(i).word();
            if (word == WordIds.NONE || !migrantNounStarts.get(word)) {
                continue;
            }
            PhraseTable.Match<Lexicon.Noun> noun = lex.nouns.at(t, i);
            if (noun != null && isMigrantNoun(noun.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMigrantNoun(Lexicon.Noun noun) {
        return noun.kind() == Lexicon.Noun.Kind.MIGRANT || noun.metric() != null && noun.metric().category() == Category.MIGRATION;
    }

    /**
     * The people in the sentence are migrating: a migration agency or journey is named ("deaths on migration
     * routes", "durante viajes migratorios"), or a migration verb stands together with a crossing word
     * ("agents catch 1 million people a year trying to enter the U.S." near "Border Patrol"), so
     * that being caught is an apprehension rather than an arrest.
     */
    public boolean migrationAct(List<Token> t) {
        boolean crossingWord = false;
        for (int i = 0; i < t.size(); i++) {
            if (lex.migrationAgencies.at(t, i) != null || lex.migrationJourneys.at(t, i) != null) {
                return true;
            }
            crossingWord |= lex.crossing.contains(t.get(i));
        }
        // Verbs are looked up only in the few sentences with a crossing word: two phrase tables
        // probed at every token of every sentence were most of this method's cost.
        for (int i = 0; crossingWord && i < t.size(); i++) {
            PhraseTable.Match<Lexicon.Verb> verb = lex.verbs.at(t, i);
            if (verb == null) {
                verb = lex.subjectVerbs.at(t, i);
            }
            if (verb != null && verb.value().forPeople() == Metric.MIGRANTS) {
                return true;
            }
        }
        return false;
    }
}
