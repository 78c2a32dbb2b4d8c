package tally.ingest.extract.link;

import java.util.BitSet;
import java.util.List;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.PlaceMention;
import tally.ingest.extract.mention.TimeMention;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;
import tally.stats.Metric;

/**
 * People counted as a part of the counted: a partitive frame names the metric, with the count
 * after it in the clause it opens ("Among those killed were 22 police officers", "Entre los
 * detenidos hay 54 hondureños") or before it ("640 children were among the dead", "9,000 of those
 * killed", "3,000 of the migrants were Haitians", "six of the thirty murders"), or a frame naming them before
 * a verb of their parts ("The dead included three police officers"). The frame's word is a verb of what
 * happened to people ("killed", "detenidos"), a metric noun ("the dead", "los muertos"), or a noun
 * of people or records ("victims", "las víctimas"), which counts the statistic being counted.
 */
final class AmongThose implements LinkRule {

    /** How far before the count, within its clause, the frame may stand. */
    private static final int FRAME_BEFORE = 12;
    /** How far after the counted people's noun phrase the frame may stand ("were among those killed"). */
    private static final int FRAME_AFTER = 3;

    private final Grammar g;

    AmongThose(Grammar g) {
        this.g = g;
    }

    @Override
    public Link link(LinkQuery q) {
        NounPhrase np = q.np();
        if (!np.bareOr(Lexicon.Noun.Kind.PERSON, Lexicon.Noun.Kind.MIGRANT)) {
            return null;
        }
        List<Token> t = q.s().tokens();
        // after: "640 children were among the dead", "9,000 of those killed"
        boolean oneOf = q.n().value() == 1 && np.end() == q.n().end(); // "one of those killed" is no count
        for (int i = np.end(); i < Math.min(t.size(), np.end() + FRAME_AFTER) && !oneOf; i++) {
            Metric m = frameAt(q, i, false);
            if (m != null) {
                return new Link(m, np.end(), false, np.demonym());
            }
            if (t.get(i).isPunct() || t.get(i).isNumber()) {
                break;
            }
        }
        // before: "Among those killed in Honduras from May to July were 22 police officers"
        for (int i = q.mentionStart() - 1; i >= Math.max(0, q.mentionStart() - FRAME_BEFORE); i--) {
            Token tok = t.get(i);
            if (tok.isNumber() && !q.s().startsTime(i) && q.s().timeEndingAt(i + 1) == null && !ofTime(q.s(), i)
                    || tok.isPunct() && !tok.is(",") && !tok.is("-")) {
                break; // a count ends the walk; not a year that ends a time ("Entre los retornados en 2023 figuran 6.351 niñas")
            }
            boolean opens = i == 0 || t.get(i - 1).isPunct(); // the frame opens its clause
            Metric m = opens ? frameAt(q, i, true) : null;
            if (m == null && opens) {
                m = includedFrame(q, i);
            }
            if (m != null) {
                return Link.continuing(m, np.end(), np.demonym());
            }
        }
        return null;
    }

    /**
     * The metric of a partitive frame at token i ("among those killed", "de los muertos", "among the
     * people killed"), or null. A noun of people or records alone ("Entre las víctimas figuran") names
     * the statistic being counted only before the count: after it, "40 Hondurans among the people"
     * are no part of a count.
     */
    private Metric frameAt(LinkQuery q, int i, boolean before) {
        List<Token> t = q.s().tokens();
        PhraseTable.Match<Boolean> frame = g.lex.amongThose.at(t, i);
        if (frame == null) {
            return null;
        }
        int k = i + frame.length();
        tally.ingest.extract.mention.NumberMention whole = before ? null : q.s().numberAt(k);
        if (whole != null && whole.value() > q.n().value() && !g.notACount.isNotACount(q.s(), whole)) {
            k = whole.end(); // "six of the thirty murders", "103 of the 117 suspects arrested": the whole they are part of
        }
        PhraseTable.Match<Lexicon.Verb> verb = g.lex.verbs.at(t, k);
        if (verb != null) {
            return Grammar.metricFor(verb.value(), null, q.aboutMigration());
        }
        PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.at(t, k);
        if (noun == null || noun.value().kind() == Lexicon.Noun.Kind.THING) {
            return null; // "Of the firearms removed, 30 were pistols": a part of things, whatever befell them
        }
        boolean ofWhole = whole != null && k == whole.end(); // "63 of the 80 suspects arrested", "21 of the 30 women killed"
        PhraseTable.Match<Lexicon.Verb> participle = before || ofWhole ? g.lex.verbs.at(t, k + noun.length()) : null;
        if (participle != null && noun.value().kind() != Lexicon.Noun.Kind.METRIC) {
            return Grammar.metricFor(participle.value(), noun.value(), q.aboutMigration()); // "among the people killed"
        }
        return switch (noun.value().kind()) {
            case METRIC -> noun.value().metric();
            case MIGRANT -> Metric.MIGRANTS;
            case PERSON, RECORD -> {
                if (!before && !pointsBack(t, i, k)) {
                    yield null;
                }
                List<?> earlier = q.earlier();
                yield !earlier.isEmpty() ? q.earlier().get(earlier.size() - 1).metric() : q.currentMetric().get();
            }
            case LIVES -> Metric.DEATHS;
            case THING -> null;
        };
    }

    /**
     * A frame after the count that points back at the counted with a demonstrative, so that a noun of people or records
     * after it counts the statistic being counted ("43 de esos casos", "35 de estas víctimas"): the lexicon's
     * {@code [part of the counted]}. Other frames keep such a noun from counting ("40 Hondurans among the people",
     * "200 de las víctimas" may be the victims of something else).
     */
    private boolean pointsBack(List<Token> t, int i, int k) {
        PhraseTable.Match<Boolean> frame = g.lex.partOfCounted.at(t, i);
        return frame != null && frame.length() == k - i;
    }

    /**
     * The metric of a frame that names the counted and then a verb of their parts at token i ("The dead
     * included three police officers", "Those killed were 12 soldiers and two civilians", "The victims
     * included"), or null: a lead, a verb or noun of what happened to them, then the verb.
     */
    private Metric includedFrame(LinkQuery q, int i) {
        List<Token> t = q.s().tokens();
        PhraseTable.Match<Boolean> lead = g.lex.partsLeads.at(t, i);
        if (lead == null) {
            return null;
        }
        int k = i + lead.length();
        Metric m;
        PhraseTable.Match<Lexicon.Verb> verb = g.lex.verbs.at(t, k);
        if (verb != null) {
            m = Grammar.metricFor(verb.value(), null, q.aboutMigration());
            k += verb.length();
        } else {
            PhraseTable.Match<Lexicon.Noun> noun = g.lex.nouns.at(t, k);
            if (noun == null || g.lex.armed.contains(t.get(k + noun.length() - 1))) {
                return null; // "the attackers included": no part of the counted
            }
            m = switch (noun.value().kind()) {
                case METRIC -> noun.value().metric();
                case MIGRANT -> Metric.MIGRANTS;
                case PERSON -> {
                    List<?> earlier = q.earlier();
                    yield !earlier.isEmpty() ? q.earlier().get(earlier.size() - 1).metric() : q.currentMetric().get();
                }
                default -> null;
            };
            k += noun.length();
            PhraseTable.Match<Lexicon.Verb> participle = m == null ? null : g.lex.verbs.at(t, k);
            Metric befell = participle == null || noun.value().kind() != Lexicon.Noun.Kind.MIGRANT
                    && noun.value().kind() != Lexicon.Noun.Kind.PERSON ? null
                    : Grammar.metricFor(participle.value(), noun.value(), q.aboutMigration());
            if (befell != null) {
                // "The migrants intercepted between May 10-16 include 30 women": the participle says what befell them,
                // and the time or place of it may stand before the verb of their parts
                m = befell;
                k = pastWhenAndWhere(q.s(), k + participle.length());
            }
        }
        PhraseTable.Match<Boolean> parts = m == null ? null : g.lex.partsVerbs.at(t, k);
        return parts == null ? null : m;
    }

    /** How many tokens a time or place after the participle of a parts frame may span. */
    private static final int WHEN_WHERE_REACH = 8;

    /**
     * Where the words of a time or place that start at k end ("between November 10-16", "in Libya", "last week"): tokens of
     * the sentence's times and places, and the function words and range words between them; k when there are none.
     */
    private int pastWhenAndWhere(SentenceAnalysis s, int k) {
        List<Token> t = s.tokens();
        int j = k;
        int covered = k;
        while (j < t.size() && j < k + WHEN_WHERE_REACH) {
            Token tok = t.get(j);
            int end = whenOrWhereEnd(s, j);
            if (end == j && j > k && tok.isNumber() && ofTime(s, j)) {
                end = j + 1; // "November 10-16": the end of a day range
            }
            if (end > j) {
                j = end;
                covered = j;
            } else if (g.lex.stopwords.contains(tok) || g.lex.locative.contains(tok) || g.lex.rangeOpen.contains(tok)
                    || g.lex.rangeJoin.contains(tok)) {
                j++;
            } else {
                break;
            }
        }
        return covered;
    }

    /**
     * A number of a time: inside one ("May 1" of "from May 1 to May 7"), or the end of a day range whose start is one
     * ("November 10-16").
     */
    private static boolean ofTime(SentenceAnalysis s, int i) {
        return s.timeCovering(i) != null || i > 1 && s.tokens().get(i - 1).is("-") && s.timeEndingAt(i - 1) != null;
    }

    /** The end of a time or place that covers token j, or j. */
    private static int whenOrWhereEnd(SentenceAnalysis s, int j) {
        TimeMention time = s.timeCovering(j);
        if (time != null) {
            return time.end();
        }
        PlaceMention place = s.placeCovering(j);
        return place != null ? place.end() : j;
    }

    /**
     * The frame's words are too common to sieve by: a verb or a metric noun after it, or, for a noun of
     * people or records, a statistic before it (whose next sentences are read whole, as for {@link Elliptical}), or a
     * frame that points back at the counted ({@code [part of the counted]}).
     */
    @Override
    public BitSet keyWords(Lexicon lex) {
        BitSet words = lex.verbs.keyWords(v -> true);
        words.or(lex.nouns.keyWords(n -> n.kind() == Lexicon.Noun.Kind.METRIC || n.kind() == Lexicon.Noun.Kind.MIGRANT
                || n.kind() == Lexicon.Noun.Kind.LIVES));
        words.or(lex.partOfCounted.keyWords(v -> true)); // "han ocurrido 4.310 de esos casos": no verb or metric noun of its own
        return words;
    }
}
