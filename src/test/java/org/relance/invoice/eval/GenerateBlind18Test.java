package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the eighteenth blind set; runs only when asked:
 * {@code mvn -B -o -q test -Dtest=GenerateBlind18Test -Drelance.generateBlind18=true}.
 */
class GenerateBlind18Test {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind18", matches = "true")
    void writesTheEighteenthBlindSet() throws IOException {
        BlindLayouts18.main(new String[] {"src/test/resources/eval/invoices/blind18", "20261818", "2", "blind18"});
    }
}
