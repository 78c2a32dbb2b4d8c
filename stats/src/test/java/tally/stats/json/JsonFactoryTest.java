package tally.stats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON bytes (every input figure) are read by Jackson's byte parser, not decoded through a Reader first. */
class JsonFactoryTest {

    @Test
    void bytesAreParsedAsUtf8Bytes() throws IOException {
        byte[] json = "{\"metric\":\"deaths\",\"place\":\"MX\"}".getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
            assertEquals(UTF8StreamJsonParser.class, parser.getClass(),
                    "Jackson falls back to a Reader when field names are not canonicalized");
        }
    }
}
