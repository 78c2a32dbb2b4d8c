package tally.streams.serve;

import tally.stats.Hashes;

/**
 * Entity tags of answers: a hash of the body as sent before compression, so that a client that
 * asks again with {@code If-None-Match} learns in a 304 that nothing changed. Weak, since the
 * same content may go gzipped or not.
 */
final class ETags {

    private ETags() {
    }

    static String of(byte[] body) {
        return "W/\"" + Hashes.sha256(body, 32) + "\"";
    }

    /** Whether an If-None-Match header (a list of tags, or *) names this tag, compared weakly as RFC 9110 asks. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || opaque(t).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
