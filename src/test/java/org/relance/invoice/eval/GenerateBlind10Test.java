package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the tenth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind10Test -Drelance.generateBlind10=true}.
 */
class GenerateBlind10Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind10", matches = "true")
    void writesTheTenthBlindSet() throws IOException {
        BlindLayouts10.main(new String[] {"src/test/resources/eval/invoices/blind10", "20261211", "2", "blind10"});
    }
}
