package tally.stats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes whole numbers without a fraction (15273, not 15273.0), as a reader of the article would. */
public final class NumberAsWritten extends StdSerializer<Double> {

    public NumberAsWritten() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            gen.writeNumber((long) v);
        } else {
            gen.writeNumber(v);
        }
    }
}
