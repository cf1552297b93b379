package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sixteenth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind16Test -Drelance.generateBlind16=true}.
 */
class GenerateBlind16Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind16", matches = "true")
    void writesTheSixteenthBlindSet() throws IOException {
        BlindLayouts16.main(new String[] {"src/test/resources/eval/invoices/blind16", "20261616", "2", "blind16"});
    }
}
