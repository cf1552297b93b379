package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the eighth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind8Test -Drelance.generateBlind8=true}.
 */
class GenerateBlind8Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind8", matches = "true")
    void writesTheEighthBlindSet() throws IOException {
        BlindLayouts8.main(new String[] {"src/test/resources/eval/invoices/blind8", "20261209", "2", "blind8"});
    }
}
