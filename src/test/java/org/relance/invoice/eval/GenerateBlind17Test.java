package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seventeenth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind17Test -Drelance.generateBlind17=true}.
 */
class GenerateBlind17Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind17", matches = "true")
    void writesTheSeventeenthBlindSet() throws IOException {
        BlindLayouts17.main(new String[] {"src/test/resources/eval/invoices/blind17", "20261717", "2", "blind17"});
    }
}
