package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the ninth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind9Test -Drelance.generateBlind9=true}.
 */
class GenerateBlind9Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind9", matches = "true")
    void writesTheNinthBlindSet() throws IOException {
        BlindLayouts9.main(new String[] {"src/test/resources/eval/invoices/blind9", "20261210", "2", "blind9"});
    }
}
