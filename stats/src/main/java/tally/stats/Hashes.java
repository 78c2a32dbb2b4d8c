package tally.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable content hashes for ids: the same input always gives the same id, on every machine. */
public final class Hashes {

    /**
     * One digest per thread: {@link MessageDigest#getInstance} looks the algorithm up among the
     * security providers on every call, which cost as much as hashing a short id. A digest is
     * reset by {@link MessageDigest#digest(byte[])} and is not thread-safe, hence per thread.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    });

    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {
    }

    /** The first {@code hexChars} hex digits of the SHA-256 of the UTF-8 text. */
    public static String sha256(String text, int hexChars) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        // Only the bytes that give the digits asked for are formatted.
        return HEX.formatHex(digest, 0, (hexChars + 1) / 2).substring(0, hexChars);
    }
}
