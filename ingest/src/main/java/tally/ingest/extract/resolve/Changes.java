package tally.ingest.extract.resolve;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tally.ingest.extract.analysis.Candidate;
import tally.ingest.extract.analysis.SentenceAnalysis;
import tally.ingest.extract.mention.ChangeMention;
import tally.stats.Change;

/** Attaches a sentence's percent changes to its figures. */
public final class Changes {

    private Changes() {
    }

    /** Each change qualifies the nearest figure before it (or, failing that, the first after it). */
    public static Map<Candidate, Change> attach(SentenceAnalysis s, List<Candidate> found) {
        if (found.isEmpty()) {
            return Map.of(); // most sentences: their percent changes need not be read
        }
        // By identity: a candidate is a record, and hashing one hashes all it holds.
        Map<Candidate, Change> attached = new IdentityHashMap<>();
        for (ChangeMention c : s.changes()) {
            Candidate target = null;
            for (Candidate f : found) {
                if (f.mentionStart() < c.start()) {
                    target = f;
                }
            }
            if (target == null && !found.isEmpty()) {
                target = found.get(0);
            }
            if (target != null && !attached.containsKey(target)) {
                attached.put(target, Change.of(c.percent(), target.number().value()));
            }
        }
        return attached;
    }
}
