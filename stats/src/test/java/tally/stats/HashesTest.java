package tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ids must never change: the hash of a text is the SHA-256 of {@code text.getBytes(UTF_8)}. */
class HashesTest {

    private static String reference(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d);
    }

    @Test
    void knownValue() {
        assertEquals("ba7816bf8f01cfea", Hashes.sha256("abc", 16));
        assertEquals("e3b0c", Hashes.sha256("", 5));
    }

    @Test
    void bytesHashAsTheirTextDoes() throws Exception {
        String text = "15\u2009273 muertos \ud83d\ude00";
        assertEquals(reference(text), Hashes.sha256(text.getBytes(StandardCharsets.UTF_8), 64));
        assertEquals("ba7816bf8f01cfea41", Hashes.sha256("abc".getBytes(StandardCharsets.US_ASCII), 18));
    }

    @Test
    void aPairOfSurrogatesAcrossTheEncodersChunks() throws Exception {
        for (int at = 2_040; at < 2_060; at++) {
            String s = "x".repeat(at) + "\ud83d\ude00" + "y".repeat(at);
            assertEquals(reference(s), Hashes.sha256(s, 64), "an emoji at " + at);
        }
    }

    @Test
    void sameAsTheUtf8BytesOfAnyText() throws Exception {
        Random random = new Random(7);
        // ASCII, Latin-1, dashes, CJK, emoji (pairs), lone and reversed surrogates, across chunk ends
        char[] alphabet = {'a', 'Z', ' ', '\n', '\u00e9', '\u00ff', '\u0100', '\u07ff', '\u0800', '\u2014', '\u4e2d', '\uffff',
            '\ud83d', '\ude00', '\ud800', '\udfff'};
        for (int k = 0; k < 3_000; k++) {
            int length = k < 2_000 ? random.nextInt(40) : 2_040 + random.nextInt(20) + (k % 3) * 2_048;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (char) ('a' + random.nextInt(26)));
            }
            String s = text.toString();
            assertEquals(reference(s), Hashes.sha256(s, 64), () -> "text of " + s.length() + " characters");
        }
    }
}
