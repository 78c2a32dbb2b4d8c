package tally.stats;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable content hashes for ids: the same input always gives the same id, on every machine. */
public final class Hashes {

    /** Characters encoded per {@link MessageDigest#update} call. */
    private static final int CHUNK = 2048;

    /**
     * One digest per thread: {@link MessageDigest#getInstance} looks the algorithm up among the
     * security providers on every call, which cost as much as hashing a short id. A digest is
     * reset by {@link MessageDigest#digest()} and is not thread-safe, hence per thread; with it,
     * the buffers a text is encoded through. {@code String.getBytes(UTF_8)} allocates three bytes
     * per character of a text beyond Latin-1 (one dash makes an article so) and copies them again:
     * that was a third of all that extraction allocated.
     */
    private static final class Sha256 {
        final MessageDigest digest;
        final char[] chars = new char[CHUNK];
        final byte[] bytes = new byte[3 * CHUNK + 1];

        Sha256() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JVM", e);
            }
        }
    }

    private static final ThreadLocal<Sha256> SHA_256 = ThreadLocal.withInitial(Sha256::new);

    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {
    }

    /** The first {@code hexChars} hex digits of the SHA-256 of the UTF-8 text. */
    public static String sha256(String text, int hexChars) {
        Sha256 sha = SHA_256.get();
        int length = text.length();
        for (int from = 0; from < length; ) {
            // A chunk does not end between the two halves of a surrogate pair.
            int to = Math.min(length, from + CHUNK);
            if (to < length && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            text.getChars(from, to, sha.chars, 0);
            sha.digest.update(sha.bytes, 0, utf8(sha.chars, to - from, sha.bytes));
            from = to;
        }
        return hex(sha.digest.digest(), hexChars);
    }

    /** The first {@code hexChars} hex digits of the SHA-256 of the bytes. */
    public static String sha256(byte[] bytes, int hexChars) {
        return hex(SHA_256.get().digest.digest(bytes), hexChars);
    }

    /** Only the bytes that give the digits asked for are formatted. */
    private static String hex(byte[] digest, int hexChars) {
        return HEX.formatHex(digest, 0, (hexChars + 1) / 2).substring(0, hexChars);
    }

    /**
     * The UTF-8 of chars[0, n) written to bytes, as {@link String#getBytes} writes it: a surrogate
     * that is not half of a pair becomes '?'. Returns the number of bytes.
     */
    private static int utf8(char[] chars, int n, byte[] bytes) {
        int b = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[b++] = (byte) c;
            } else if (c < 0x800) {
                bytes[b++] = (byte) (0xc0 | c >> 6);
                bytes[b++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    bytes[b++] = (byte) (0xf0 | cp >> 18);
                    bytes[b++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    bytes[b++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    bytes[b++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    bytes[b++] = '?';
                }
            } else {
                bytes[b++] = (byte) (0xe0 | c >> 12);
                bytes[b++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[b++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return b;
    }
}
