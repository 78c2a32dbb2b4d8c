package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.guard.Ranges;
import tally.ingest.extract.mention.ChangeMention;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;
import tally.stats.Qualifier;

/**
 * The number as the value of a total: linked by words alone ("homicides in 2011 totaled 27,213")
 * or, after a linking verb right before the number, by a total noun anywhere earlier in the clause
 * ("the death toll from the bombing at the border crossing rose to 60"), or, before a verb of change from a
 * value, by the total noun that opens the clause ("los homicidios consumados derivados de asaltos cayeron de 15 a 9").
 */
final class TotalValue implements LinkRule {

    /** How far back a total linked by words alone may stand. */
    private static final int WORDS_LOOKBACK = 12;
    /** How far back in its clause a total noun may stand before a linking verb. */
    private static final int CLAUSE_LOOKBACK = 30;

    private final Grammar g;

    TotalValue(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        if (q.np().headIs(Lexicon.Noun.Kind.LIVES)) {
            return null;
        }
        Metric total = totalBefore(q.s(), q.mentionStart());
        if (total == Metric.ARRESTS && q.aboutMigration()) {
            total = Metric.APPREHENSIONS; // "arrests by the Border Patrol rose to", as MetricNoun reads "1.774 detenciones" of people crossing
        }
        return total == null ? null
                : new Link(g.crossingAdjusted(q.s(), total, Metric.MIGRANT_DEATHS, q.s().namesMigrants()), q.np().end(), false, q.np().demonym());
    }

    private Metric totalBefore(SentenceAnalysis s, int mentionStart) {
        Metric linkedByWords = linkedByWords(s, mentionStart);
        if (linkedByWords != null) {
            return linkedByWords;
        }
        List<Token> t = s.tokens();
        PhraseTable.Match<Boolean> link = Ranges.totalLinkEndingAt(g.lex, t, mentionStart);
        if (link == null || link.length() < 2 && t.get(mentionStart - 1).lower().length() <= 3) {
            return null; // "of", "at", "is" alone link too loosely
        }
        boolean asideSkipped = false;
        for (int p = mentionStart - link.length(); p > Math.max(0, mentionStart - CLAUSE_LOOKBACK); p--) {
            Token prev = t.get(p - 1);
            int aside = asideSkipped ? -1 : g.asideStart(s, p - 1);
            if (aside > 0) {
                asideSkipped = true;
                p = aside + 1; // "la cifra de detenidos, desde que se implementó el régimen, asciende a": past the aside
                continue;
            }
            if (prev.isPunct() && !prev.is("-") && !prev.is(".")) {
                return changeFrom(t, link, mentionStart) ? relativeSubject(s, mentionStart - link.length()) : null;
            }
            PhraseTable.Match<Metric> total = g.lex.totalNouns.endingAt(t, p);
            if (total != null && (g.isHeadEnd(s, p) || changeFrom(t, link, mentionStart) && g.clauseOpening.at(s, p - total.length()))
                    && !g.coordinatedWithCounted(t, p)) {
                return migrantsBy(t, total.value(), p, mentionStart - link.length());
            }
            Metric subject = total == null ? countedSubject(s, p) : null;
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    /**
     * A total of migrants followed by a participle of what befell them before its verb is a count of that ("the number
     * of migrants apprehended in the sector rose from 112,000", "el número de migrantes deportados pasó de"), as
     * {@link SetTotal} reads "the total number of asylum seekers caught"; any other total is its own metric.
     */
    private Metric migrantsBy(List<Token> t, Metric total, int end, int linkStart) {
        if (total != Metric.MIGRANTS || end >= linkStart) {
            return total;
        }
        PhraseTable.Match<Lexicon.Verb> participle = g.lex.verbs.at(t, end);
        Metric m = participle == null ? null : participle.value().forMigrants();
        return m == null ? total : m;
    }

    /**
     * A metric noun ending at p that is the subject of its clause, perhaps after the people it says something of:
     * "los hondureños deportados por vía aérea suman 13.705", "Los menores de edad retornados en todo 2023 sumaron
     * 15.519", "los retornos cerraron en 55 mil 302", "Las personas asesinadas en Colima llegaron a 410"; or null.
     */
    private Metric countedSubject(SentenceAnalysis s, int p) {
        List<Token> t = s.tokens();
        PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.endingAt(t, p);
        if (noun == null || noun.value().counted() == null || !g.isHeadEnd(s, p) || g.coordinatedWithCounted(t, p)) {
            return null;
        }
        int start = p - noun.length();
        PhraseTable.Match<Lexicon.Noun> people = start > 0 ? g.lex.nouns.endingAt(t, start) : null;
        PlaceMention demonym = start > 0 ? s.placeEndingAt(start) : null;
        if (people != null && people.value().kind() == Lexicon.Noun.Kind.PERSON) {
            start -= people.length();
        } else if (demonym != null && demonym.kind() == tally.stats.Place.Kind.DEMONYM) {
            start = demonym.start();
        }
        return g.clauseOpening.at(s, start) ? noun.value().counted() : null;
    }

    /** A verb of change before the value it started from ("cayeron de", "fell from"). */
    private boolean changeFrom(List<Token> t, PhraseTable.Match<Boolean> link, int mentionStart) {
        return link.length() >= 2 && g.lex.changeFrom.contains(t.get(mentionStart - 1));
    }

    /** How far before its verb of change a relative pronoun may stand, past an aside ("que, según los datos oficiales,"). */
    private static final int RELATIVE_LOOKBACK = 10;

    /**
     * The total a relative clause's verb of change is said of ("las denuncias de homicidios, que, según los datos
     * oficiales, cayeron de 191 a 180", "homicides in Sonora, which fell from 191 to 180"): the total noun right before
     * the relative pronoun, past a place, or null.
     */
    private Metric relativeSubject(SentenceAnalysis s, int verb) {
        List<Token> t = s.tokens();
        for (int r = verb - 1; r > 0 && verb - r <= RELATIVE_LOOKBACK; r--) {
            if (!g.lex.relativePronouns.contains(t.get(r))) {
                continue;
            }
            int p = t.get(r - 1).is(",") ? r - 1 : r;
            PlaceMention place = s.placeEndingAt(p);
            if (place != null && place.start() > 1 && g.lex.locative.contains(t.get(place.start() - 1))) {
                p = place.start() - 1; // "los secuestros en Sonora, que ..."
            }
            PhraseTable.Match<Metric> total = g.lex.totalNouns.endingAt(t, p);
            return total != null && g.isHeadEnd(s, p) && !g.coordinatedWithCounted(t, p) ? total.value() : null;
        }
        return null;
    }

    private Metric linkedByWords(SentenceAnalysis s, int mentionStart) {
        List<Token> t = s.tokens();
        int p = mentionStart;
        int floor = Math.max(0, mentionStart - WORDS_LOOKBACK);
        boolean linked = false;
        while (p > floor) {
            PhraseTable.Match<Metric> total = g.lex.totalNouns.endingAt(t, p);
            if (total != null && linked && g.isHeadEnd(s, p) && !g.coordinatedWithCounted(t, p)) {
                return total.value();
            }
            Token prev = t.get(p - 1);
            TimeMention time = s.timeEndingAt(p);
            PlaceMention place = s.placeEndingAt(p);
            PhraseTable.Match<Qualifier> q = g.lex.qualifiers.endingAt(t, p);
            ChangeMention change = s.changeCovering(p - 1);
            if (change != null && change.start() < p) {
                p = change.start();
            } else if (time != null) {
                p = time.start();
            } else if (place != null) {
                p = place.start();
            } else if (g.lex.totalLinkWords.contains(prev) || prev.is(",")) {
                linked |= !prev.is(",");
                p--;
            } else if (q != null) {
                p -= q.length();
            } else if (prev.isNumber() || g.lex.locative.contains(prev) || g.lex.placePrefix.contains(prev)) {
                p--;
            } else {
                return null;
            }
        }
        return null;
    }

    @Override
    public BitSet keyWords(Lexicon lex) {
        BitSet words = lex.totalNouns.keyWords(v -> true);
        words.or(lex.nouns.keyWords(n -> n.counted() != null)); // the subject of a total ("los retornados sumaron")
        return words;
    }
}
