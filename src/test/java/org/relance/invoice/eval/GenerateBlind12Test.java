package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the twelfth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind12Test -Drelance.generateBlind12=true}.
 */
class GenerateBlind12Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind12", matches = "true")
    void writesTheTwelfthBlindSet() throws IOException {
        BlindLayouts12.main(new String[] {"src/test/resources/eval/invoices/blind12", "20261213", "2", "blind12"});
    }
}
