package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the thirteenth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind13Test -Drelance.generateBlind13=true}.
 */
class GenerateBlind13Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind13", matches = "true")
    void writesTheThirteenthBlindSet() throws IOException {
        BlindLayouts13.main(new String[] {"src/test/resources/eval/invoices/blind13", "20261307", "2", "blind13"});
    }
}
