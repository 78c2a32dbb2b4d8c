package tally.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream of any size, each handed over as soon as its newline arrives (a
 * pipe from a crawler flows line by line) and none held longer than a limit: the bytes of a longer
 * line are skipped, not kept, so memory stays bounded whatever the input (issue 21, item 6).
 * Lines are split at the byte level: a newline byte never occurs inside a multi-byte UTF-8
 * character.
 */
final class BoundedLines {

    /** What {@link #next()} returns for a line longer than the limit. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int position;
    private int end;
    private boolean endOfInput;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its newline, {@link #TOO_LONG}, or null at the end of the input. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                if (endOfInput || !fill()) {
                    return any ? (tooLong ? TOO_LONG : line.toByteArray()) : null;
                }
            }
            any = true;
            int nl = position;
            while (nl < end && chunk[nl] != '\n') {
                nl++;
            }
            if (!tooLong) {
                if (line.size() + (nl - position) > maxBytes) {
                    tooLong = true;
                    line = new ByteArrayOutputStream(); // what was kept goes now
                } else {
                    line.write(chunk, position, nl - position);
                }
            }
            if (nl < end) {
                position = nl + 1;
                return tooLong ? TOO_LONG : line.toByteArray();
            }
            position = end;
        }
    }

    /** One read: on a pipe it returns what has arrived rather than waiting for a full chunk. */
    private boolean fill() throws IOException {
        int n = in.read(chunk);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        end = n;
        return true;
    }
}
