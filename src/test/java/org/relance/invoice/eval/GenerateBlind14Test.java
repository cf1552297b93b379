package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the fourteenth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind14Test -Drelance.generateBlind14=true}.
 */
class GenerateBlind14Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind14", matches = "true")
    void writesTheFourteenthBlindSet() throws IOException {
        BlindLayouts14.main(new String[] {"src/test/resources/eval/invoices/blind14", "20261408", "2", "blind14"});
    }
}
