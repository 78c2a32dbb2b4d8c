package tally.ingest.read;

/** One line a reader reports about its inputs: a problem, or items skipped by design. */
public sealed interface InputReport permits InputProblem, Skipped {

    /** Where: a file, "file:line", "file:item N" or "file:record N". */
    String origin();

    String message();
}
