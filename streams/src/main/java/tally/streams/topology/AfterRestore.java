package tally.streams.topology;

import java.util.HashSet;
import java.util.Set;

/**
 * Which aggregates a processor checks against their stores' truth after its task starts: each
 * one the first time a record touches it, among the first {@value #RECORDS} records. Under
 * at_least_once the records since the last commit are processed again after a crash or a
 * corrupted task, over stores that may hold some of their changes and not others (one changelog
 * write landed, another did not); those records come first, and at the default commit interval
 * (50 ms) they are far fewer than {@value #RECORDS}. What is checked is remembered only during
 * that window, so memory does not grow with the aggregates.
 */
final class AfterRestore {

    static final int RECORDS = 20_000;

    private Set<String> checked = new HashSet<>();
    private int records;

    /** Whether {@code key} is touched for the first time since the task started, within the window. */
    boolean firstTouch(String key) {
        if (checked == null) {
            return false;
        }
        boolean first = checked.add(key);
        if (++records >= RECORDS) {
            checked = null;
        }
        return first;
    }
}
