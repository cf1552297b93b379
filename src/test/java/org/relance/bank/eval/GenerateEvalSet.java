package org.relance.bank.eval;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the committed evaluation set (run by hand:
 * {@code mvn -B -o test -Dtest=GenerateEvalSet -Drelance.eval.generate=src/test/resources/eval/bank}).
 */
class GenerateEvalSet {

    static final long DEV_SEED = 12;
    static final long HELDOUT_SEED = 4242;

    @Test
    @EnabledIfSystemProperty(named = "relance.eval.generate", matches = ".+")
    void writesTheDevelopmentAndHeldOutSets() throws Exception {
        Path out = Path.of(System.getProperty("relance.eval.generate"));
        new NotificationGenerator(DEV_SEED).write(out.resolve("dev"), "dev", 95);
        if (Boolean.getBoolean("relance.eval.heldout")) {
            new NotificationGenerator(HELDOUT_SEED).write(out.resolve("heldout"), "heldout", 48);
        }
    }
}
