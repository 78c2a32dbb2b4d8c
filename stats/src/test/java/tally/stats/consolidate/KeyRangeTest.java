package tally.stats.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A prefix's key range holds exactly the keys with the prefix, in the UTF-8 byte order of the stores. */
class KeyRangeTest {

    @Test
    void aSeriesRangeHoldsItsPointsAndNothingElse() {
        KeyRange range = KeyRange.startingWith("violence|deaths|MX|flow|unspecified|");
        assertEquals("violence|deaths|MX|flow|unspecified}", range.to());
        TreeMap<byte[], String> store = new TreeMap<>(Arrays::compareUnsigned);
        for (String key : List.of("violence|deaths|MX|flow|unspecified|2010", "violence|deaths|MX|flow|unspecified|1990",
                "violence|deaths|MX|flow|unspecified", "violence|deaths|MX|flow|unspecifiedX|2010",
                "violence|deaths|MX|flow|unspecified~|2010", "violence|deaths|MX|flow|unspecified|\u00e9",
                "violence|deaths|MX-CHH|flow|unspecified|2010")) {
            store.put(key.getBytes(StandardCharsets.UTF_8), key);
        }
        List<String> inRange = List.copyOf(store.subMap(bytes(range.from()), true, bytes(range.to()), true).values());
        assertEquals(List.of("violence|deaths|MX|flow|unspecified|1990", "violence|deaths|MX|flow|unspecified|2010",
                "violence|deaths|MX|flow|unspecified|\u00e9"), inRange);
    }

    @Test
    void aLedgerPrefixEndingInNulRaisesIt() {
        assertEquals("a\u0001", KeyRange.startingWith("a\0").to());
    }

    @Test
    void anEmptyPrefixIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeyRange.startingWith(""));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
