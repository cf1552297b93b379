package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the fifteenth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind15Test -Drelance.generateBlind15=true}.
 */
class GenerateBlind15Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind15", matches = "true")
    void writesTheFifteenthBlindSet() throws IOException {
        BlindLayouts15.main(new String[] {"src/test/resources/eval/invoices/blind15", "20261515", "2", "blind15"});
    }
}
