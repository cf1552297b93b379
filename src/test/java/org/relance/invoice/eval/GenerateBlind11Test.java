package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the eleventh blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind11Test -Drelance.generateBlind11=true}.
 */
class GenerateBlind11Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind11", matches = "true")
    void writesTheEleventhBlindSet() throws IOException {
        BlindLayouts11.main(new String[] {"src/test/resources/eval/invoices/blind11", "20261212", "2", "blind11"});
    }
}
